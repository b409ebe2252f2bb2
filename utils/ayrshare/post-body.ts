import * as z from 'zod/mini';
import { Platform } from './platforms';

/** A field the background passes through as it is: the composer has validated its value. */
const Passed = z.optional(z.unknown());

/**
 * What the user composed, in the shape of POST /post (ayrshare-api.md §4.2). The background
 * checks the fields it relies on; feature and per-network option objects are validated in the
 * composer with their own schemas (composer/features.ts, networks/options.ts), which would
 * weigh too much in the service worker. Media URLs are checked where a send is accepted.
 */
export const PostContent = z.object({
  post: z.string(),
  platforms: z.array(Platform),
  mediaUrls: z.optional(z.array(z.string())),
  isVideo: z.optional(z.boolean()),
  scheduleDate: z.optional(z.string()),
  requiresApproval: z.optional(z.boolean()),
  notes: z.optional(z.string()),
  shortenLinks: z.optional(z.boolean()),
  disableComments: z.optional(z.boolean()),
  unsplash: z.optional(z.string()),
  autoHashtag: Passed,
  firstComment: Passed,
  autoRepost: Passed,
  faceBookOptions: Passed,
  gmbOptions: Passed,
  instagramOptions: Passed,
  pinterestOptions: Passed,
  redditOptions: Passed,
  snapChatOptions: Passed,
  tikTokOptions: Passed,
  twitterOptions: Passed,
  youTubeOptions: Passed,
});
export type PostContent = z.infer<typeof PostContent>;

/** What is sent: the content plus the idempotency key of this profile's copy. */
export type PostBody = PostContent & { idempotencyKey: string };
