import * as z from 'zod/mini';
import { DRAFT_FIELDS } from '../composer/draft';
import { fieldsSchema } from './fields-schema';
import { storedValue } from './stored-value';

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

/** Tab ids are reused after a restart, so old drafts are dropped whenever another is saved. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
