import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { storedValue } from './stored-value';

export const Draft = z.object({
  /** The tab the draft belongs to (or the shared URL when there is no tab). */
  key: z.string(),
  text: z.string(),
  profileIds: z.array(z.string()),
  platforms: z.array(Platform),
  /** Public https URLs, in posting order. */
  media: z.array(z.string()),
  /** Media URLs the user marked as video (GIFs, URLs without a video extension). */
  videos: z.optional(z.array(z.string())),
  /** Image descriptions (alt text) by media URL; checked when used. */
  alts: z.optional(z.unknown()),
  /** Per-network option values; checked against their schemas when used (networks/options.ts). */
  options: z.optional(z.unknown()),
  /** Post features; checked against their schema when used (composer/features.ts). */
  features: z.optional(z.unknown()),
  /** Local date and time to publish at, as the "Schedule for" field holds it; "" = now. */
  scheduleAt: z.optional(z.string()),
  /** The prefill the draft grew from: a new share from the same tab starts afresh. */
  origin: z.string(),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof Draft>;

/** Drafts are kept while typing, so a closed popup loses nothing. */
export const drafts = storedValue('drafts', z.array(Draft), []);

/** Tab ids are reused after a restart, so old drafts are dropped whenever another is saved. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
