import type { Failure } from '../ayrshare/failure';
import { failureOf } from '../ayrshare/failure';
import { outboxCancel, postSubmit } from '../messaging/protocol';
import { send } from '../messaging/send';
import { allTaken } from '../outbox/draft-send';
import { lostSend, watchEntry } from '../outbox/follow';
import { isFollowed, isSettled } from '../outbox/states';
import { composerMemory } from '../storage/composer-memory';
import type { OutboxEntry } from '../storage/outbox';
import { buildPost } from './build-post';
import type { Composer } from './model';
import { targetsFor } from './networks';

/** Shows the send as the background moves it along, and lets the draft go once every network took it. */
export function follow(model: Composer, entry: OutboxEntry): void {
  const show = (next: OutboxEntry) => {
    model.result.value = next;
    if (!isSettled(next)) return;
    if (allTaken(next)) void model.clearDraft();
    // A post still publishing or scheduled is followed by the background: keep showing its news.
    if (!next.targets.some(isFollowed)) stop();
  };
  const stop = watchEntry(entry.id, show);
  show(entry);
}

/** Stops what of the send has not gone out yet; the outcome arrives through `result`. */
export async function cancel(model: Composer): Promise<void> {
  if (!model.result.value) return;
  try {
    await send(outboxCancel, { entryId: model.result.value.id });
  } catch (error) {
    model.sendError.value = failureOf(error);
  }
}

const failure = (kind: Failure['kind']): Failure => ({ kind });

/** Sends to the networks that can take the draft; nothing typed is cleared unless every network took it. */
export async function submit(model: Composer): Promise<void> {
  // A send of this draft still going is known before another can start (Ctrl+Enter at once).
  await model.sendsRead;
  if (model.sending.value) return;
  model.submitting.value = true;
  model.sendError.value = undefined;
  const clicked = Date.now();
  try {
    await model.reviewerReady;
    if (model.selected.value.length === 0) throw failure('noNetwork');
    const targets = targetsFor(model.sendable.value, model.offered.value, model.profileIds.value);
    if (targets.length === 0) throw failure('nothingSendable');
    const built = buildPost(model.state.value, model.sendable.value);
    if ('invalid' in built) throw failure(built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule');
    model.result.value = undefined;
    void composerMemory.set({ profileIds: model.profileIds.value, networks: model.selected.value });
    const request = { post: built.content, targets, draftKey: model.draftKey, pageUrl: model.start.prefill.url };
    try {
      follow(model, await send(postSubmit, request));
    } catch (error) {
      // No answer can also mean the worker was stopped mid-request: the send is in the outbox all
      // the same, and the next worker (woken here) finishes it. It must not look failed.
      const written = await lostSend(model.draftKey, clicked);
      if (!written) throw error;
      follow(model, written);
    }
  } catch (error) {
    model.sendError.value = error instanceof Error ? failureOf(error) : (error as Failure);
  } finally {
    model.submitting.value = false;
  }
}
