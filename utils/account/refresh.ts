import * as z from 'zod/mini';
import { ask } from '../ayrshare/ask';
import { FailureError } from '../ayrshare/failure';
import { PLATFORMS } from '../ayrshare/platforms';
import { UserReply } from '../ayrshare/replies';
import { cleanTitle } from '../share/prefill';
import { publicHttpsUrl } from '../urls';
import { accountCache, withSnapshot, type AccountSnapshot } from '../storage/account';

/** The linked networks of a GET /user reply, with their display names; unknown platforms are left out. */
export function snapshotOf(profileId: string, reply: unknown, fetchedAt: number): AccountSnapshot {
  const user = z.safeParse(UserReply, reply);
  if (!user.success) throw new FailureError({ kind: 'malformed' });
  const { activeSocialAccounts = [], displayNames = [], title } = user.data;
  // Listed in Sharebeam's order (by name), whatever order Ayrshare answers in.
  const networks = PLATFORMS.filter((p) => activeSocialAccounts.includes(p)).map((platform) => {
    const about = displayNames.find((d) => d.platform === platform);
    // Shown beside each network: a server's text, so one bounded line like any untrusted title.
    const userImage = publicHttpsUrl(about?.userImage);
    return { platform, displayName: cleanTitle(about?.displayName), username: cleanTitle(about?.username), ...(userImage && { userImage }) };
  });
  return { profileId, networks, title: cleanTitle(title), fetchedAt };
}

/**
 * Fetches profiles' linked networks at once and keeps them, as the snapshots the popup opens
 * with, in one write of the cache (one read and one check of the whole cache, not one per
 * profile). One profile failing does not keep the others' from being kept.
 */
export async function refreshAccounts(profileIds: readonly string[]): Promise<Array<PromiseSettledResult<AccountSnapshot>>> {
  const outcomes = await Promise.allSettled(
    profileIds.map(async (profileId) => snapshotOf(profileId, await ask(profileId, 'user', {}), Date.now())),
  );
  const fetched = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  if (fetched.length > 0) await accountCache.update((cache) => fetched.reduce(withSnapshot, cache));
  return outcomes;
}
