// POST /analytics/post (ayrshare-api.md §4.13): per-network numbers for a published post.
// Values are derived from the network's post id and grow with the post's age on the sandbox
// clock, so repeated calls agree and advancing the clock shows growth.
import { createHash } from 'node:crypto';
import { HOUR, MINUTE } from '../clock.ts';
import { ERROR_CODES, badParameters, postNotFound } from '../errors.ts';
import { NETWORK_RULES, PLATFORMS, isPlatform } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { isRecord } from '../seed.ts';
import type { PostRecord } from '../store.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { jsonBody, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

/** Metric names per network and the value each approaches after a couple of days. */
const METRICS: Record<Platform, Record<string, number>> = {
  bluesky: { likeCount: 120, repostCount: 30, replyCount: 15, quoteCount: 5 },
  facebook: { impressions: 4_000, impressionsUnique: 3_100, engagedUsers: 260, clicks: 140, reactions: 180, commentsCount: 24, sharesCount: 12 },
  gmb: { views: 900, clicks: 45, callClicks: 6 },
  instagram: { impressionsCount: 5_200, reachCount: 3_900, likeCount: 410, commentsCount: 28, savedCount: 35, sharesCount: 19 },
  linkedin: { impressionCount: 3_300, uniqueImpressionsCount: 2_500, likeCount: 95, commentCount: 12, shareCount: 9, clickCount: 130 },
  pinterest: { impression: 2_800, save: 60, pinClick: 140, outboundClick: 45 },
  reddit: { ups: 260, downs: 18, numComments: 34, viewCount: 6_000 },
  snapchat: { views: 1_800, viewers: 1_400, shares: 20, screenshots: 11 },
  telegram: { views: 1_200, forwards: 25 },
  threads: { views: 2_600, likes: 190, replies: 21, reposts: 14, quotes: 4 },
  tiktok: { videoViews: 12_000, likes: 950, comments: 64, shares: 48, reach: 9_500 },
  twitter: { impressionCount: 3_600, likeCount: 140, retweetCount: 28, replyCount: 17, quoteCount: 4, bookmarkCount: 11, urlLinkClicks: 52, userProfileClicks: 19 },
  youtube: { views: 7_400, likes: 380, dislikes: 6, comments: 41, shares: 22, estimatedMinutesWatched: 9_800, subscribersGained: 13 },
};

function fraction(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 0xffffffff;
}

function analyticsFor(platform: Platform, socialId: string, ageMs: number): Record<string, number> {
  // A fresh post already has a trickle; most of the reach arrives in the first day.
  const growth = 0.05 + 0.95 * (1 - Math.exp(-ageMs / (12 * HOUR)));
  const values: Record<string, number> = {};
  for (const [name, max] of Object.entries(METRICS[platform])) {
    values[name] = Math.floor(max * (0.4 + 0.6 * fraction(`${socialId}:${name}`)) * growth);
  }
  if (platform === 'reddit') {
    values.score = values.ups! - values.downs!;
    values.upvoteRatio = values.ups! + values.downs! === 0 ? 1 : Math.round((values.ups! / (values.ups! + values.downs!)) * 100) / 100;
  }
  return values;
}

export function postAnalytics(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'analytics');
  if (!isRecord(raw) || typeof raw.id !== 'string') throw badParameters('analytics', '"id" (the Ayrshare Post ID) is required.');
  const requested = raw.platforms ?? [];
  if (!Array.isArray(requested) || !requested.every(isPlatform)) {
    throw badParameters('analytics', `"platforms" must be an array of ${PLATFORMS.join(', ')}.`);
  }

  let record: PostRecord | undefined;
  if (raw.searchPlatformId === true) {
    // A network's own post id, exactly one platform (§4.13).
    if (requested.length !== 1) throw badParameters('analytics', '"searchPlatformId" needs exactly one platform.');
    record = ctx.state.postsOf(ctx.profile).find((r) => r.data.postIds.some((p) => String(p.id) === raw.id && p.platform === requested[0]));
  } else {
    record = ctx.state.findPost(ctx.profile, raw.id);
  }
  if (!record) throw postNotFound('analytics', raw.id);
  const platforms = requested.length > 0 ? requested : record.data.platforms;
  requireXCredentials(ctx.request.headers, platforms);

  const now = ctx.clock.now();
  const body: Record<string, unknown> = { status: 'success', id: record.data.id };
  let failures = 0;
  for (const platform of platforms) {
    const entry = record.data.postIds.find((p) => p.platform === platform && p.status === 'success' && p.id !== 'pending' && !p.deleted);
    if (!entry || record.data.status === 'deleted') {
      failures++;
      body[platform] = {
        status: 'error',
        code: ERROR_CODES.postNotFound,
        message: `No published ${NETWORK_RULES[platform].label} post for this id; analytics are available once the post is live.`,
      };
      continue;
    }
    body[platform] = {
      id: entry.id,
      postUrl: entry.postUrl,
      analytics: analyticsFor(platform, String(entry.id), now - (record.data.publishedAt ?? now)),
      lastUpdated: new Date(now).toISOString(),
      nextUpdate: new Date(now + 10 * MINUTE).toISOString(),
    };
  }
  if (failures > 0) body.status = 'error';
  return reply(body, failures > 0 ? 400 : 200);
}

