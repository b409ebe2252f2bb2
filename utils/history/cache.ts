import * as z from 'zod/mini';
import { storedValue } from '../storage/stored-value';
import { HistoryEntry } from './entry';

/**
 * The newest posts of each profile as last read, so the history page shows them at once and
 * refreshes them in the background. Written by the history page only.
 */
const CachedHistory = z.object({ profileId: z.string(), savedAt: z.number(), entries: z.array(HistoryEntry) });
type CachedHistory = z.infer<typeof CachedHistory>;
export const historyCache = storedValue('historyCache', z.array(CachedHistory), []);

/** What the page keeps per profile: one page of the newest posts. */
export const CACHED_ENTRIES = 25;

/** A profile's cached posts and when they were read (none: never). */
export async function cachedHistory(profileId: string): Promise<{ entries: HistoryEntry[]; savedAt?: number }> {
  return (await historyCache.get()).find((c) => c.profileId === profileId) ?? { entries: [] };
}

const without = (cache: readonly CachedHistory[], profileId: string) => cache.filter((c) => c.profileId !== profileId);

/** Keeps the newest posts just read. */
export async function cacheEntries(profileId: string, entries: readonly HistoryEntry[], now: number): Promise<void> {
  await historyCache.update((cache) => [...without(cache, profileId), { profileId, savedAt: now, entries: entries.slice(0, CACHED_ENTRIES) }]);
}

/** Replaces one cached post by its new state, when it is cached. */
export async function updateCachedEntry(profileId: string, entry: HistoryEntry): Promise<void> {
  await historyCache.update((cache) => {
    const cached = cache.find((c) => c.profileId === profileId);
    if (!cached?.entries.some((e) => e.id === entry.id)) return cache;
    return [...without(cache, profileId), { ...cached, entries: cached.entries.map((e) => (e.id === entry.id ? entry : e)) }];
  });
}
