import * as z from 'zod/mini';
import { isPlatform, Platform } from '../ayrshare/platforms';
import { publicHttpsUrl } from '../urls';
import { msOf } from '../ayrshare/post-reply';
import type { HistoryPost } from '../ayrshare/replies';

/**
 * A post as the history page shows it, read from Ayrshare's reply. Also the shape the page caches
 * in storage, so it is a schema.
 *
 * Statuses, from Ayrshare's (§4.3, §4.7): `success` → published, `error` → failed,
 * `awaiting approval`, `deleted`; `pending`/`paused` of a post that has a date and has not gone
 * out to any network yet → scheduled; any other `pending` or `processing` (a retry under way,
 * a post being worked on) → pending.
 */
export const EntryStatus = z.enum(['published', 'scheduled', 'awaitingApproval', 'pending', 'failed', 'deleted']);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const ENTRY_STATUSES = EntryStatus.options;

export const NetworkState = z.object({
  platform: Platform,
  /** live: on the network; processing: the network is still publishing it (TikTok); waiting: not sent yet. */
  state: z.enum(['live', 'processing', 'failed', 'removed', 'waiting']),
  postUrl: z.optional(z.string()),
  /** The network's own words when it refused. */
  message: z.optional(z.string()),
  code: z.optional(z.number()),
});
export type NetworkState = z.infer<typeof NetworkState>;

export const HistoryEntry = z.object({
  id: z.string(),
  text: z.string(),
  status: EntryStatus,
  networks: z.array(NetworkState),
  created: z.optional(z.number()),
  scheduledAt: z.optional(z.number()),
  notes: z.optional(z.string()),
  /** Ayrshare said a failure of this post may succeed when retried (`retryAvailable`, §3, §4.6). */
  retryable: z.boolean(),
  /** Already retried: Ayrshare retries a post once. */
  retried: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const MAX_MESSAGE = 500;

function statusOf(post: HistoryPost, scheduledAt: number | undefined): EntryStatus {
  switch (post.status) {
    case 'success':
      return 'published';
    case 'error':
      return 'failed';
    case 'awaiting approval':
      return 'awaitingApproval';
    case 'deleted':
      return 'deleted';
    case 'pending':
    case 'paused': {
      const untouched = (post.postIds ?? []).length === 0 && (post.errors ?? []).length === 0;
      return scheduledAt !== undefined && untouched ? 'scheduled' : 'pending';
    }
    default:
      return 'pending';
  }
}

function networkOf(post: HistoryPost, platform: Platform): NetworkState {
  const error = post.errors?.find((e) => e.platform === platform);
  if (error) {
    return { platform, state: 'failed', message: error.message?.slice(0, MAX_MESSAGE), code: error.code };
  }
  const entry = post.postIds?.find((p) => p.platform === platform);
  if (!entry) return { platform, state: 'waiting' };
  if (entry.id === 'pending') return { platform, state: 'processing' };
  if (entry.status === 'error' || entry.id === 'failed') return { platform, state: 'failed' };
  const postUrl = publicHttpsUrl(entry.postUrl);
  if (entry.deleted || post.status === 'deleted') return { platform, state: 'removed', postUrl };
  return { platform, state: 'live', postUrl };
}

/** The page's entry for one post of Ayrshare's reply. */
export function entryOf(post: HistoryPost & { id: string }): HistoryEntry {
  const scheduledAt = msOf(post.scheduleDate);
  // The networks asked for, then any the reply reports beyond them, each once.
  const named = [...(post.platforms ?? []), ...(post.postIds ?? []).map((p) => p.platform), ...(post.errors ?? []).flatMap((e) => e.platform ?? [])];
  const platforms = [...new Set(named)].filter(isPlatform);
  const notes = typeof post.notes === 'string' && post.notes !== '' ? post.notes : undefined;
  return {
    id: post.id,
    text: post.post ?? '',
    status: statusOf(post, scheduledAt),
    networks: platforms.map((platform) => networkOf(post, platform)),
    created: msOf(post.created),
    scheduledAt,
    notes,
    retryable: post.retryAvailable === true || (post.errors ?? []).some((e) => e.retryAvailable === true),
    retried: post.retried === true,
  };
}
