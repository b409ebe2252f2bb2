import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedHistory, cacheEntries } from '@/utils/history/cache';
import type { HistoryEntry } from '@/utils/history/entry';
import { createHistory } from '@/utils/history/model';
import { DEFAULT_SETTINGS, settings } from '@/utils/storage/settings';

const cached = (id: string): HistoryEntry => ({ id, text: id, status: 'published', networks: [], created: 1, retryable: false, retried: false });
const post = (id: string, created = '2026-11-23T10:00:00Z') => ({ id, status: 'success', post: id, platforms: ['bluesky'], created });

/** Answers of the background, one per request, released by the test. */
let replies: Array<{ input: { params: { query?: string[][] } }; resolve(value: unknown): void }> = [];

beforeEach(async () => {
  replies = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { input: { params: { query?: string[][] } } }) =>
    new Promise((resolve) => replies.push({ input: message.input, resolve }))) as never);
  await settings.set({ ...DEFAULT_SETTINGS, apiKeySet: true });
});

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe("the history page's state", () => {
  it('shows the saved posts at once, then what Ayrshare answers, and saves that', async () => {
    await cacheEntries('primary', [cached('old')], 5000);
    const model = createHistory(() => 9000);
    await model.start();
    await until(() => replies.length === 1);
    expect(model.entries.value.map((e) => e.id)).toEqual(['old']);
    expect(model.cachedAt.value).toBe(5000);
    expect(model.loading.value).toBe(true);

    replies[0]!.resolve({ value: { history: [post('new')] } });
    await until(() => !model.loading.value);
    expect(model.entries.value.map((e) => e.id)).toEqual(['new']);
    expect(model.cachedAt.value).toBeUndefined();
    expect(await cachedHistory('primary')).toMatchObject({ savedAt: 9000, entries: [{ id: 'new' }] });
  });

  it('keeps the saved posts and says what went wrong when Ayrshare cannot answer', async () => {
    await cacheEntries('primary', [cached('old')], 5000);
    const model = createHistory();
    await model.start();
    await until(() => replies.length === 1);
    replies[0]!.resolve({ failure: { kind: 'server', status: 503 } });
    await until(() => !model.loading.value);
    expect(model.entries.value.map((e) => e.id)).toEqual(['old']);
    expect(model.listFailure.value).toEqual({ kind: 'server', status: 503 });
  });

  it('drops a late answer for filters the user already changed, and does not save a filtered list', async () => {
    const model = createHistory();
    await model.start();
    await until(() => replies.length === 1);
    model.chooseFilters({ network: 'linkedin' });
    await until(() => replies.length === 2);
    replies[1]!.resolve({ value: { history: [{ ...post('on-linkedin'), platforms: ['linkedin'] }] } });
    replies[0]!.resolve({ value: { history: [post('everything')] } });
    await until(() => !model.loading.value);
    expect(model.entries.value.map((e) => e.id)).toEqual(['on-linkedin']);
    expect((await cachedHistory('primary')).entries).toEqual([]);
  });

  it('loads the next page from the oldest post shown, and stops when it comes back short', async () => {
    const model = createHistory();
    await model.start();
    await until(() => replies.length === 1);
    const firstPage = Array.from({ length: 25 }, (_, i) => post(`p${i}`, new Date(Date.UTC(2026, 10, 23, 10, 59 - i)).toISOString()));
    replies[0]!.resolve({ value: { history: firstPage } });
    await until(() => model.more.value);

    void model.loadMore();
    await until(() => replies.length === 2);
    expect(replies[1]!.input.params.query).toContainEqual(['endDate', '2026-11-23T10:35:00.000Z']);
    replies[1]!.resolve({ value: { history: [firstPage[24], post('older', '2026-11-23T09:00:00Z')] } });
    await until(() => !model.loadingMore.value);
    expect(model.entries.value).toHaveLength(26);
    expect(model.entries.value.at(-1)?.id).toBe('older');
    expect(model.more.value).toBe(false);
  });

  it('remembers a post retried from this browser, across a fresh read that does not say so', async () => {
    const model = createHistory();
    await model.start();
    await until(() => replies.length === 1);
    replies[0]!.resolve({ value: { history: [{ ...post('f'), status: 'error', retryAvailable: true }] } });
    await until(() => !model.loading.value);
    model.noteRetried('f');
    expect(model.entries.value[0]?.retried).toBe(true);

    void model.load();
    await until(() => replies.length === 2);
    replies[1]!.resolve({ value: { history: [{ ...post('f'), status: 'error', retryAvailable: true }] } });
    await until(() => !model.loading.value);
    expect(model.entries.value[0]?.retried).toBe(true);
  });
});
