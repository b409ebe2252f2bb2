import * as z from 'zod/mini';
import { isPlatform, type Platform } from '../ayrshare/platforms';
import { publicHttpsUrl } from '../urls';
import { NetworkAnalyticsReply, PerNetworkReply } from '../ayrshare/replies';

/**
 * POST /analytics/post answers per network with that network's own metric names (§4.13):
 * `likeCount` on X and Bluesky, `reactions` on Facebook, `ups` on Reddit, `videoViews` on
 * TikTok… Some nest them one level down (X's `publicMetrics`). The page shows four numbers per
 * network; each is read from the first name the network uses for it.
 */
export const METRICS = ['likes', 'comments', 'shares', 'impressions'] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Partial<Record<Metric, number>>;

const NAMES: Record<Metric, readonly string[]> = {
  likes: ['likeCount', 'likes', 'likesCount', 'favoriteCount', 'reactions', 'reactionsCount', 'ups'],
  comments: ['commentsCount', 'commentCount', 'comments', 'replyCount', 'replies', 'repliesCount', 'numComments'],
  shares: ['sharesCount', 'shareCount', 'shares', 'retweetCount', 'repostCount', 'reposts', 'forwards'],
  impressions: ['impressionsCount', 'impressionCount', 'impressions', 'impression', 'views', 'viewCount', 'videoViews', 'viewsCount'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The four numbers found in one network's `analytics` object (top level first, then one level down). */
export function metricsOf(analytics: Record<string, unknown>): Metrics {
  const places = [analytics, ...Object.values(analytics).filter(isRecord)];
  const metrics: Metrics = {};
  for (const metric of METRICS) {
    for (const place of places) {
      const found = NAMES[metric].map((name) => count(place[name])).find((n) => n !== undefined);
      if (found !== undefined) {
        metrics[metric] = found;
        break;
      }
    }
  }
  return metrics;
}

export interface NetworkAnalytics {
  platform: Platform;
  metrics?: Metrics;
  postUrl?: string;
  /** The network's reason when it has no numbers. */
  message?: string;
}

/** Every network of the reply, in the order asked for. */
export function analyticsOf(reply: unknown, platforms: readonly Platform[]): NetworkAnalytics[] {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return [];
  return platforms.flatMap((platform): NetworkAnalytics[] => {
    if (!isPlatform(platform)) return [];
    // An X thread answers one entry per post of the thread (ayrshare-api-addendum.md §4): the
    // numbers shown are its first post's.
    const raw = parsed.data[platform];
    const entry = z.safeParse(NetworkAnalyticsReply, Array.isArray(raw) ? raw[0] : raw);
    if (!entry.success) return [];
    const { analytics, postUrl, status, message } = entry.data;
    if (!analytics || status === 'error') return [{ platform, message }];
    return [{ platform, metrics: metricsOf(analytics), postUrl: publicHttpsUrl(postUrl) }];
  });
}
