import { outboxResume } from '../messaging/protocol';
import { send } from '../messaging/send';
import { outbox, type OutboxEntry } from '../storage/outbox';
import { watchValue } from '../storage/stored-value';
import { sendOfDraft } from './draft-send';

/** Calls back with the entry each time the background changes it. */
export function watchEntry(entryId: string, callback: (entry: OutboxEntry) => void): () => void {
  return watchValue(outbox, (entries) => {
    const entry = entries.find((e) => e.id === entryId);
    if (entry) callback(entry);
  });
}

/**
 * The send a composer asked for at `since` when the background never answered (its worker was
 * stopped under the request): it was written before any request, so it is in the outbox. The
 * background is woken to finish it.
 */
export async function lostSend(draftKey: string, since: number): Promise<OutboxEntry | undefined> {
  const entry = sendOfDraft(await outbox.get(), draftKey, Date.now());
  if (!entry || entry.createdAt < since) return undefined;
  void send(outboxResume, {}).catch(() => undefined);
  return entry;
}
