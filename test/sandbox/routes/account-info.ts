// GET /user (ayrshare-api.md §4.1) and GET /profiles (§4.11).
import type { Profile } from '../account.ts';
import { DAY, MINUTE, firestoreTimestamp } from '../clock.ts';
import { isPlatform } from '../platforms.ts';
import type { SandboxState } from '../store.ts';
import { queryList, queryValue, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

export function getUser(ctx: ApiContext): ApiReply {
  const { profile, state } = ctx;
  const now = ctx.clock.now();
  const withInstagramQuota = ['instagramQuota', 'instagramDetails'].some((k) => queryValue(ctx.request.query, k) === 'true');
  const displayNames = [...profile.accounts.values()].map((account) => ({
    ...account,
    ...(account.platform === 'instagram' && withInstagramQuota ? { usedQuota: instagramPostsLastDay(state, profile, now) } : {}),
  }));
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  return reply({
    // Omitted, not empty, when nothing is linked (§4.1 ⚠).
    ...(profile.linked.length > 0 ? { activeSocialAccounts: profile.linked } : {}),
    displayNames,
    title: profile.title,
    refId: profile.refId,
    created: firestoreTimestamp(profile.created),
    createdUTC: new Date(profile.created).toISOString(),
    lastApiCall: new Date(now).toISOString(),
    monthlyPostCount: state.postsOf(profile).filter((r) => r.data.created >= monthStart).length,
    messagingActive: false,
  });
}

function instagramPostsLastDay(state: SandboxState, profile: Profile, now: number): number {
  return state.postsOf(profile).filter((r) =>
    (r.data.publishedAt ?? -Infinity) > now - DAY && r.data.postIds.some((p) => p.platform === 'instagram' && p.status === 'success')).length;
}

/** User Profiles of the account; never their keys, never the Primary Profile (§4.11). */
export function listProfiles(ctx: ApiContext): ApiReply {
  const { query } = ctx.request;
  const now = ctx.clock.now();
  const title = queryValue(query, 'title');
  const refId = queryValue(query, 'refId');
  const hasActive = queryValue(query, 'hasActiveSocialAccounts');
  const includes = queryList(query, ['includesActiveSocialAccounts']).filter(isPlatform);
  const keys = queryList(query, ['profileKeys']);
  const limit = Math.min(Math.max(1, Number(queryValue(query, 'limit')) || 5_000), 5_000);

  const profiles = [...ctx.state.account.userProfiles.entries()]
    .filter(([key, p]) =>
      (title === undefined || p.title === title) &&
      (refId === undefined || p.refId === refId) &&
      (hasActive === undefined || (hasActive === 'true') === p.linked.length > 0) &&
      includes.every((n) => p.linked.includes(n)) &&
      (keys.length === 0 || keys.includes(key)))
    .slice(0, limit)
    .map(([, p]) => ({
      status: p.suspended ? 'suspended' : 'active',
      title: p.title,
      displayTitle: p.title,
      created: firestoreTimestamp(p.created),
      createdUTC: new Date(p.created).toISOString(),
      refId: p.refId,
      ...(p.linked.length > 0 ? { activeSocialAccounts: p.linked } : {}),
      suspended: p.suspended,
    }));
  return reply({
    profiles,
    count: profiles.length,
    lastUpdated: new Date(now).toISOString(),
    nextUpdate: new Date(now + MINUTE).toISOString(),
    pagination: { hasMore: false, nextCursor: null, limit },
  });
}
