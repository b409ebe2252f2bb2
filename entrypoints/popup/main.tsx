import './begin-reads';
import { render } from 'preact';
import { Composer } from '@/components/composer/Composer';
import { PopupHeader } from '@/components/composer/PopupHeader';
import { createComposer, type ComposerStart } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import { localizePage } from '@/utils/i18n';
import base from '@/components/common/base.css?inline';
import popup from './style.css?inline';

// The stylesheet travels in the script: the popup opens on one request rather than two (each
// request of an extension page waits on the browser's busy main thread while the page loads).
const style = document.createElement('style');
style.textContent = base + popup;
document.head.append(style);

localizePage();

function show(start: ComposerStart) {
  const model = createComposer(start);
  render(
    <>
      <PopupHeader />
      <main class="popup-main">
        <Composer model={model} />
      </main>
    </>,
    document.getElementById('app')!,
  );
  return model;
}

// Everything the composer needs is read from storage; the network refresh runs after first paint.
const start = await loadComposerStart(location.search);
let model;
try {
  model = show(start);
} catch {
  // A stored value the first paint could not draw (damaged): the checked values instead.
  model = show({ ...start, ...(await start.checked) });
}
void model.refreshAccounts();
