import { PLATFORMS } from '../ayrshare/platform-list';
import type { Platform } from '../ayrshare/platforms';
import type { AccountSnapshot } from '../storage/account';
import type { ReachSnapshot } from '../storage/reach';

export interface OfferedNetwork {
  platform: Platform;
  /** The account's name on the network, from the first profile that has it. */
  account?: string;
  /** Its picture (a public https address), when one profile has the network. */
  avatar?: string;
  /** How many follow the accounts a post to this network reaches, when known. */
  followers?: number;
  /** The chosen profiles that have this network linked. */
  profileIds: string[];
}

/**
 * The networks linked to any of the chosen profiles, in Sharebeam's order, marking which profile
 * has which, with each account's name, picture and followers (summed over the chosen profiles:
 * a post reaches them all).
 */
export function offeredNetworks(accounts: readonly AccountSnapshot[], profileIds: readonly string[], reach: readonly ReachSnapshot[] = []): OfferedNetwork[] {
  const chosen = profileIds.flatMap((id) => accounts.filter((a) => a.profileId === id));
  return PLATFORMS.flatMap((platform) => {
    const having = chosen.filter((a) => a.networks.some((n) => n.platform === platform));
    if (having.length === 0) return [];
    const first = having[0]!.networks.find((n) => n.platform === platform);
    const counts = having.map((a) => reach.find((r) => r.profileId === a.profileId)?.value?.find((f) => f.platform === platform)?.followers);
    const known = counts.filter((n): n is number => n !== undefined);
    return [
      {
        platform,
        account: first?.displayName ?? first?.username,
        avatar: having.length === 1 ? first?.userImage : undefined,
        followers: known.length > 0 ? known.reduce((sum, n) => sum + n, 0) : undefined,
        profileIds: having.map((a) => a.profileId),
      },
    ];
  });
}

/**
 * One request per profile, each asking only for the chosen networks that profile has linked:
 * a network another profile lacks is never sent to it.
 */
export function targetsFor(platforms: readonly Platform[], offered: readonly OfferedNetwork[], profileIds: readonly string[]) {
  return profileIds
    .map((profileId) => ({
      profileId,
      platforms: platforms.filter((p) => offered.some((n) => n.platform === p && n.profileIds.includes(profileId))),
    }))
    .filter((target) => target.platforms.length > 0);
}
