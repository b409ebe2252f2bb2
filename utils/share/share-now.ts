import type { Browser } from 'wxt/browser';
import { FailureError } from '../ayrshare/failure';
import type { SubmitPost } from '../messaging/protocol';
import * as z from 'zod/mini';
import { PRIMARY_PROFILE_ID, settings } from '../storage/settings';
import { storedValue } from '../storage/stored-value';
import { webPageUrl } from '../urls';
import { cleanTitle, composeText } from './prefill';

/**
 * The composer's memory (storage/composer-memory.ts) and the account cache (storage/account.ts),
 * read here for what share-now acts on only: the worker never writes them, and their whole
 * schemas would weigh in its budget.
 */
const lastProfiles = storedValue('composerMemory', z.looseObject({ profileIds: z.array(z.string()) }), { profileIds: [] });
const linkedAccounts = storedValue('account', z.array(z.looseObject({ profileId: z.string(), networks: z.array(z.looseObject({ platform: z.string() })) })), []);

/**
 * The "share this page now" keyboard command: the page's title and address, posted without
 * opening the composer to the profiles of the last post, each to its default networks (those
 * it still has linked, when known). Features follow the profiles' defaults.
 */
export async function shareNowRequest(tab: Browser.tabs.Tab | undefined): Promise<SubmitPost> {
  const page = { url: webPageUrl(tab?.url), title: cleanTitle(tab?.title) };
  if (!page.url) throw new FailureError({ kind: 'noPageAccess' });
  const [current, memory, accounts] = await Promise.all([settings.get(), lastProfiles.get(), linkedAccounts.get()]);
  const remembered = current.profiles.filter((p) => memory.profileIds.includes(p.id));
  const profiles = remembered.length ? remembered : current.profiles.filter((p) => p.id === PRIMARY_PROFILE_ID);
  const targets = profiles
    .map((profile) => {
      const linked = accounts.find((a) => a.profileId === profile.id)?.networks.map((n) => n.platform);
      return { profileId: profile.id, platforms: profile.defaults.networks.filter((p) => !linked || linked.includes(p)) };
    })
    .filter((target) => target.platforms.length > 0);
  if (targets.length === 0) throw new FailureError({ kind: 'noDefaultNetworks' });
  const any = (flag: 'shortenLinks' | 'requiresApproval') => profiles.some((p) => p.defaults[flag]) || undefined;
  return {
    post: {
      post: composeText(page),
      platforms: [...new Set(targets.flatMap((t) => t.platforms))],
      shortenLinks: any('shortenLinks'),
      requiresApproval: any('requiresApproval'),
      ...(profiles.some((p) => p.defaults.autoHashtag) && { autoHashtag: true }),
    },
    targets,
  };
}
