import * as z from 'zod/mini';
import { Failure } from '../ayrshare/failure';
import { NetworkOutcome } from '../ayrshare/outcome';
import { Platform } from '../ayrshare/platforms';
import { PostContent } from '../ayrshare/post-body';
import { storedValue } from './stored-value';

/**
 * One profile's share of a send. `sending` means a request may be in flight or may have reached
 * Ayrshare without an answer; it is only left on a definite answer, and a resend reuses the same
 * idempotency key so Ayrshare refuses a duplicate.
 */
export const OutboxTarget = z.object({
  profileId: z.string(),
  /** The networks this profile is asked to post to (the ones it has linked). */
  platforms: z.array(Platform),
  idempotencyKey: z.string(),
  state: z.enum(['queued', 'sending', 'done', 'failed']),
  /** Ayrshare's post id, once known. */
  postId: z.optional(z.string()),
  networks: z.array(NetworkOutcome),
  /** Why the whole request failed, when it did. */
  failure: z.optional(Failure),
  updatedAt: z.number(),
});
export type OutboxTarget = z.infer<typeof OutboxTarget>;

export const OutboxEntry = z.object({
  id: z.string(),
  createdAt: z.number(),
  post: PostContent,
  targets: z.array(OutboxTarget),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const outbox = storedValue('outbox', z.array(OutboxEntry), []);

export function isFinal(target: OutboxTarget): boolean {
  return target.state === 'done' || target.state === 'failed';
}
