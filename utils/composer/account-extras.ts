import type { Platform } from '../ayrshare/platforms';
import { LIBRARY_FRESH_MS, refreshLibrary } from '../media/library';
import { refreshSchedules, SCHEDULES_FRESH_MS } from '../queue/schedules';

export { queueChoice } from '../queue/choice';
import { reachNetworks, refreshReach } from '../reach/refresh';
import type { AccountSnapshot } from '../storage/account';
import { libraryCache } from '../storage/media-library';
import { isFresh } from '../storage/profile-cache';
import type { ReachSnapshot } from '../storage/reach';
import { scheduleCache, type ScheduleSnapshot } from '../storage/schedules';

/**
 * What the composer keeps beside each profile's networks, loaded after its first paint: the
 * posting schedules (for Add to queue), the follower counts and the media library. Each is asked
 * again in the background only when older than it may be (an hour, a day, ten minutes).
 */

export function cachedSchedules(): Promise<ScheduleSnapshot[]> {
  return scheduleCache.get();
}

/** The chosen profiles' schedules, asked again when older than `maxAgeMs` (a plan's refusal: `refusedForMs`); resolves with the whole cache. */
export async function freshSchedules(
  profileIds: readonly string[],
  known: readonly ScheduleSnapshot[],
  maxAgeMs = SCHEDULES_FRESH_MS,
  refusedForMs?: number,
  now = Date.now(),
): Promise<ScheduleSnapshot[]> {
  const stale = profileIds.filter((id) => !isFresh(known.find((s) => s.profileId === id), maxAgeMs, now, refusedForMs));
  if (stale.length > 0) await refreshSchedules(stale, now);
  return scheduleCache.get();
}

/** The chosen profiles' follower counts, asked again when a day old; undefined when nothing changed. */
export function freshReach(profileIds: readonly string[], accounts: readonly AccountSnapshot[], known: readonly ReachSnapshot[], xKeysSet: boolean): Promise<ReachSnapshot[] | undefined> {
  const requests = profileIds.flatMap((profileId) => {
    const linked: Platform[] = accounts.find((a) => a.profileId === profileId)?.networks.map((n) => n.platform) ?? [];
    return linked.length > 0 ? [{ profileId, platforms: reachNetworks(linked, xKeysSet) }] : [];
  });
  return refreshReach(requests, known);
}

/** The library of the profile uploads go to, asked again when stale (the Library tab shows the cache meanwhile). */
export async function freshLibrary(profileId: string, now = Date.now()): Promise<void> {
  const known = (await libraryCache.get()).find((s) => s.profileId === profileId);
  if (!isFresh(known, LIBRARY_FRESH_MS, now)) await refreshLibrary(profileId, now).catch(() => undefined);
}
