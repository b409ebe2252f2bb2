import * as z from 'zod/mini';

/**
 * Ayrshare's replies about posts that were already sent, as far as the history page reads them
 * (ayrshare-api.md §4.3, §4.7, §4.13, §4.14). Unknown fields are ignored and most fields are
 * optional: an entry with a field missing is still worth showing.
 */

/**
 * A point in time as Ayrshare writes it: the history examples show a Firestore timestamp
 * `{_seconds, _nanoseconds, utc}`, with a note that it will become a plain string (§4.7).
 */
const FirestoreTime = z.object({ _seconds: z.number(), _nanoseconds: z.optional(z.number()) });

/** Milliseconds since the epoch of either form, or undefined when the value is not a readable time. */
export function msOf(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const time = z.safeParse(FirestoreTime, value);
  return time.success ? time.data._seconds * 1000 + Math.floor((time.data._nanoseconds ?? 0) / 1e6) : undefined;
}

export const PostIdReply = z.object({
  platform: z.string(),
  status: z.optional(z.string()),
  id: z.optional(z.string()),
  postUrl: z.optional(z.string()),
  /** The sandbox marks a network copy removed while another network kept the post. */
  deleted: z.optional(z.boolean()),
});

export const PostErrorReply = z.object({
  platform: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
  retryAvailable: z.optional(z.boolean()),
});

/**
 * One post, as GET /post/:id answers and as each item of GET /history's `history` (§4.3, §4.7).
 *
 * Times and notes are read by entry.ts rather than by union and nullable schemas: this page
 * shares its zod with the popup's start-up chunk, where every schema kind costs bytes.
 */
export const PostReply = z.object({
  id: z.string(),
  status: z.optional(z.string()),
  post: z.optional(z.string()),
  platforms: z.optional(z.array(z.string())),
  postIds: z.optional(z.array(PostIdReply)),
  errors: z.optional(z.array(PostErrorReply)),
  /** A time (see msOf). */
  created: z.optional(z.unknown()),
  /** A time (see msOf), or null when not scheduled. */
  scheduleDate: z.optional(z.unknown()),
  /** A string, or null. */
  notes: z.optional(z.unknown()),
  type: z.optional(z.string()),
  retryAvailable: z.optional(z.boolean()),
  retried: z.optional(z.boolean()),
});
export type PostReply = z.infer<typeof PostReply>;

export const HistoryReply = z.object({ history: z.array(z.unknown()) });

/** One comment of GET /comments/:id (§4.14); `id` is the Ayrshare Comment ID of comments made through Ayrshare. */
export const CommentReply = z.object({
  comment: z.optional(z.string()),
  commentId: z.optional(z.string()),
  id: z.optional(z.string()),
  created: z.optional(z.unknown()),
  from: z.optional(z.object({ name: z.optional(z.string()), username: z.optional(z.string()) })),
});

/** GET /comments/:id, POST /comments and POST /analytics/post: a few fields, then one key per network. */
export const PerNetworkReply = z.looseObject({});

/** One network of POST /analytics/post (§4.13): the live post and its numbers, or the network's error. */
export const NetworkAnalyticsReply = z.object({
  status: z.optional(z.string()),
  postUrl: z.optional(z.string()),
  analytics: z.optional(z.looseObject({})),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
});

/** DELETE /post with `deleteAllScheduled` (the count is the sandbox's; Ayrshare documents none). */
export const DeleteAllReply = z.object({ deleted: z.optional(z.number()) });
