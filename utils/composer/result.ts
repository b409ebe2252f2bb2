import type { Platform } from '../ayrshare/platforms';
import { UNDELETABLE } from '../history/actions';
import type { OutboxEntry, OutboxTarget } from '../storage/outbox';

/**
 * What the result view offers after Post: Undo while the post is fresh, and Retry where a network
 * or a whole profile's request failed. Pure: the model acts on them (model.ts), the view shows them.
 */

/** How long after Post its Undo is offered: long enough to spot a typo, short enough to mean "just sent". */
export const UNDO_WINDOW_MS = 5 * 60_000;

/** A post Ayrshare made for one profile, which Undo deletes (DELETE /post with its id). */
export interface MadePost {
  profileId: string;
  postId: string;
  platforms: Platform[];
}

/** The posts of a send that went out somewhere: each profile's copy with an id and a network that took it. */
export function madePosts(entry: OutboxEntry): MadePost[] {
  return entry.targets.flatMap((target) => {
    const took = target.networks.filter((n) => n.status !== 'failed').map((n) => n.platform);
    return target.state === 'done' && target.postId && took.length > 0 ? [{ profileId: target.profileId, postId: target.postId, platforms: took }] : [];
  });
}

/** Networks of the post that keep it whatever Undo asks: it has to be deleted on the network itself. */
export function kept(posts: readonly MadePost[]): Platform[] {
  return [...new Set(posts.flatMap((post) => post.platforms).filter((p) => UNDELETABLE.includes(p)))];
}

/**
 * Until when Undo is offered for this send (ms since the epoch), or undefined when nothing went
 * out that Ayrshare can delete.
 */
export function undoUntil(entry: OutboxEntry): number | undefined {
  const made = madePosts(entry);
  const deletable = made.some((post) => post.platforms.some((p) => !UNDELETABLE.includes(p)));
  return deletable ? entry.createdAt + UNDO_WINDOW_MS : undefined;
}

/**
 * What Retry sends again for one profile: the networks that refused the post, or all of its
 * networks when Ayrshare refused the request as a whole. Nothing while it may still go out.
 */
export function retryPlatforms(entry: OutboxEntry, target: OutboxTarget): Platform[] {
  if (target.state === 'failed') return target.platforms ?? entry.post.platforms;
  if (target.state === 'done') return target.networks.filter((n) => n.status === 'failed').map((n) => n.platform);
  return [];
}

