import * as z from 'zod/mini';

/**
 * Post features beyond the text: approval, notes, link shortening, hashtags, a first comment,
 * evergreen reposting and Unsplash images (ayrshare-api.md §4.2). Validated here, in the page,
 * before they become body fields.
 */
export const Features = z.object({
  requiresApproval: z.boolean(),
  notes: z.string().check(z.maxLength(1_000)),
  shortenLinks: z.boolean(),
  autoHashtag: z.boolean(),
  hashtagMax: z.number().check(z.int(), z.minimum(1), z.maximum(10)),
  hashtagPosition: z.enum(['auto', 'end']),
  firstComment: z.string().check(z.maxLength(2_200)),
  autoRepost: z.boolean(),
  repostTimes: z.number().check(z.int(), z.minimum(1), z.maximum(10)),
  /** At least 3: one doc version says "at least 2", another more than 2 (ayrshare-api.md §4.2). */
  repostEveryDays: z.number().check(z.int(), z.minimum(3)),
  /** "" for none, "random", or words to search Unsplash for. */
  unsplash: z.string().check(z.maxLength(200)),
});
export type Features = z.infer<typeof Features>;

/** The body fields for the features that are on; fields for features left off are not sent. */
export function featuresBody(features: Features, scheduleDate: string | undefined) {
  const body: Record<string, unknown> = {};
  if (features.requiresApproval) body.requiresApproval = true;
  if (features.notes.trim()) body.notes = features.notes.trim();
  if (features.shortenLinks) body.shortenLinks = true;
  if (features.autoHashtag) body.autoHashtag = { max: features.hashtagMax, position: features.hashtagPosition };
  if (features.firstComment.trim()) body.firstComment = { comment: features.firstComment.trim() };
  if (features.autoRepost) {
    // "autoRepost cannot be used together with scheduleDate … scheduleDate will take precedence and
    // autoRepost will be ignored. Please use the startDate parameter instead." (§4.2): a scheduled
    // series starts inside autoRepost, and buildPost sends no scheduleDate with it.
    body.autoRepost = { repeat: features.repostTimes, days: features.repostEveryDays, ...(scheduleDate && { startDate: scheduleDate }) };
  }
  if (features.unsplash.trim()) body.unsplash = features.unsplash.trim();
  return body;
}
