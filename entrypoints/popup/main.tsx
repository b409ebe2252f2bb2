import { render } from 'preact';
import { Composer } from '@/components/Composer';
import { lazy } from '@/components/lazy';
import { PopupHeader } from '@/components/PopupHeader';
import { createComposer, draftKeyOf } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import '@/components/base.css';
import './style.css';

const OutboxView = lazy(() => import('@/components/OutboxView').then((m) => m.OutboxView));

// Everything the composer needs is read from storage; the network refresh runs after first paint.
const start = await loadComposerStart(location.search);
const model = createComposer(start);
render(
  <>
    <PopupHeader />
    <Composer model={model} />
    <OutboxView composerDraftKey={draftKeyOf(start.prefill)} />
  </>,
  document.getElementById('app')!,
);
performance.mark('composer-ready');
void model.refreshAccounts();
