import * as z from 'zod/mini';
import { Platform } from './platforms';

/**
 * What the user composed, in the shape of POST /post (ayrshare-api.md §4.2). The background
 * checks the fields it relies on and passes the others (features, per-network option objects)
 * through as they are: the composer validated them with their own schemas (composer/features.ts,
 * networks/options.ts), which would weigh too much in the service worker. Media URLs are checked
 * where a send is accepted.
 */
export const PostContent = z.looseObject({
  post: z.string(),
  platforms: z.array(Platform),
  mediaUrls: z.optional(z.array(z.string())),
  isVideo: z.optional(z.boolean()),
  scheduleDate: z.optional(z.string()),
  requiresApproval: z.optional(z.boolean()),
});
export type PostContent = z.infer<typeof PostContent>;

/** What is sent: the content plus the idempotency key of this profile's copy. */
export type PostBody = PostContent & { idempotencyKey: string };
