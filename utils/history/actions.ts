import type { Platform } from '../ayrshare/platforms';
import type { HistoryEntry } from './entry';

/**
 * Which actions Ayrshare allows on a post in its current state, so the page offers only those
 * (ayrshare-api.md §4.4–4.6, §4.13, §4.14).
 */
export type EntryAction = 'delete' | 'retry' | 'approve' | 'reschedule' | 'notes' | 'comments' | 'analytics';

/** Networks whose posts Ayrshare cannot delete through their API (§4.4, §6.3). */
export const UNDELETABLE: readonly Platform[] = ['instagram', 'tiktok', 'threads'];

/**
 * Networks Ayrshare's comment endpoints reach (Ayrshare's comments overview: Bluesky, Facebook
 * Pages, Instagram, LinkedIn, Reddit, Threads, TikTok, X, YouTube).
 */
export const COMMENT_NETWORKS: readonly Platform[] = ['bluesky', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'tiktok', 'twitter', 'youtube'];

export function liveNetworks(entry: HistoryEntry): Platform[] {
  return entry.networks.filter((n) => n.state === 'live').map((n) => n.platform);
}

/** Live networks that keep the post whatever the API is asked: they have to be deleted on the network. */
export function undeletableLive(entry: HistoryEntry): Platform[] {
  return liveNetworks(entry).filter((p) => UNDELETABLE.includes(p));
}

/** The live networks a comment can go to. */
export function commentNetworks(entry: HistoryEntry): Platform[] {
  return liveNetworks(entry).filter((p) => COMMENT_NETWORKS.includes(p));
}

export function actionsFor(entry: HistoryEntry): Set<EntryAction> {
  const actions = new Set<EntryAction>();
  const live = liveNetworks(entry);
  switch (entry.status) {
    case 'published':
      // A published post is removed from its networks; one only on Instagram, TikTok and Threads cannot be.
      if (live.some((p) => !UNDELETABLE.includes(p))) actions.add('delete');
      break;
    case 'scheduled':
      // Not sent yet: deleting cancels it on every network. Updates work while it waits (§4.5).
      actions.add('delete').add('reschedule').add('notes');
      break;
    case 'awaitingApproval':
      actions.add('delete').add('approve').add('notes');
      break;
    case 'failed':
      // Ayrshare retries a post once, and only when it judged the failure retryable (§4.6).
      if (entry.retryable && !entry.retried) actions.add('retry');
      break;
  }
  if (entry.status !== 'deleted' && live.length > 0) actions.add('analytics');
  if (entry.status !== 'deleted' && commentNetworks(entry).length > 0) actions.add('comments');
  return actions;
}
