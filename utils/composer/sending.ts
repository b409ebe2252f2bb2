import { outboxCancel, postSubmit, type SubmitPost } from '../messaging/protocol';
import { send } from '../messaging/send';
import { lostSend, watchEntry } from '../outbox/follow';
import { composerMemory, type ComposerMemory } from '../storage/composer-memory';
import type { OutboxEntry } from '../storage/outbox';
import type { MadePost } from './result';

export { buildPost } from './build-post';

/**
 * The composer's send path, loaded right after first paint so that a click on Post sends at once
 * (a popup closed right after it must not take the send with it). It talks to the background and
 * to storage only: what the composer shows of it is the model's to change (model.ts).
 */

/**
 * Hands the send to the background, which writes it to the outbox before any request and answers
 * with the entry as it stands. `clicked` is when the user asked for it.
 */
export async function submitPost(request: SubmitPost, clicked: number): Promise<OutboxEntry> {
  try {
    return await send(postSubmit, request);
  } catch (error) {
    // No answer can also mean the worker was stopped mid-request: the send is in the outbox all
    // the same, and the next worker (woken here) finishes it. It must not look failed.
    const written = request.draftKey === undefined ? undefined : await lostSend(request.draftKey, clicked);
    if (!written) throw error;
    return written;
  }
}

/** Calls back with the send each time the background moves it along; returns the way to stop. */
export function followSend(entryId: string, onChange: (entry: OutboxEntry) => void): () => void {
  return watchEntry(entryId, onChange);
}

/** Stops what of a send has not gone out yet; the outcome arrives through followSend. */
export async function cancelSend(entryId: string): Promise<void> {
  await send(outboxCancel, { entryId });
}

/** The profiles and networks the next new post starts with. */
export function rememberChoice(choice: ComposerMemory): Promise<void> {
  return composerMemory.set(choice);
}

/** Undo: deletes each profile's post at Ayrshare, with that profile's key. */
export async function deletePosts(posts: readonly MadePost[], apiHost: string): Promise<void> {
  // The history page's calls: loaded only by the rare Undo.
  const { historyApi } = await import('../history/api');
  const outcomes = await Promise.allSettled(posts.map((post) => historyApi(post.profileId, apiHost).remove(post.postId)));
  const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (refused) throw refused.reason;
}
