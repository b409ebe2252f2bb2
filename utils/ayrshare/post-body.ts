import * as z from 'zod/mini';
import { Platform } from './platforms';

/**
 * What the user composed, in the shape of POST /post (ayrshare-api.md §4.2). Media URLs are
 * checked where a send is accepted (public https only), since a schema refinement would weigh on
 * every bundle that carries this schema.
 */
export const PostContent = z.object({
  post: z.string(),
  platforms: z.array(Platform),
  mediaUrls: z.optional(z.array(z.string())),
  isVideo: z.optional(z.boolean()),
  scheduleDate: z.optional(z.string()),
});
export type PostContent = z.infer<typeof PostContent>;

/** What is sent: the content plus the idempotency key of this profile's copy. */
export type PostBody = PostContent & { idempotencyKey: string };
