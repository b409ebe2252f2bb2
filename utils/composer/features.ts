import { emptyOf, field, type ValuesOf } from '../storage/fields';

/**
 * Post features beyond the text: approval, notes, link shortening, hashtags, a first comment,
 * evergreen reposting and Unsplash images (ayrshare-api.md §4.2). Declared once (see
 * storage/fields.ts); Ayrshare's limits are checked when the post is built (withinLimits), not
 * when it is kept, so that a number typed out of range stays in the draft until it is corrected.
 */
export const FEATURE_FIELDS = {
  requiresApproval: field(false, (z) => z.boolean()),
  notes: field('', (z) => z.string()),
  shortenLinks: field(false, (z) => z.boolean()),
  autoHashtag: field(false, (z) => z.boolean()),
  hashtagMax: field(2, (z) => z.number()),
  hashtagPosition: field<'auto' | 'end'>('auto', (z) => z.enum(['auto', 'end'])),
  firstComment: field('', (z) => z.string()),
  autoRepost: field(false, (z) => z.boolean()),
  repostTimes: field(3, (z) => z.number()),
  repostEveryDays: field(7, (z) => z.number()),
  /** "" for none, "random", or words to search Unsplash for. */
  unsplash: field('', (z) => z.string()),
};
export type Features = ValuesOf<typeof FEATURE_FIELDS>;

/** What a post starts with: every feature off (a profile's defaults may turn some on). */
export const NO_FEATURES: Features = emptyOf(FEATURE_FIELDS);

/** Ayrshare's limits on the features (§4.2); the panel's fields say the same. */
export const FEATURE_LIMITS = {
  notes: 1_000,
  firstComment: 2_200,
  unsplash: 200,
  hashtagMax: { min: 1, max: 10 },
  repostTimes: { min: 1, max: 10 },
  /** At least 3: one doc version says "at least 2", another more than 2 (ayrshare-api.md §4.2). */
  repostEveryDays: { min: 3, max: Number.MAX_SAFE_INTEGER },
} as const;

const whole = (n: number, { min, max }: { min: number; max: number }) => Number.isInteger(n) && n >= min && n <= max;

export function withinLimits(f: Features): boolean {
  return (
    f.notes.length <= FEATURE_LIMITS.notes &&
    f.firstComment.length <= FEATURE_LIMITS.firstComment &&
    f.unsplash.length <= FEATURE_LIMITS.unsplash &&
    whole(f.hashtagMax, FEATURE_LIMITS.hashtagMax) &&
    whole(f.repostTimes, FEATURE_LIMITS.repostTimes) &&
    whole(f.repostEveryDays, FEATURE_LIMITS.repostEveryDays)
  );
}

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
