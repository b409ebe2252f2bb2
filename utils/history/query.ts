import type { Query } from '../ayrshare/endpoints';
import type { Platform } from '../ayrshare/platforms';
import type { EntryStatus, HistoryEntry } from './entry';

/**
 * Filters and paging of GET /history (ayrshare-api.md §4.7).
 *
 * Paging: the endpoint has a `limit` but no offset or cursor, and it caches answers with a limit
 * above 25 for about a minute. So every page asks for 25 posts, and the next page asks for the
 * posts created up to the oldest one shown (`endDate`, inclusive: that post comes again and is
 * dropped). `lastDays=0` asks for all time; with an `endDate` the window is read either way the
 * docs allow (lastDays ignored, or all time up to endDate).
 */
export const PAGE_SIZE = 25;

export interface HistoryFilters {
  status?: EntryStatus;
  network?: Platform;
}

/** Ayrshare's `status` value for each status the page offers (§4.7). */
const API_STATUS: Record<EntryStatus, string> = {
  published: 'success',
  failed: 'error',
  awaitingApproval: 'awaiting approval',
  deleted: 'deleted',
  // Both are Ayrshare's `pending`; the page tells them apart (entry.ts).
  scheduled: 'pending',
  pending: 'pending',
};

/** The query of one page; `before` = creation time (ms) of the oldest post already shown. */
export function historyQuery(filters: HistoryFilters, before?: number): Query {
  const query: Query = [
    ['limit', String(PAGE_SIZE)],
    ['lastDays', '0'],
  ];
  if (before !== undefined) query.push(['endDate', new Date(before).toISOString()]);
  if (filters.status) query.push(['status', API_STATUS[filters.status]]);
  // `platforms` is an array parameter (OR); the indexed form is how Ayrshare's own tests send arrays.
  if (filters.network) query.push(['platforms[0]', filters.network]);
  return query;
}

export function matchesFilters(entry: HistoryEntry, filters: HistoryFilters): boolean {
  if (filters.status && entry.status !== filters.status) return false;
  if (filters.network && !entry.networks.some((n) => n.platform === filters.network)) return false;
  return true;
}

export function hasFilters(filters: HistoryFilters): boolean {
  return Boolean(filters.status || filters.network);
}

/** The shown entries followed by a next page's, each post once. */
export function appendPage(shown: readonly HistoryEntry[], page: readonly HistoryEntry[]): HistoryEntry[] {
  const ids = new Set(shown.map((e) => e.id));
  return [...shown, ...page.filter((e) => !ids.has(e.id))];
}

/** Where the next page starts: the oldest creation time shown, when every entry has one. */
export function nextPageStart(shown: readonly HistoryEntry[]): number | undefined {
  let oldest: number | undefined;
  for (const entry of shown) {
    if (entry.created === undefined) return undefined;
    oldest = oldest === undefined ? entry.created : Math.min(oldest, entry.created);
  }
  return oldest;
}

/**
 * Whether another page may follow: the last one came back full, and it brought something new (a
 * page of nothing but posts already shown means more than a page of posts share one timestamp).
 */
export function mayHaveMore(pageLength: number, added: number): boolean {
  return pageLength >= PAGE_SIZE && added > 0;
}
