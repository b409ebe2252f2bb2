import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { storedValue } from './stored-value';

export const Draft = z.object({
  /** The tab the draft belongs to (or the shared URL when there is no tab). */
  key: z.string(),
  text: z.string(),
  profileIds: z.array(z.string()),
  platforms: z.array(Platform),
  media: z.array(z.string()),
  /** The prefill the draft grew from: a new share from the same tab starts afresh. */
  origin: z.string(),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof Draft>;

/** Drafts are kept while typing, so a closed popup loses nothing. */
export const drafts = storedValue('drafts', z.array(Draft), []);

/** Tab ids are reused after a restart, so old drafts are dropped whenever another is saved. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
