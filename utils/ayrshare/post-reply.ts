import * as z from 'zod/mini';

/**
 * Ayrshare's replies about a post, as much of them as Sharebeam acts on: the worker reads them to
 * record a send, pages to show a post's history. Unknown fields are ignored (Ayrshare adds fields
 * over time and per network: bluesky `cid`, instagram `usedQuota`…), and fields Sharebeam does not
 * act on are not checked, so a reply is "unreadable" only when something it acts on is missing or
 * of the wrong type. Example replies from the docs parse in test/unit/ayrshare/replies.test.ts.
 */

export const PostIdEntry = z.object({
  platform: z.string(),
  status: z.optional(z.string()),
  /**
   * The network's own id of the post: a string on most networks, a number on Telegram (the docs'
   * own POST /post example answers `"id": 635`, ayrshare-api.md §4.2). Sharebeam only compares it
   * with "pending" and "failed", so any value is read.
   */
  id: z.optional(z.unknown()),
  postUrl: z.optional(z.string()),
});

export const PostErrorEntry = z.object({
  platform: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
});

/**
 * One post: POST /post's answer (§4.2), GET /post/:id (§4.3) and each item of GET /history
 * (§4.7), as the worker reads them. Success is per network: the top-level `status` is "error" as
 * soon as one network failed, while the others keep their entries in `postIds`.
 */
export const PostReply = z.object({
  status: z.string(),
  id: z.optional(z.string()),
  postIds: z.optional(z.array(PostIdEntry)),
  errors: z.optional(z.array(PostErrorEntry)),
  /** When a scheduled or queued post goes out (see msOf). */
  scheduleDate: z.optional(z.unknown()),
});
export type PostReply = z.infer<typeof PostReply>;

/** GET /history: the posts, each read on its own so that one damaged item hides no other. */
export const HistoryReply = z.object({ history: z.array(z.unknown()) });

/**
 * GET /post/:id answers with the post itself in the current docs, and with an array holding it in
 * another version (ayrshare-api.md §4.3 vs the addendum's §6): either is the post.
 */
export function onePost(reply: unknown): unknown {
  return Array.isArray(reply) ? reply[0] : reply;
}

/**
 * Milliseconds since the epoch of a time as Ayrshare writes it: a string, or the Firestore
 * timestamp `{_seconds, _nanoseconds, utc}` of the history examples, which a note says will become
 * a plain string (§4.7); undefined when it is neither.
 */
export function msOf(value: unknown): number | undefined {
  const time = value as { _seconds?: unknown; _nanoseconds?: unknown } | null;
  const nanos = typeof time?._nanoseconds === 'number' ? time._nanoseconds : 0;
  const ms = typeof value === 'string' ? Date.parse(value) : typeof time?._seconds === 'number' ? time._seconds * 1000 + Math.floor(nanos / 1e6) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}
