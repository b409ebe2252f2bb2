import { render } from 'preact';
import { Composer } from '@/components/composer/Composer';
import { lazy } from '@/components/common/lazy';
import { PopupHeader } from '@/components/composer/PopupHeader';
import { createComposer, draftKeyOf } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import '@/components/common/base.css';
import './style.css';

const OutboxView = lazy(() => import('@/components/composer/OutboxView').then((m) => m.OutboxView));

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
