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
  scheduleDate: z.optional(z.string()),
  requiresApproval: z.optional(z.boolean()),
  /** An evergreen series; its `startDate` stands in for `scheduleDate`, which would make Ayrshare ignore it. */
  autoRepost: z.optional(z.looseObject({ startDate: z.optional(z.string()) })),
  /** Added to the queue: the next free slot of the schedule with this title, never beside a `scheduleDate` (addendum §1d). */
  autoSchedule: z.optional(z.looseObject({ title: z.optional(z.string()) })),
});
export type PostContent = z.infer<typeof PostContent>;

/**
 * When the post first goes out, if not at once: its `scheduleDate`, or the start of its evergreen
 * series ("autoRepost cannot be used together with scheduleDate … use the startDate parameter
 * instead", Ayrshare's post overview, ayrshare-api.md §4.2).
 */
export function firstPublishDate(post: Pick<PostContent, 'scheduleDate' | 'autoRepost'>): string | undefined {
  return post.scheduleDate ?? post.autoRepost?.startDate;
}

/** What is sent: the content plus the idempotency key of this profile's copy. */
export type PostBody = PostContent & { idempotencyKey: string };
