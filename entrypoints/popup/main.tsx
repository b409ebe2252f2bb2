import { render } from 'preact';
import { Composer } from '@/components/Composer';
import { OutboxView } from '@/components/OutboxView';
import { PopupHeader } from '@/components/PopupHeader';
import { createComposer, draftKeyOf } from '@/utils/composer/model';
import { loadComposerStart } from '@/utils/composer/start';
import { createOutboxPanel } from '@/utils/outbox/panel';
import '@/components/base.css';
import './style.css';

// Everything the composer needs is read from storage; the network refresh runs after first paint.
const start = await loadComposerStart(location.search);
const model = createComposer(start);
const outbox = createOutboxPanel(start.outbox ?? [], draftKeyOf(start.prefill));
render(
  <>
    <PopupHeader />
    <Composer model={model} />
    <OutboxView panel={outbox} />
  </>,
  document.getElementById('app')!,
);
performance.mark('composer-ready');
void model.refreshAccount();
