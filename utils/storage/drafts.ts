import * as z from 'zod/mini';
import { DRAFT_FIELDS } from '../composer/draft';
import { fieldsSchema } from './fields-schema';
import { storedValue, watchValue } from './stored-value';

/** A draft as kept: its fields (composer/draft.ts), and which share it belongs to. */
export const StoredDraft = z.extend(fieldsSchema(DRAFT_FIELDS), {
  /** The tab the draft belongs to (or the shared URL when there is no tab). */
  key: z.string(),
  /** The prefill the draft grew from: a new share from the same tab starts afresh. */
  origin: z.string(),
  updatedAt: z.number(),
});
export type StoredDraft = z.infer<typeof StoredDraft>;

/** Drafts are kept while typing, so a closed popup loses nothing. */
export const drafts = storedValue('drafts', z.array(StoredDraft), []);
export const watchDrafts = (callback: (all: StoredDraft[]) => void) => watchValue(drafts, callback);

/** Tab ids are reused after a restart, so old drafts are dropped whenever another is saved. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** At most this many drafts, and this many characters of them in all (a post is at most 100,000). */
export const MAX_DRAFTS = 20;
export const MAX_DRAFT_CHARS = 400_000;

/**
 * The drafts kept when `kept` is saved: it, and the others that are less than a week old, newest
 * first while they fit the count and the size; the oldest go first.
 */
export function keptDrafts(others: readonly StoredDraft[], kept: StoredDraft): StoredDraft[] {
  let room = MAX_DRAFT_CHARS - JSON.stringify(kept).length;
  const newest = others
    .filter((d) => kept.updatedAt - d.updatedAt < DRAFT_MAX_AGE_MS)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .filter((d, i) => i < MAX_DRAFTS - 1 && (room -= JSON.stringify(d).length) >= 0);
  return [...newest.reverse(), kept];
}
