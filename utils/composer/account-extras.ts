import type { Platform } from '../ayrshare/platforms';
import { refreshLibrary } from '../media/library';
import { refreshSchedules } from '../queue/schedules';
import { reachNetworks, refreshReach } from '../reach/refresh';
import type { AccountSnapshot } from '../storage/account';
import { isFresh, LIBRARY_FRESH_MS, SCHEDULES_FRESH_MS } from '../storage/freshness';
import { libraryCache } from '../storage/media-library';
import type { ReachSnapshot } from '../storage/reach';
import { withProfileSnapshot } from '../storage/profile-cache';
import type { ScheduleSnapshot } from '../storage/schedules';

/**
 * Asking Ayrshare again for what the composer keeps beside each profile's networks: the posting
 * schedules (for Add to queue), the follower counts and the media library. Loaded only once one
 * of them is due (see extrasDue) or Add to queue needs the schedules now.
 */

/**
 * The chosen profiles' schedules, asked again when older than `maxAgeMs` (a plan's refusal:
 * `refusedForMs`): what was known, with what Ayrshare said now in place of it.
 */
export async function freshSchedules(
  profileIds: readonly string[],
  known: readonly ScheduleSnapshot[],
  maxAgeMs = SCHEDULES_FRESH_MS,
  refusedForMs?: number,
  now = Date.now(),
): Promise<ScheduleSnapshot[]> {
  const stale = profileIds.filter((id) => !isFresh(known.find((s) => s.profileId === id), maxAgeMs, now, refusedForMs));
  return stale.length === 0 ? [...known] : (await refreshSchedules(stale, now)).reduce(withProfileSnapshot, [...known]);
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
