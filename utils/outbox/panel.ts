import { computed, signal } from '@preact/signals';
import { outboxCancel, outboxResume } from '../messaging/protocol';
import { send } from '../messaging/send';
import { outbox, type OutboxEntry } from '../storage/outbox';
import { isSettled } from './states';

const ONLINE_SETTLE_MS = 1_000;

/**
 * The popup's outbox: every send that is not final, except the one the composer itself shows
 * (its own draft's). A send stays listed, with its outcome, once this popup has shown it, so
 * nothing vanishes from under the user's eyes. Read after the composer's first paint.
 */
export function createOutboxPanel(composerDraftKey: string) {
  const seen = new Set<string>();
  const all = signal<readonly OutboxEntry[]>([]);
  const show = (list: readonly OutboxEntry[]) => {
    for (const e of list) if (!isSettled(e) && e.draftKey !== composerDraftKey) seen.add(e.id);
    all.value = list;
  };
  let changed = false;
  outbox.watch((list) => {
    changed = true;
    show(list);
  });
  // Read here, after the watch is set, not taken from the composer's early read of the outbox: a
  // change between that read and this watch would be missed. A change seen meanwhile is newer
  // than what this read returns.
  void outbox.get().then((list) => changed || show(list));
  // Chrome's service worker gets no 'online' event: a page that sees the network come back tells
  // it, so what waits for the network goes at once (otherwise at the next alarm, within a minute).
  // Not the very instant: a connection reported back often carries nothing for a moment yet, and a
  // send tried then would count as a failed try and wait a minute more.
  addEventListener('online', () => setTimeout(() => void send(outboxResume, {}).catch(() => undefined), ONLINE_SETTLE_MS));

  return {
    entries: computed(() => all.value.filter((e) => seen.has(e.id))),
    cancel: (entryId: string) => void send(outboxCancel, { entryId }).catch(() => undefined),
  };
}

export type OutboxPanel = ReturnType<typeof createOutboxPanel>;
