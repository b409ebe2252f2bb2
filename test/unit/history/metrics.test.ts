import { describe, expect, it } from 'vitest';
import { analyticsOf, metricsOf } from '@/utils/history/metrics';

describe("a network's numbers under the names it uses", () => {
  it('reads each network\'s own names', () => {
    expect(metricsOf({ likeCount: 12, replyCount: 3, repostCount: 2, quoteCount: 1 })).toEqual({ likes: 12, comments: 3, shares: 2 });
    expect(metricsOf({ reactions: 18, commentsCount: 4, sharesCount: 2, impressions: 400 })).toEqual({ likes: 18, comments: 4, shares: 2, impressions: 400 });
    expect(metricsOf({ ups: 26, numComments: 3, viewCount: 600 })).toEqual({ likes: 26, comments: 3, impressions: 600 });
    expect(metricsOf({ videoViews: 1200, likes: 95, comments: 6, shares: 4 })).toEqual({ likes: 95, comments: 6, shares: 4, impressions: 1200 });
  });

  it('looks one level down, as X nests them', () => {
    expect(metricsOf({ publicMetrics: { likeCount: 5, replyCount: 1, retweetCount: 2, impressionCount: 90 } })).toEqual({
      likes: 5,
      comments: 1,
      shares: 2,
      impressions: 90,
    });
  });

  it('prefers the top level, and ignores what is not a count', () => {
    expect(metricsOf({ likeCount: 7, nested: { likeCount: 9 } }).likes).toBe(7);
    expect(metricsOf({ likeCount: '7', comments: -1, shares: Number.NaN, reactions: { like: 3 } })).toEqual({});
  });
});

describe('POST /analytics/post, network by network', () => {
  it('keeps the networks asked for, in order, with their numbers, link, or words', () => {
    const reply = {
      status: 'error',
      id: 'p1',
      linkedin: { id: 'urn:1', postUrl: 'https://www.linkedin.com/feed/update/urn:1', analytics: { likeCount: 3 } },
      bluesky: { status: 'error', code: 130, message: 'No published Bluesky post for this id.' },
      facebook: 'not an object',
    };
    expect(analyticsOf(reply, ['bluesky', 'linkedin', 'facebook', 'reddit'])).toEqual([
      { platform: 'bluesky', message: 'No published Bluesky post for this id.' },
      { platform: 'linkedin', metrics: { likes: 3 }, postUrl: 'https://www.linkedin.com/feed/update/urn:1' },
    ]);
    expect(analyticsOf('nonsense', ['bluesky'])).toEqual([]);
  });

  it("reads an X thread's first post, X answering one entry per post of the thread", () => {
    const reply = {
      status: 'success',
      twitter: [
        { id: '1', postUrl: 'https://x.com/a/status/1', analytics: { likeCount: 7 } },
        { id: '2', postUrl: 'https://x.com/a/status/2', analytics: { likeCount: 1 } },
      ],
    };
    expect(analyticsOf(reply, ['twitter'])).toEqual([{ platform: 'twitter', metrics: { likes: 7 }, postUrl: 'https://x.com/a/status/1' }]);
  });
});
