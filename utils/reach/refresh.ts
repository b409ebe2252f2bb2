import { ask } from '../ayrshare/ask';
import { failureOf, type Failure } from '../ayrshare/failure';
import { byPlan, isPlanRefusal } from '../ayrshare/plan';
import type { Platform } from '../ayrshare/platforms';
import { isFresh, REACH_FRESH_MS } from '../storage/freshness';
import { withProfileSnapshot } from '../storage/profile-cache';
import { reachCache, type Followers, type ReachSnapshot } from '../storage/reach';
import { followersOf, REACH_NETWORKS } from './followers';

/** What to ask about for a profile: its linked networks that have account analytics, and X only with the X app's keys (ayrshare-api.md §2.4). */
export function reachNetworks(linked: readonly Platform[], xKeysSet: boolean): Platform[] {
  return linked.filter((p) => REACH_NETWORKS.includes(p) && (xKeysSet || p !== 'twitter'));
}

/**
 * One profile's follower counts (POST /analytics/social). A network that fails makes the whole
 * request fail (as POST /analytics/post does): the networks are then asked one by one, so one
 * account without analytics does not hide the others'.
 */
export async function followersFor(profileId: string, platforms: Platform[]): Promise<Followers[]> {
  const ask1 = async (list: Platform[]) => followersOf(await ask(profileId, 'accountAnalytics', { json: { platforms: list } }), list);
  try {
    return await ask1(platforms);
  } catch (error) {
    if (platforms.length < 2 || failureOf(error).kind !== 'rejected') throw error;
    const each = await Promise.allSettled(platforms.map((p) => ask1([p])));
    return each.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
  }
}

export interface ReachRequest {
  profileId: string;
  platforms: Platform[];
}

/**
 * Asks for the follower counts of the profiles whose counts are older than a day (or never
 * known), and keeps them in one write. A plan without account analytics is kept as the
 * explanation to show; other failures keep what was known. Resolves with the whole cache.
 */
export async function refreshReach(requests: readonly ReachRequest[], cached: readonly ReachSnapshot[], now = Date.now()): Promise<ReachSnapshot[] | undefined> {
  const due = requests.filter((r) => r.platforms.length > 0 && !isFresh(cached.find((s) => s.profileId === r.profileId), REACH_FRESH_MS, now));
  if (due.length === 0) return undefined;
  const outcomes = await Promise.allSettled(due.map((r) => followersFor(r.profileId, r.platforms)));
  const fresh = outcomes.flatMap((outcome, i): ReachSnapshot[] => {
    const { profileId } = due[i]!;
    if (outcome.status === 'fulfilled') return [{ profileId, fetchedAt: now, value: outcome.value }];
    const failure: Failure = byPlan('reach', failureOf(outcome.reason));
    return isPlanRefusal(failure) ? [{ profileId, fetchedAt: now, failure }] : [];
  });
  if (fresh.length === 0) return undefined;
  return reachCache.update((cache) => fresh.reduce(withProfileSnapshot, cache));
}
