import * as z from 'zod/mini';
import { ask } from '../ayrshare/ask';
import { FailureError } from '../ayrshare/failure';
import { PLATFORMS } from '../ayrshare/platforms';
import { UserReply } from '../ayrshare/replies';
import { cleanTitle } from '../share/prefill';
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
    return { platform, displayName: cleanTitle(about?.displayName), username: cleanTitle(about?.username) };
  });
  return { profileId, networks, title: cleanTitle(title), fetchedAt };
}

/** Fetches a profile's linked networks and keeps them as the snapshot the popup opens with. */
export async function refreshAccount(profileId: string): Promise<AccountSnapshot> {
  const reply = await ask(profileId, 'user', {});
  const snapshot = snapshotOf(profileId, reply, Date.now());
  await accountCache.update((cache) => withSnapshot(cache, snapshot));
  return snapshot;
}
