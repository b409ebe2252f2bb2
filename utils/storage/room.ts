import { isSettled } from '../outbox/states';
import type { OutboxEntry } from './outbox';

/** Finished sends kept for the composer's "last result"; unfinished ones are never dropped. */
export const KEEP_FINISHED = 50;
/** What is kept of them, and of the drafts (the newest), when storage is full. */
export const KEEP_WHEN_FULL = 5;

/** The outbox without its oldest finished sends beyond `keep`. */
export function trimOutbox(entries: OutboxEntry[], keep = KEEP_FINISHED): OutboxEntry[] {
  const finished = entries.filter(isSettled);
  const drop = new Set(finished.slice(0, Math.max(0, finished.length - keep)).map((e) => e.id));
  return entries.filter((e) => !drop.has(e.id));
}

/**
 * What a write that did not fit becomes: the same values, with the drafts cut to the newest few,
 * the history cache emptied (the history page reads it again), and, in the context that writes the
 * outbox (the worker; a page's copy of it may be out of date), only the newest finished sends.
 */
export function roomMade(stored: Record<string, unknown>, items: Record<string, unknown>): Record<string, unknown> {
  const drafts = items.drafts ?? stored.drafts;
  const smaller: Record<string, unknown> = { ...items, historyCache: [] };
  if (Array.isArray(drafts)) smaller.drafts = drafts.slice(-KEEP_WHEN_FULL);
  if (Array.isArray(items.outbox)) smaller.outbox = trimOutbox(items.outbox as OutboxEntry[], KEEP_WHEN_FULL);
  return smaller;
}
