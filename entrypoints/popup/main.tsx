import { render } from 'preact';
import { Composer } from '@/components/Composer';
import { PopupHeader } from '@/components/PopupHeader';
import { createComposer } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import '@/components/base.css';
import './style.css';

// Everything the composer needs is read from storage; the network refresh runs after first paint.
const start = await loadComposerStart(location.search);
const model = createComposer(start);
render(
  <>
    <PopupHeader />
    <Composer model={model} />
  </>,
  document.getElementById('app')!,
);
performance.mark('composer-ready');
void model.refreshAccounts();
