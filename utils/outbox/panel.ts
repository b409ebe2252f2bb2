import { computed, signal } from '@preact/signals';
import { outboxCancel } from '../messaging/protocol';
import { send } from '../messaging/send';
import { outbox, type OutboxEntry } from '../storage/outbox';
import { watchValue } from '../storage/stored-value';
import { relayOnline } from './online';
import { isSettled } from './states';

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
  watchValue(outbox, (list) => {
    changed = true;
    show(list);
  });
  // Read here, after the watch is set, not taken from the composer's early read of the outbox: a
  // change between that read and this watch would be missed. A change seen meanwhile is newer
  // than what this read returns.
  void outbox.get().then((list) => changed || show(list));
  relayOnline();

  return {
    entries: computed(() => all.value.filter((e) => seen.has(e.id))),
    cancel: (entryId: string) => void send(outboxCancel, { entryId }).catch(() => undefined),
  };
}

export type OutboxPanel = ReturnType<typeof createOutboxPanel>;