// ── POST /analytics/social ──────────────────────────────────────────────────────────────────

/**
 * The networks with account analytics, as the analytics overview lists them (addendum §3a:
 * Facebook, Google Business Profile, Instagram, LinkedIn, Pinterest, Reddit, Snapchat, Threads,
 * TikTok, YouTube, X); Bluesky and Telegram answer a per-network error.
 */
const SOCIAL_ANALYTICS: ReadonlySet<Platform> = new Set(['facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'snapchat', 'threads', 'tiktok', 'youtube', 'twitter']);

/**
 * Each network's account numbers under the names third-party notes give them (addendum §3a: the
 * response shape is unverified): the follower count is `fanCount` and `followersCount` on
 * Facebook, `followersCount` on Instagram, Threads and X, `followerCount` on LinkedIn, Pinterest
 * and TikTok, `subscriberCount` on YouTube and Snapchat; Reddit and Google Business Profile have
 * none. Each is a base number for the account plus a little growth per day of the sandbox clock.
 */
const ACCOUNT_FIELDS: Partial<Record<Platform, Record<string, number>>> = {
  facebook: { fanCount: 12_000, followersCount: 12_400, pageImpressions: 40_000, pageEngagedUsers: 2_300 },
  gmb: { views: 3_100, websiteClicks: 240, callClicks: 31 },
  instagram: { followersCount: 8_300, followsCount: 410, mediaCount: 520, impressions: 61_000, reach: 22_000 },
  linkedin: { followerCount: 4_700, impressionCount: 18_000, uniqueImpressionsCount: 9_600 },
  pinterest: { followerCount: 2_100, followingCount: 180, monthlyViews: 31_000 },
  reddit: { linkKarma: 5_400, commentKarma: 2_200 },
  snapchat: { subscriberCount: 3_600, views: 14_000 },
  threads: { followersCount: 5_200, views: 21_000, likes: 3_900 },
  tiktok: { followerCount: 23_000, followingCount: 95, likesCount: 310_000, videoCount: 140 },
  twitter: { followersCount: 15_800, followingCount: 620, tweetCount: 4_100, listedCount: 77 },
  youtube: { subscriberCount: 18_900, viewCount: 1_240_000, videoCount: 230 },
};

function accountNumbers(profileTitle: string, platform: Platform, now: number): Record<string, number> {
  const days = Math.max(0, Math.floor((now - Date.UTC(2025, 0, 1)) / (24 * HOUR)));
  const values: Record<string, number> = {};
  for (const [name, base] of Object.entries(ACCOUNT_FIELDS[platform] ?? {})) {
    const share = 0.3 + 1.4 * fraction(`${profileTitle}:${platform}:${name}`);
    values[name] = Math.floor(base * share + days * base * 0.0005);
  }
  return values;
}

export function socialAnalytics(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'analytics');
  if (!isRecord(raw) || !Array.isArray(raw.platforms) || raw.platforms.length === 0 || !raw.platforms.every(isPlatform)) {
    throw badParameters('analytics', `"platforms" is required: an array of ${PLATFORMS.join(', ')}.`);
  }
  // "userId / userName: X only; API key only — adding Profile-Key → Error 400" (addendum §3a).
  if ((raw.userId !== undefined || raw.userName !== undefined) && ctx.profile.key !== null) {
    throw badParameters('analytics', '"userId" and "userName" take the API key only, without a Profile-Key.');
  }
  const platforms = [...new Set(raw.platforms as Platform[])];
  requireXCredentials(ctx.request.headers, platforms);
  const now = ctx.clock.now();
  const flat = ctx.state.pessimistic.has('socialAnalyticsFlat');
  const body: Record<string, unknown> = { status: 'success' };
  let failures = 0;
  for (const platform of platforms) {
    const label = NETWORK_RULES[platform].label;
    if (!ctx.profile.linked.includes(platform)) {
      failures++;
      body[platform] = { status: 'error', code: ERROR_CODES.notLinked, message: `${label} is not linked. Link it in the Ayrshare dashboard.` };
    } else if (!SOCIAL_ANALYTICS.has(platform)) {
      failures++;
      body[platform] = { status: 'error', code: ERROR_CODES.socialAnalyticsUnavailable, message: `Account analytics are not available for ${label}.` };
    } else {
      const analytics = accountNumbers(ctx.profile.title, platform, now);
      const dates = { lastUpdated: new Date(now).toISOString(), nextUpdate: new Date(now + 10 * MINUTE).toISOString() };
      body[platform] = flat ? { ...analytics, ...dates } : { analytics, ...dates };
    }
  }
  if (failures > 0) body.status = 'error';
  return reply(body, failures > 0 ? 400 : 200);
}
