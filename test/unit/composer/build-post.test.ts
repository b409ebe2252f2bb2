import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPost } from '@/utils/composer/build-post';
import { networkOptionsBody } from '@/utils/networks/options';
import { EMPTY_DRAFT, type Draft } from '@/utils/composer/draft';
import { NO_FEATURES } from '@/utils/composer/features';
import { scheduleDateUtc } from '@/utils/composer/schedule';

const draft = (over: Partial<Draft> = {}): Draft => ({ ...EMPTY_DRAFT, text: '  Hello <b>world</b>  ', ...over });

describe('the POST /post content of a draft', () => {
  it('sends the text as typed (Ayrshare styles the tags) and only the fields in use', () => {
    expect(buildPost(draft(), ['bluesky'])).toEqual({ content: { post: 'Hello <b>world</b>', platforms: ['bluesky'] } });
  });

  it('maps each post feature to its documented field', () => {
    const features = {
      ...NO_FEATURES,
      requiresApproval: true,
      notes: ' for the client ',
      shortenLinks: true,
      autoHashtag: true,
      hashtagMax: 3,
      hashtagPosition: 'end' as const,
      firstComment: 'More at example.com',
      autoRepost: true,
      repostTimes: 4,
      repostEveryDays: 14,
      unsplash: 'mountains',
    };
    expect(buildPost(draft({ features }), ['linkedin'])).toMatchObject({
      content: {
        requiresApproval: true,
        notes: 'for the client',
        shortenLinks: true,
        autoHashtag: { max: 3, position: 'end' },
        firstComment: { comment: 'More at example.com' },
        autoRepost: { repeat: 4, days: 14 },
        unsplash: 'mountains',
      },
    });
  });

  it('refuses feature values outside Ayrshare’s ranges', () => {
    expect(buildPost(draft({ features: { ...NO_FEATURES, autoHashtag: true, hashtagMax: 11 } }), ['bluesky'])).toEqual({ invalid: 'features' });
    expect(buildPost(draft({ features: { ...NO_FEATURES, autoRepost: true, repostEveryDays: 1 } }), ['bluesky'])).toEqual({ invalid: 'features' });
    // Every 2 days satisfies one doc version only.
    expect(buildPost(draft({ features: { ...NO_FEATURES, autoRepost: true, repostEveryDays: 2 } }), ['bluesky'])).toEqual({ invalid: 'features' });
  });

  it('adds the option objects of the chosen networks only, and image descriptions where networks take them', () => {
    const built = buildPost(
      draft({
        media: ['https://cdn.example/a.jpg', 'https://cdn.example/b.jpg'],
        alts: { 'https://cdn.example/b.jpg': 'A red bicycle' },
        options: { reddit: { title: 'T', subreddit: 'pics' }, youtube: { title: 'Y' } },
      }),
      ['reddit', 'bluesky', 'pinterest'],
      networkOptionsBody,
    );
    expect(built).toEqual({
      content: {
        post: 'Hello <b>world</b>',
        platforms: ['reddit', 'bluesky', 'pinterest'],
        mediaUrls: ['https://cdn.example/a.jpg', 'https://cdn.example/b.jpg'],
        redditOptions: { title: 'T', subreddit: 'pics' },
        blueSkyOptions: { altText: ['', 'A red bicycle'] },
        pinterestOptions: { altText: ['', 'A red bicycle'] },
      },
    });
  });

  it('needs the option rules only when an option of a chosen network is set', () => {
    const options = { youtube: { title: 'Y' } };
    expect(buildPost(draft({ options }), ['bluesky'])).toMatchObject({ content: { platforms: ['bluesky'] } });
    expect(() => buildPost(draft({ options }), ['youtube'])).toThrow(/option rules/);
  });

  it('adds the post to a queue with autoSchedule and its title, leaving out the date set in the draft', () => {
    const built = buildPost(draft({ text: 'Queued', scheduleAt: '2030-01-01T09:30' }), ['bluesky'], undefined, 'Mornings');
    expect(built).toEqual({ content: { post: 'Queued', platforms: ['bluesky'], autoSchedule: { schedule: true, title: 'Mornings' } } });
  });

  it('flags the post as video when a media URL was marked as one', () => {
    expect(buildPost(draft({ media: ['https://cdn.example/clip'], videos: ['https://cdn.example/clip'] }), ['tiktok'])).toMatchObject({
      content: { isVideo: true },
    });
  });
});

describe('scheduling in local time', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('sends the UTC instant of a local date and time, across daylight saving', () => {
    expect(scheduleDateUtc('2026-12-01T09:30')).toBe('2026-12-01T14:30:00Z');
    expect(scheduleDateUtc('2026-07-01T09:30')).toBe('2026-07-01T13:30:00Z');
  });

  it('refuses what is not a date and time', () => {
    expect(scheduleDateUtc('tomorrow')).toBeUndefined();
    expect(scheduleDateUtc('2026-13-45T99:00')).toBeUndefined();
  });

  it('starts a scheduled evergreen series inside autoRepost, with no scheduleDate, which would make Ayrshare ignore it', () => {
    const built = buildPost(draft({ scheduleAt: '2026-12-01T09:30', features: { ...NO_FEATURES, autoRepost: true } }), ['bluesky']);
    expect(built).toMatchObject({ content: { autoRepost: { repeat: 3, days: 7, startDate: '2026-12-01T14:30:00Z' } } });
    expect((built as { content: object }).content).not.toHaveProperty('scheduleDate');
  });
});
