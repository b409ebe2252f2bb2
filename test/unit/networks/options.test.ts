import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/utils/ayrshare/platforms';
import { networkOptionsBody } from '@/utils/networks/options';
import type { NetworkOptionValues } from '@/utils/networks/types';

const body = (values: NetworkOptionValues, platforms: readonly Platform[] = PLATFORMS) => {
  const result = networkOptionsBody(values, platforms);
  expect(result.problems).toEqual([]);
  return result.body;
};

describe('option values become the documented POST /post fields', () => {
  it.each<[string, NetworkOptionValues, object]>([
    [
      'reddit',
      { reddit: { title: 'Seven things', subreddit: 'webdev', link: 'https://example.com/seven' } },
      { redditOptions: { title: 'Seven things', subreddit: 'webdev', link: 'https://example.com/seven' } },
    ],
    [
      'youtube',
      { youtube: { title: 'Launch', visibility: 'unlisted', shorts: true, madeForKids: false, tags: ['launch', 'demo'] } },
      { youTubeOptions: { title: 'Launch', visibility: 'unlisted', shorts: true, madeForKids: false, tags: ['launch', 'demo'] } },
    ],
    [
      'pinterest',
      { pinterest: { title: 'Pin', boardId: '123456', link: 'https://example.com/p' } },
      { pinterestOptions: { title: 'Pin', boardId: '123456', link: 'https://example.com/p' } },
    ],
    ['instagram story', { instagram: { placement: 'story' } }, { instagramOptions: { stories: true } }],
    ['instagram reel', { instagram: { placement: 'reel', shareReelsFeed: false } }, { instagramOptions: { shareReelsFeed: false } }],
    ['instagram post', { instagram: { placement: 'post' } }, {}],
    [
      'tiktok',
      {
        tiktok: {
          visibility: 'followers',
          disableDuet: true,
          disableStitch: true,
          autoAddMusic: false,
          isAIGenerated: true,
          isBrandedContent: false,
          isBrandOrganic: true,
        },
      },
      {
        tikTokOptions: {
          visibility: 'followers',
          disableDuet: true,
          disableStitch: true,
          autoAddMusic: false,
          isAIGenerated: true,
          isBrandedContent: false,
          isBrandOrganic: true,
        },
      },
    ],
    [
      'gmb',
      { gmb: { callToAction: { actionType: 'learn_more', url: 'https://example.com/menu' } } },
      { gmbOptions: { callToAction: { actionType: 'learn_more', url: 'https://example.com/menu' } } },
    ],
    ['gmb call button, which takes no link', { gmb: { callToAction: { actionType: 'call', url: 'https://x.example' } } }, { gmbOptions: { callToAction: { actionType: 'call' } } }],
    ['facebook reel', { facebook: { reels: true, title: 'Behind the scenes' } }, { faceBookOptions: { reels: true, title: 'Behind the scenes' } }],
    ['facebook post: a title only goes with a reel', { facebook: { reels: false, title: 'Ignored' } }, {}],
    ['snapchat saved story', { snapchat: { placement: 'savedStory' } }, { snapChatOptions: { savedStory: true } }],
    ['snapchat spotlight', { snapchat: { placement: 'spotlight' } }, { snapChatOptions: { spotlight: true } }],
    ['snapchat story, the default', { snapchat: { placement: 'story' } }, {}],
    ['x long post', { twitter: { longPost: true } }, { twitterOptions: { longPost: true } }],
    ['x normal post', { twitter: { longPost: false } }, {}],
    ['linkedin comments off', { linkedin: { disableComments: true } }, { disableComments: true }],
    ['instagram comments off', { instagram: { disableComments: true } }, { disableComments: true }],
    ['tiktok comments off, outside tikTokOptions', { tiktok: { disableComments: true } }, { disableComments: true }],
    ['networks without options', { bluesky: {}, threads: {}, telegram: {} }, {}],
  ])('%s', (_, values, expected) => {
    expect(body(values)).toEqual(expected);
  });

  it('trims text and drops what is empty', () => {
    expect(body({ pinterest: { title: '  Pin  ', boardId: '', link: ' ' }, youtube: { title: 'T', tags: [] } })).toEqual({
      pinterestOptions: { title: 'Pin' },
      youTubeOptions: { title: 'T' },
    });
    expect(body({ reddit: { title: '', subreddit: '' } })).toEqual({});
  });

  it('emits only the selected networks', () => {
    const values: NetworkOptionValues = {
      reddit: { title: 'T', subreddit: 'test' },
      youtube: { title: 'T' },
      linkedin: { disableComments: true },
    };
    expect(body(values, ['youtube'])).toEqual({ youTubeOptions: { title: 'T' } });
    expect(body(values, [])).toEqual({});
  });
});

describe('option values that cannot be sent', () => {
  it.each<[string, NetworkOptionValues, object[]]>([
    ['a Pinterest link that is not a web address', { pinterest: { link: 'example.com/pin' } }, [{ platform: 'pinterest', kind: 'invalidUrl', field: 'link' }]],
    ['a Reddit link over plain http', { reddit: { title: 'T', subreddit: 't', link: 'http://example.com' } }, [{ platform: 'reddit', kind: 'invalidUrl', field: 'link' }]],
    ['a button without its link', { gmb: { callToAction: { actionType: 'book' } } }, [{ platform: 'gmb', kind: 'invalidUrl', field: 'buttonLink' }]],
    ['a Pinterest title over 100 characters', { pinterest: { title: 'p'.repeat(101) } }, [{ platform: 'pinterest', kind: 'optionTooLong', field: 'title', max: 100 }]],
    ['a Facebook reel title over 255 characters', { facebook: { reels: true, title: 'f'.repeat(256) } }, [{ platform: 'facebook', kind: 'optionTooLong', field: 'title', max: 255 }]],
    ['a one-letter YouTube tag', { youtube: { title: 'T', tags: ['ok', 'x'] } }, [{ platform: 'youtube', kind: 'invalidOption', field: 'tags' }]],
    ['YouTube tags over 500 characters in all', { youtube: { title: 'T', tags: Array(60).fill('ten chars!') } }, [{ platform: 'youtube', kind: 'optionTooLong', field: 'tags', max: 500 }]],
    ['a visibility TikTok does not know', { tiktok: { visibility: 'friends' as 'public' } }, [{ platform: 'tiktok', kind: 'invalidOption', field: 'settings' }]],
  ])('%s', (_, values, problems) => {
    const result = networkOptionsBody(values, PLATFORMS);
    expect(result.problems).toEqual(problems);
    expect(result.body).toEqual({});
  });

  it('leaves the rules the live checks own to them, so nothing is reported twice', () => {
    const values: NetworkOptionValues = { reddit: { title: 'r'.repeat(400), subreddit: '/r/test' }, youtube: { title: '<b>' } };
    expect(networkOptionsBody(values, ['reddit', 'youtube']).problems).toEqual([]);
  });

  it('a network with a problem keeps the others going', () => {
    const result = networkOptionsBody({ pinterest: { link: 'nope' }, twitter: { longPost: true } }, ['pinterest', 'twitter']);
    expect(result.body).toEqual({ twitterOptions: { longPost: true } });
    expect(result.problems.map((p) => p.platform)).toEqual(['pinterest']);
  });
});
