import * as z from 'zod/mini';
import { Failure } from '../ayrshare/failure';
import { NetworkOutcome } from '../ayrshare/outcome';
import { Platform } from '../ayrshare/platforms';
import { PostContent } from '../ayrshare/post-body';
import { oneOf } from '../one-of';
import { storedValue } from './stored-value';

/**
 * One profile's share of a send, and where it stands (see outbox/states.ts for the moves):
 * `queued` (written, not tried yet), `sending` (a request may be in flight, or may have reached
 * Ayrshare without an answer), `waiting` (a transient failure; tried again at `retryAt`), and the
 * final `done`, `failed` (a definite refusal), `cancelled` (by the user, before it went out) and
 * `unknown` (it may have made a post that could not be found; see outbox/states.ts).
 * Every attempt reuses the same idempotency key, so Ayrshare refuses a duplicate.
 */
export const OutboxTarget = z.object({
  profileId: z.string(),
  /** The networks this profile is asked to post to (the ones it has linked); the post's when absent. */
  platforms: z.optional(z.array(Platform)),
  idempotencyKey: z.string(),
  state: oneOf(['queued', 'sending', 'waiting', 'done', 'failed', 'cancelled', 'unknown']),
  /** Requests sent for this target, re-sends included (one refused for being offline gives its count back). */
  attempts: z.optional(z.number()),
  /** When a waiting target is due again, or until when a queued one is held back for Undo (ms since the epoch). */
  retryAt: z.optional(z.number()),
  /** Ayrshare's post id, once known. */
  postId: z.optional(z.string()),
  /**
   * When to ask Ayrshare again about a post that was not final when it answered (a network still
   * publishing, a scheduled post, one awaiting approval), or to look for one that is `unknown`, and
   * how often it was asked already.
   */
  checkAt: z.optional(z.number()),
  checks: z.optional(z.number()),
  /** When a post added to the queue goes out, once Ayrshare said (its answer or GET /post/:id). */
  dueAt: z.optional(z.number()),
  networks: z.array(NetworkOutcome),
  /** Why the last request failed: final when `failed`, the reason for the wait when `waiting`. */
  failure: z.optional(Failure),
  updatedAt: z.number(),
});
export type OutboxTarget = z.infer<typeof OutboxTarget>;
export type TargetState = OutboxTarget['state'];

export const OutboxEntry = z.object({
  id: z.string(),
  createdAt: z.number(),
  post: PostContent,
  targets: z.array(OutboxTarget),
  /** The composer draft this send came from, so a reopened composer shows how it is going. */
  draftKey: z.optional(z.string()),
  /** The page that was shared, so a composer opened on it again can say so. */
  pageUrl: z.optional(z.string()),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const outbox = storedValue('outbox', z.array(OutboxEntry), []);

/**
 * The sends made from one composer draft or of one page, from the stored outbox, each entry
 * checked on its own. The popup takes these before its first paint rather than the whole outbox:
 * checking every entry (up to 50 finished sends and those still going) held the composer back.
 * The outbox list, which loads after the first paint, reads the rest.
 */
export function outboxEntriesOf(raw: unknown, draftKey: string, pageUrl: string | undefined): OutboxEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const keys = item as { draftKey?: unknown; pageUrl?: unknown } | null;
    if (keys?.draftKey !== draftKey && (pageUrl === undefined || keys?.pageUrl !== pageUrl)) return [];
    const entry = z.safeParse(OutboxEntry, item);
    return entry.success ? [entry.data] : [];
  });
}
