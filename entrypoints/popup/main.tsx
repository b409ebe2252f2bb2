import { render } from 'preact';
import { Composer } from '@/components/composer/Composer';
import { PopupHeader } from '@/components/composer/PopupHeader';
import { createComposer, type ComposerStart } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import '@/components/common/base.css';
import './style.css';

function show(start: ComposerStart) {
  const model = createComposer(start);
  render(
    <>
      <PopupHeader />
      <Composer model={model} />
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
