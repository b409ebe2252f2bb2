import { batch, computed, signal } from '@preact/signals';
import { failureOf, type Failure } from '../ayrshare/failure';
import { outbox } from '../storage/outbox';
import { watchValue } from '../storage/stored-value';
import { DEFAULT_SETTINGS, PRIMARY_PROFILE_ID, settings, type Settings } from '../storage/settings';
import { historyApi, type HistoryApi } from './api';
import { cachedHistory, cacheEntries, updateCachedEntry } from './cache';
import type { HistoryEntry } from './entry';
import { appendPage, hasFilters, matchesFilters, mayHaveMore, nextPageStart, type HistoryFilters } from './query';
import { sentFromHere } from './sent-here';

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/**
 * The history page's state: which profile and filters, the posts shown, and what the page is
 * waiting for. Cached posts appear at once; every read replaces them with Ayrshare's answer.
 */
export function createHistory(now: () => number = Date.now, opened: { profileId?: string; postId?: string } = {}) {
  const config = signal<Settings>(DEFAULT_SETTINGS);
  const ready = signal(false);
  const profileId = signal(opened.profileId ?? PRIMARY_PROFILE_ID);
  /** The post the page was opened for (from a notification): shown first in view. */
  const focusPostId = opened.postId;
  const filters = signal<HistoryFilters>({});
  const entries = signal<HistoryEntry[]>([]);
  /** When the posts shown are the cached ones: when they were read. */
  const cachedAt = signal<number | undefined>(undefined);
  const loading = signal(false);
  const loadingMore = signal(false);
  const listFailure = signal<Failure | undefined>(undefined);
  const more = signal(false);
  const sentHere = signal<Set<string>>(new Set());
  const api = computed<HistoryApi>(() => historyApi(profileId.value, hostOf(config.value.baseUrl)));
  /** Posts retried from this browser: Ayrshare retries once. */
  const retried = new Set<string>();
  /** Only the newest read may change the list: a slow answer for an older choice is dropped. */
  let generation = 0;

  const marked = (list: readonly HistoryEntry[]) => list.map((e) => (retried.has(e.id) && !e.retried ? { ...e, retried: true } : e));

  async function load(): Promise<void> {
    const current = ++generation;
    const profile = profileId.value;
    const chosen = filters.value;
    const cached = await cachedHistory(profile);
    // Ayrshare's reply does not always say a post was retried; this browser remembers.
    for (const entry of cached.entries) if (entry.retried) retried.add(entry.id);
    if (current !== generation) return;
    const shown = cached.entries.filter((e) => matchesFilters(e, chosen));
    batch(() => {
      if (entries.value.length === 0 && shown.length > 0) {
        entries.value = shown;
        cachedAt.value = cached.savedAt;
      }
      loading.value = true;
    });
    try {
      const page = await api.value.list(chosen);
      if (current !== generation) return;
      const fresh = marked(page.entries);
      batch(() => {
        entries.value = fresh.filter((e) => matchesFilters(e, chosen));
        more.value = mayHaveMore(page.pageLength, fresh.length);
        listFailure.value = undefined;
        cachedAt.value = undefined;
      });
      if (!hasFilters(chosen)) await cacheEntries(profile, fresh, now());
    } catch (error) {
      if (current === generation) listFailure.value = failureOf(error);
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    const before = nextPageStart(entries.value);
    if (before === undefined) {
      more.value = false;
      return;
    }
    const current = generation;
    const chosen = filters.value;
    loadingMore.value = true;
    try {
      const page = await api.value.list(chosen, before);
      if (current !== generation) return;
      const shown = entries.value;
      const next = appendPage(shown, marked(page.entries).filter((e) => matchesFilters(e, chosen)));
      const added = appendPage(shown, page.entries).length - shown.length;
      batch(() => {
        entries.value = next;
        more.value = mayHaveMore(page.pageLength, added);
        listFailure.value = undefined;
      });
    } catch (error) {
      if (current === generation) listFailure.value = failureOf(error);
    } finally {
      loadingMore.value = false;
    }
  }

  /** Shows a post as Ayrshare now reports it. */
  function replace(entry: HistoryEntry): void {
    const [next] = marked([entry]);
    entries.value = entries.value.map((e) => (e.id === next!.id ? next! : e));
    void updateCachedEntry(profileId.value, next!);
  }

  /** Reads one post again, after an action on it succeeded or was refused. */
  async function reread(id: string): Promise<HistoryEntry> {
    const entry = await api.value.get(id);
    replace(entry);
    return entry;
  }

  function noteRetried(id: string): void {
    retried.add(id);
    const entry = entries.value.find((e) => e.id === id);
    if (entry) replace(entry);
  }

  function chooseProfile(id: string): void {
    if (id === profileId.value) return;
    batch(() => {
      profileId.value = id;
      entries.value = [];
      more.value = false;
      listFailure.value = undefined;
      sentHere.value = new Set();
    });
    void refreshSentHere();
    void load();
  }

  function chooseFilters(next: HistoryFilters): void {
    batch(() => {
      filters.value = next;
      // What is already shown and matches stays while the filtered list loads.
      entries.value = entries.value.filter((e) => matchesFilters(e, next));
      more.value = false;
    });
    void load();
  }

  async function refreshSentHere(): Promise<boolean> {
    const ids = sentFromHere(await outbox.get(), profileId.value);
    const grew = [...ids].some((id) => !sentHere.value.has(id));
    sentHere.value = ids;
    return grew;
  }

  /** Reads settings and the outbox, shows the cached posts and reads the newest; follows changes. */
  async function start(): Promise<() => void> {
    config.value = await settings.get();
    if (!config.value.profiles.some((p) => p.id === profileId.value)) profileId.value = PRIMARY_PROFILE_ID;
    ready.value = true;
    await refreshSentHere();
    const stops = [
      watchValue(settings, (next) => {
        config.value = next;
        if (!next.profiles.some((p) => p.id === profileId.value)) chooseProfile(PRIMARY_PROFILE_ID);
      }),
      // A post sent from the popup while this page is open shows up here.
      watchValue(outbox, () => {
        void refreshSentHere().then((grew) => {
          if (grew) void load();
        });
      }),
    ];
    if (config.value.apiKeySet) void load();
    return () => stops.forEach((stop) => stop());
  }

  return {
    focusPostId,
    config,
    ready,
    profileId,
    filters,
    entries,
    cachedAt,
    loading,
    loadingMore,
    listFailure,
    more,
    sentHere,
    api,
    start,
    load,
    loadMore,
    reread,
    replace,
    noteRetried,
    chooseProfile,
    chooseFilters,
  };
}

export type HistoryModel = ReturnType<typeof createHistory>;
