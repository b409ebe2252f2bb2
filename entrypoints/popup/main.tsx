import { render } from 'preact';
import { Composer } from '@/components/composer/Composer';
import { PopupHeader } from '@/components/composer/PopupHeader';
import { createComposer } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import '@/components/common/base.css';
import './style.css';

// Everything the composer needs is read from storage; the network refresh runs after first paint.
const model = createComposer(await loadComposerStart(location.search));
render(
  <>
    <PopupHeader />
    <Composer model={model} />
  </>,
  document.getElementById('app')!,
);
void model.refreshAccounts();
