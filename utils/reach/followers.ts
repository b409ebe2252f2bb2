import type { Platform } from '../ayrshare/platforms';
import type { Followers } from '../storage/reach';

/**
 * The networks with account analytics, as Ayrshare's analytics overview lists them (addendum
 * §3a). The others are not asked: a network Ayrshare cannot answer for fails the request.
 */
export const REACH_NETWORKS: readonly Platform[] = ['facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'snapchat', 'threads', 'tiktok', 'twitter', 'youtube'];

/**
 * Where a network's follower count may be, by name: the response of POST /analytics/social is
 * unverified (addendum §3a; third-party notes give `followersCount`, `fanCount`, `followerCount`,
 * `subscriberCount`), so each name is tried, the commonest first.
 */
export const FOLLOWER_FIELDS = ['followersCount', 'followerCount', 'followers', 'followers_count', 'fanCount', 'fansCount', 'fan_count', 'subscriberCount', 'subscribersCount', 'subscribers'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

/** A network's follower count: at its own level, under `analytics`, or one level further down. */
function followersIn(entry: unknown): number | undefined {
  if (!isRecord(entry) || entry.status === 'error') return undefined;
  const first = [entry, entry.analytics].filter(isRecord);
  const places = [...first, ...first.flatMap((place) => Object.values(place).filter(isRecord))];
  for (const name of FOLLOWER_FIELDS) {
    for (const place of places) {
      const found = count(place[name]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The follower count of each asked network that has one in the reply. */
export function followersOf(reply: Record<string, unknown>, platforms: readonly Platform[]): Followers[] {
  return platforms.flatMap((platform) => {
    const raw = reply[platform];
    const followers = followersIn(Array.isArray(raw) ? raw[0] : raw);
    return followers === undefined ? [] : [{ platform, followers }];
  });
}
