import { ask } from '../ayrshare/ask';
import { failureOf } from '../ayrshare/failure';
import { byPlan, isPlanRefusal } from '../ayrshare/plan';
import { msOf } from '../ayrshare/post-reply';
import { libraryCache, type LibraryItem, type LibrarySnapshot } from '../storage/media-library';
import { withProfileSnapshot } from '../storage/profile-cache';
import { publicHttpsUrl } from '../urls';

const VIDEO = /\.(mp4|mov|m4v|webm|avi|mpe?g)$/i;
const IMAGE = /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp)$/i;

/** What a file is, by its name or address (GET /media gives no type, addendum §2c). */
export function kindOf(name: string, url: string): LibraryItem['kind'] {
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  if (VIDEO.test(name) || VIDEO.test(path)) return 'video';
  if (IMAGE.test(name) || IMAGE.test(path) || /-(jpe?g|png|gif|webp)$/i.test(path)) return 'image';
  return 'other';
}

function bytesOf(size: unknown): number | undefined {
  const n = typeof size === 'string' && /^\d+$/.test(size.trim()) ? Number(size) : size;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * The files of GET /media (addendum §2c: a bare array; `size` a string), newest first. Only
 * files at a public https address are kept, and none that expired; one that cannot be read
 * is left out rather than hiding the others.
 */
export function libraryOf(reply: readonly unknown[], now: number): LibraryItem[] {
  const items = reply.flatMap((raw): LibraryItem[] => {
    const item = raw as Record<string, unknown> | null;
    const url = publicHttpsUrl(typeof item?.url === 'string' ? item.url : undefined);
    if (!item || !url) return [];
    const expiresAt = msOf(item.expiresAt);
    if (expiresAt !== undefined && expiresAt <= now) return [];
    const name = typeof item.fileName === 'string' && item.fileName.trim() ? item.fileName.trim().slice(0, 200) : decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
    const description = typeof item.description === 'string' && item.description.trim() ? item.description.trim().slice(0, 500) : undefined;
    return [{ url, name, kind: kindOf(name, url), size: bytesOf(item.size), createdAt: msOf(item.timeCreated), expiresAt, ...(description && { description }) }];
  });
  return items.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
}

/** The files whose name or description holds every word of the search, ignoring case and accents. */
export function searchLibrary(items: readonly LibraryItem[], query: string): LibraryItem[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const text = fold(`${item.name} ${item.description ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}

/**
 * Asks Ayrshare for a profile's library and keeps it. A plan without a library is kept as the
 * explanation to show; any other failure leaves what was known, and is thrown.
 */
export async function refreshLibrary(profileId: string, now = Date.now()): Promise<LibrarySnapshot> {
  let snapshot: LibrarySnapshot;
  try {
    snapshot = { profileId, fetchedAt: now, value: libraryOf(await ask(profileId, 'mediaLibrary', {}), now) };
  } catch (error) {
    const failure = byPlan('library', failureOf(error));
    if (!isPlanRefusal(failure)) throw error;
    snapshot = { profileId, fetchedAt: now, failure };
  }
  // Uploads made since the request left are kept: the next answer will list them.
  await libraryCache.update((cache) => {
    const before = cache.find((s) => s.profileId === profileId)?.value ?? [];
    const value = snapshot.value && [...before.filter((item) => (item.createdAt ?? 0) > now && !snapshot.value!.some((i) => i.url === item.url)), ...snapshot.value];
    return withProfileSnapshot(cache, value ? { ...snapshot, value } : snapshot);
  });
  return snapshot;
}

/** An upload made from the composer joins the library at once (Ayrshare lists it from now on). */
export async function rememberUpload(profileId: string, item: LibraryItem): Promise<void> {
  await libraryCache.update((cache) => {
    const before = cache.find((s) => s.profileId === profileId);
    const value = [item, ...(before?.value ?? []).filter((i) => i.url !== item.url)];
    return withProfileSnapshot(cache, { profileId, fetchedAt: before?.value ? before.fetchedAt : 0, value });
  });
}
