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
