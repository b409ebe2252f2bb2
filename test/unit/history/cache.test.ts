import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { cachedHistory, cacheEntries, CACHED_ENTRIES, historyCache, updateCachedEntry } from '@/utils/history/cache';
import type { HistoryEntry } from '@/utils/history/entry';
import { excerpt } from '@/utils/history/format';
import { sentFromHere } from '@/utils/history/sent-here';
import type { OutboxEntry } from '@/utils/storage/outbox';

const entry = (id: string, fields: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  text: id,
  status: 'scheduled',
  networks: [{ platform: 'bluesky', state: 'waiting' }],
  retryable: false,
  retried: false,
  ...fields,
});

describe('the saved history shown while Ayrshare answers', () => {
  it("keeps each profile's newest posts apart, and when they were read", async () => {
    await cacheEntries('primary', [entry('a'), entry('b')], 1000);
    await cacheEntries('acme', [entry('c')], 2000);
    expect(await cachedHistory('primary')).toEqual({ profileId: 'primary', savedAt: 1000, entries: [entry('a'), entry('b')] });
    expect((await cachedHistory('acme')).entries).toEqual([entry('c')]);
    expect(await cachedHistory('globex')).toEqual({ entries: [] });
  });

  it('keeps one page per profile', async () => {
    await cacheEntries('primary', Array.from({ length: 40 }, (_, i) => entry(`p${i}`)), 1);
    expect((await cachedHistory('primary')).entries).toHaveLength(CACHED_ENTRIES);
  });

  it('replaces a post by its new state after an action, and leaves the cache alone for a post it does not hold', async () => {
    await cacheEntries('primary', [entry('a'), entry('b')], 1000);
    await updateCachedEntry('primary', entry('b', { status: 'deleted' }));
    await updateCachedEntry('primary', entry('z', { status: 'deleted' }));
    expect((await cachedHistory('primary')).entries.map((e) => e.status)).toEqual(['scheduled', 'deleted']);
  });

  it('falls back to nothing when what is stored is damaged', async () => {
    await browser.storage.local.set({ [historyCache.key]: { primary: 'garbage' } });
    expect(await cachedHistory('primary')).toEqual({ entries: [] });
  });
});

describe('posts sent from this browser', () => {
  it("are the post ids the outbox recorded for the profile's sends", () => {
    const target = (profileId: string, postId?: string) => ({
      profileId,
      platforms: ['bluesky' as const],
      idempotencyKey: 'k',
      state: 'done' as const,
      postId,
      networks: [],
      updatedAt: 1,
    });
    const outbox = [
      { id: '1', createdAt: 1, post: { post: 'x', platforms: ['bluesky'] }, targets: [target('primary', 'A'), target('acme', 'B')] },
      { id: '2', createdAt: 2, post: { post: 'y', platforms: ['bluesky'] }, targets: [target('primary')] },
    ] as unknown as OutboxEntry[];
    expect([...sentFromHere(outbox, 'primary')]).toEqual(['A']);
    expect([...sentFromHere(outbox, 'acme')]).toEqual(['B']);
  });
});

describe('the start of a post in the list', () => {
  it('is the text on one line, cut at a word with an ellipsis when long', () => {
    expect(excerpt('Short\n\ntext  here')).toBe('Short text here');
    expect(excerpt('word '.repeat(40), 20)).toBe('word word word word…');
    expect(excerpt('x'.repeat(30), 20)).toBe(`${'x'.repeat(20)}…`);
  });

  it('never cuts an emoji in half', () => {
    expect(excerpt('😀'.repeat(30), 10)).toBe(`${'😀'.repeat(10)}…`);
  });
});
