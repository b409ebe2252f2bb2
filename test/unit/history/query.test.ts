import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/utils/history/entry';
import { appendPage, historyQuery, matchesFilters, mayHaveMore, nextPageStart, PAGE_SIZE } from '@/utils/history/query';

const entry = (id: string, fields: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  text: id,
  status: 'published',
  networks: [{ platform: 'bluesky', state: 'live' }],
  retryable: false,
  retried: false,
  ...fields,
});

describe('what the history page asks GET /history for', () => {
  it('the newest page of all time, 25 posts (larger pages are cached by Ayrshare for a minute)', () => {
    expect(historyQuery({})).toEqual([
      ['limit', '25'],
      ['lastDays', '0'],
    ]);
  });

  it("Ayrshare's own status names for the page's statuses, and the network as an array parameter", () => {
    expect(historyQuery({ status: 'published' })).toContainEqual(['status', 'success']);
    expect(historyQuery({ status: 'failed' })).toContainEqual(['status', 'error']);
    expect(historyQuery({ status: 'awaitingApproval' })).toContainEqual(['status', 'awaiting approval']);
    expect(historyQuery({ status: 'scheduled' })).toContainEqual(['status', 'pending']);
    expect(historyQuery({ status: 'deleted' })).toContainEqual(['status', 'deleted']);
    expect(historyQuery({ network: 'linkedin' })).toContainEqual(['platforms[0]', 'linkedin']);
  });

  it('the next page: the posts created up to the oldest one shown', () => {
    expect(historyQuery({}, Date.parse('2026-11-20T08:00:00.123Z'))).toContainEqual(['endDate', '2026-11-20T08:00:00.123Z']);
  });
});

describe('filters on what is shown (cached posts, and the two kinds of pending)', () => {
  it('match status and network', () => {
    expect(matchesFilters(entry('a'), {})).toBe(true);
    expect(matchesFilters(entry('a'), { status: 'published', network: 'bluesky' })).toBe(true);
    expect(matchesFilters(entry('a'), { status: 'scheduled' })).toBe(false);
    expect(matchesFilters(entry('a'), { network: 'facebook' })).toBe(false);
  });
});

describe('paging', () => {
  it('adds a page after the posts shown, dropping the repeat at the boundary', () => {
    expect(appendPage([entry('a'), entry('b')], [entry('b'), entry('c')]).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('starts the next page at the oldest creation time shown, or nowhere when a post has none', () => {
    expect(nextPageStart([entry('a', { created: 300 }), entry('b', { created: 100 }), entry('c', { created: 200 })])).toBe(100);
    expect(nextPageStart([entry('a', { created: 300 }), entry('b')])).toBeUndefined();
  });

  it('offers more after a full page that brought something new', () => {
    expect(mayHaveMore(PAGE_SIZE, 24)).toBe(true);
    expect(mayHaveMore(PAGE_SIZE - 1, 24)).toBe(false);
    // A full page of posts already shown: more than a page share one timestamp; stop rather than loop.
    expect(mayHaveMore(PAGE_SIZE, 0)).toBe(false);
  });
});
