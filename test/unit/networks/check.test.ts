import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/utils/ayrshare/platforms';
import { checkDraft } from '@/utils/networks/check';
import type { DraftMedia, NetworkOptionValues, RulesInput } from '@/utils/networks/types';

const image = (ext = 'jpg', i = 0): DraftMedia => ({ url: `https://cdn.example/photo${i}.${ext}`, kind: 'image', ext });
const images = (n: number, ext = 'jpg') => Array.from({ length: n }, (_, i) => image(ext, i));
const video = (i = 0): DraftMedia => ({ url: `https://cdn.example/clip${i}.mp4`, kind: 'video', ext: 'mp4' });
const gif: DraftMedia = { url: 'https://cdn.example/loop.gif', kind: 'gif', ext: 'gif' };
const pdf: DraftMedia = { url: 'https://cdn.example/deck.pdf', kind: 'document', ext: 'pdf' };

/** A draft each network publishes as it is: the starting point every row changes one thing of. */
const VALID: Record<Platform, RulesInput> = {
  bluesky: { text: 'Hello', media: [], options: {} },
  facebook: { text: 'Hello', media: [], options: {} },
  gmb: { text: 'Hello', media: [], options: {} },
  instagram: { text: 'Hello', media: [image()], options: {} },
  linkedin: { text: 'Hello', media: [], options: {} },
  pinterest: { text: 'Hello', media: [image()], options: {} },
  reddit: { text: 'Hello', media: [], options: { reddit: { title: 'A title', subreddit: 'test' } } },
  snapchat: { text: 'Hello', media: [video()], options: {} },
  telegram: { text: 'Hello', media: [], options: {} },
  threads: { text: 'Hello', media: [], options: {} },
  tiktok: { text: 'Hello', media: [image()], options: {} },
  twitter: { text: 'Hello', media: [], options: {} },
  youtube: { text: 'Hello', media: [video()], options: { youtube: { title: 'A title' } } },
};

function check(platform: Platform, change: Partial<RulesInput> = {}) {
  return checkDraft({ ...VALID[platform], ...change }, [platform]);
}
const kinds = (platform: Platform, change: Partial<RulesInput> = {}) => check(platform, change).problems.map((p) => p.kind);
const warningKinds = (platform: Platform, change: Partial<RulesInput> = {}) => check(platform, change).warnings.map((p) => p.kind);
const withOptions = (platform: Platform, options: NetworkOptionValues) => ({ options: { ...VALID[platform].options, ...options } });

describe('a draft every network takes', () => {
  it.each(PLATFORMS)('%s: no problem, no warning', (platform) => {
    expect(check(platform)).toMatchObject({ problems: [], warnings: [] });
  });

  it('flags an empty draft on every selected network', () => {
    const result = checkDraft({ text: '  \n ', media: [], options: {} }, ['bluesky', 'facebook']);
    expect(result.problems).toEqual([
      { platform: 'bluesky', kind: 'empty' },
      { platform: 'facebook', kind: 'empty' },
    ]);
  });
});

describe('media without text, and X without its app keys', () => {
  // "post": "" publishes media only where the docs say so: X ("media-only posts allowed") and
  // Reddit (an image post has no body) (ayrshare-api.md §6.3).
  it.each(PLATFORMS)('%s: media alone is allowed only where the docs allow it', (platform) => {
    const media = VALID[platform].media.length ? VALID[platform].media : [image()];
    const mediaOnly = platform === 'twitter' || platform === 'reddit';
    expect(kinds(platform, { text: '', media })).toEqual(mediaOnly ? [] : ['needsText']);
  });

  it('blocks X, and only X, when the X app keys are not saved', () => {
    const result = checkDraft({ text: 'Hello', media: [], options: {}, xKeysSaved: false }, ['bluesky', 'twitter']);
    expect(result.problems).toEqual([{ platform: 'twitter', kind: 'xKeysMissing' }]);
    expect(checkDraft({ text: 'Hello', media: [], options: {}, xKeysSaved: true }, ['twitter']).problems).toEqual([]);
  });
});

describe('text limits, with one counter per selected network', () => {
  it.each([
    ['bluesky', 300],
    ['facebook', 63_206],
    ['gmb', 1_500],
    ['instagram', 2_200],
    ['linkedin', 3_000],
    ['pinterest', 500],
    ['reddit', 10_000],
    ['snapchat', 500],
    ['threads', 500],
    ['tiktok', 2_200],
    ['twitter', 280],
    ['youtube', 5_000],
  ] as const)('%s takes %i characters and refuses one more', (platform, limit) => {
    expect(check(platform, { text: 'a'.repeat(limit) })).toMatchObject({ counters: [{ platform, used: limit, limit }], problems: [] });
    expect(check(platform, { text: 'a'.repeat(limit + 1) }).problems).toEqual([{ platform, kind: 'tooLong', used: limit + 1, limit }]);
  });

  it('telegram cuts text after 1,024 characters: a warning, and the post is still sent', () => {
    const result = check('telegram', { text: 'a'.repeat(1_025) });
    expect(result).toMatchObject({ counters: [{ used: 1_025, limit: 1_024 }], problems: [] });
    expect(result.warnings).toEqual([{ platform: 'telegram', kind: 'truncated', max: 1_024 }]);
  });

  it('counts the text as sent, without the spaces around it', () => {
    expect(check('twitter', { text: `  ${'a'.repeat(280)}\n\n` }).problems).toEqual([]);
  });

  it('counts each network its own way: 150 emoji fit Bluesky, not X', () => {
    const result = checkDraft({ text: '🦋'.repeat(150), media: [], options: {} }, ['bluesky', 'twitter', 'threads']);
    expect(result.counters).toEqual([
      { platform: 'bluesky', used: 150, limit: 300 },
      { platform: 'twitter', used: 300, limit: 280 },
      { platform: 'threads', used: 600, limit: 500 },
    ]);
    expect(result.problems.map((p) => p.platform)).toEqual(['twitter', 'threads']);
  });

  it('X takes 25,000 characters once long posts are on (X Premium)', () => {
    const text = 'a'.repeat(5_000);
    expect(check('twitter', { text, options: { twitter: { longPost: true } } })).toMatchObject({
      counters: [{ used: 5_000, limit: 25_000 }],
      problems: [],
    });
  });

  it('a Snapchat Spotlight shows 160 characters and cuts the rest', () => {
    const result = check('snapchat', { text: 'a'.repeat(200), options: { snapchat: { placement: 'spotlight' } } });
    expect(result.counters).toEqual([{ platform: 'snapchat', used: 200, limit: 160 }]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([{ platform: 'snapchat', kind: 'truncated', max: 160 }]);
  });
});

describe('media a network needs', () => {
  it.each(['instagram', 'pinterest', 'snapchat', 'tiktok'] as const)('%s needs an image or a video', (platform) => {
    expect(kinds(platform, { media: [] })).toEqual(['needsMedia']);
  });

  it.each(['bluesky', 'facebook', 'gmb', 'linkedin', 'reddit', 'telegram', 'threads', 'twitter'] as const)('%s takes text alone', (platform) => {
    expect(kinds(platform, { media: [] })).toEqual([]);
  });

  it.each([
    ['no media', []],
    ['an image', [image()]],
    ['two videos', [video(0), video(1)]],
  ])('youtube needs exactly one video: refuses %s', (_, media) => {
    expect(check('youtube', { media }).problems).toEqual([{ platform: 'youtube', kind: 'needsOneVideo' }]);
  });
});

describe('how many media a network takes', () => {
  it.each([
    ['bluesky', images(5), 'tooManyMedia', 4],
    ['facebook', images(11), 'tooManyMedia', 10],
    ['gmb', images(2), 'tooManyMedia', 1],
    ['instagram', images(11), 'tooManyMedia', 10],
    ['linkedin', images(10), 'tooManyMedia', 9],
    ['pinterest', images(6), 'tooManyMedia', 5],
    ['reddit', images(2), 'tooManyMedia', 1],
    ['snapchat', images(2), 'tooManyMedia', 1],
    ['telegram', images(2), 'tooManyMedia', 1],
    ['threads', images(21), 'tooManyMedia', 20],
    ['tiktok', images(36), 'tooManyMedia', 35],
    ['twitter', images(5), 'tooManyMedia', 4],
  ] as const)('%s refuses %#', (platform, media, kind, max) => {
    expect(check(platform, { media }).problems).toEqual([{ platform, kind, max }]);
    expect(check(platform, { media: media.slice(1) }).problems).toEqual([]);
  });

  it.each(['bluesky', 'facebook', 'linkedin', 'pinterest', 'tiktok'] as const)('%s takes one video per post', (platform) => {
    expect(kinds(platform, { media: [video(0), video(1)] })).toContain('oneVideo');
  });

  it.each(['gmb', 'reddit'] as const)('%s takes no video', (platform) => {
    expect(kinds(platform, { media: [video()] })).toEqual(['refusedVideo']);
  });

  it('X takes up to four videos', () => {
    expect(kinds('twitter', { media: [video(0), video(1), video(2), video(3)] })).toEqual([]);
  });
});

describe('images and a video together', () => {
  it.each(['bluesky', 'facebook', 'linkedin', 'pinterest', 'tiktok', 'twitter'] as const)('%s refuses the mix', (platform) => {
    expect(kinds(platform, { media: [image(), video()] })).toContain('mixedMedia');
  });

  it.each(['instagram', 'threads'] as const)('%s carousels mix them', (platform) => {
    expect(kinds(platform, { media: [image(), video()] })).toEqual([]);
  });

  it('Bluesky posts a GIF as a video, so a GIF and an image do not mix there', () => {
    expect(kinds('bluesky', { media: [gif, image()] })).toEqual(['mixedMedia']);
    expect(kinds('twitter', { media: [gif, image()] })).toEqual([]);
  });
});

describe('file types', () => {
  it.each(['png', 'gif'])('tiktok refuses .%s photos', (ext) => {
    const media = ext === 'gif' ? [gif] : [image('png')];
    expect(check('tiktok', { media }).problems).toEqual([{ platform: 'tiktok', kind: 'refusedExtension', ext }]);
  });

  it('tiktok takes JPG and WEBP photos, and PNG elsewhere is fine', () => {
    expect(kinds('tiktok', { media: [image('jpeg'), image('webp', 1)] })).toEqual([]);
    expect(kinds('instagram', { media: [image('png')] })).toEqual([]);
  });

  it('only LinkedIn takes a document, and on its own', () => {
    expect(kinds('linkedin', { media: [pdf] })).toEqual([]);
    expect(kinds('linkedin', { media: [pdf, image()] })).toEqual(['documentAlone']);
    for (const platform of PLATFORMS.filter((p) => p !== 'linkedin' && p !== 'youtube')) {
      expect(kinds(platform, { media: [pdf] }), platform).toContain('refusedDocument');
    }
  });

  it('a Pinterest video needs a cover image Sharebeam cannot add', () => {
    expect(kinds('pinterest', { media: [video()] })).toEqual(['needsCover']);
  });
});

describe('required options', () => {
  it.each([
    [{}, [{ kind: 'missingOption', field: 'title' }, { kind: 'missingOption', field: 'subreddit' }]],
    [{ title: '  ', subreddit: 'test' }, [{ kind: 'missingOption', field: 'title' }]],
    [{ title: 'x'.repeat(301), subreddit: 'test' }, [{ kind: 'optionTooLong', field: 'title', max: 300 }]],
    [{ title: 'x'.repeat(300), subreddit: 'test' }, []],
    [{ title: 'Hi', subreddit: '/r/test' }, [{ kind: 'subredditPrefix' }]],
    [{ title: 'Hi', subreddit: 'r/test' }, [{ kind: 'subredditPrefix' }]],
    [{ title: 'Hi', subreddit: 'no spaces' }, [{ kind: 'invalidOption', field: 'subreddit' }]],
  ])('reddit %j', (reddit, expected) => {
    expect(check('reddit', { options: { reddit } }).problems).toEqual(expected.map((p) => ({ platform: 'reddit', ...p })));
  });

  it.each([
    [{}, [{ kind: 'missingOption', field: 'title' }]],
    [{ title: 'x'.repeat(101) }, [{ kind: 'optionTooLong', field: 'title', max: 100 }]],
    [{ title: 'x'.repeat(100) }, []],
    [{ title: 'Tags <b>bold</b>' }, [{ kind: 'titleBrackets' }]],
  ])('youtube %j', (youtube, expected) => {
    expect(check('youtube', { options: { youtube } }).problems).toEqual(expected.map((p) => ({ platform: 'youtube', ...p })));
  });

  it('Reddit image and link posts drop the text: a warning', () => {
    expect(warningKinds('reddit', { media: [image()] })).toEqual(['textIgnored']);
    expect(warningKinds('reddit', withOptions('reddit', { reddit: { title: 'T', subreddit: 'test', link: 'https://a.example' } }))).toEqual([
      'textIgnored',
    ]);
  });
});

describe('option-dependent formats', () => {
  it('an Instagram reel is exactly one video', () => {
    const reel = { instagram: { placement: 'reel' as const } };
    expect(check('instagram', { media: [image()], options: reel }).problems).toEqual([
      { platform: 'instagram', kind: 'needsOneVideo', format: 'reel' },
    ]);
    expect(kinds('instagram', { media: [video()], options: reel })).toEqual([]);
  });

  it('an Instagram story is one item, without its text', () => {
    const story = { instagram: { placement: 'story' as const } };
    expect(check('instagram', { media: images(2), options: story }).problems).toEqual([{ platform: 'instagram', kind: 'tooManyMedia', max: 1 }]);
    expect(warningKinds('instagram', { options: story })).toEqual(['textIgnored']);
  });

  it('a Facebook reel is exactly one video', () => {
    expect(kinds('facebook', { media: [], options: { facebook: { reels: true } } })).toEqual(['needsOneVideo']);
    expect(kinds('facebook', { media: [video()], options: { facebook: { reels: true } } })).toEqual([]);
  });

  it('a Snapchat Spotlight is one video', () => {
    expect(check('snapchat', { media: [image()], options: { snapchat: { placement: 'spotlight' } } }).problems).toEqual([
      { platform: 'snapchat', kind: 'needsOneVideo', format: 'spotlight' },
    ]);
    expect(kinds('snapchat', { media: [image()], options: { snapchat: { placement: 'savedStory' } } })).toEqual([]);
  });

  it('turning comments off on Instagram turns them off on TikTok too: TikTok is warned', () => {
    const input: RulesInput = { text: 'Hi', media: [image()], options: { instagram: { disableComments: true } } };
    const result = checkDraft(input, ['instagram', 'linkedin', 'tiktok', 'facebook']);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      { platform: 'linkedin', kind: 'commentsOff' },
      { platform: 'tiktok', kind: 'commentsOff' },
    ]);
  });
});

describe('hashtags, mentions, links and phone numbers', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');

  it('threads allows one hashtag', () => {
    expect(kinds('threads', { text: 'One #topic' })).toEqual([]);
    expect(check('threads', { text: `Two ${tags(2)}` }).problems).toEqual([{ platform: 'threads', kind: 'tooManyHashtags', max: 1 }]);
  });

  it('instagram refuses more than 30 hashtags and warns above 5', () => {
    expect(check('instagram', { text: tags(31) }).problems).toEqual([{ platform: 'instagram', kind: 'tooManyHashtags', max: 30 }]);
    expect(check('instagram', { text: tags(6) })).toMatchObject({ problems: [], warnings: [{ kind: 'manyHashtags', max: 5 }] });
    expect(check('instagram', { text: tags(5) })).toMatchObject({ problems: [], warnings: [] });
  });

  it('instagram allows three @mentions', () => {
    expect(kinds('instagram', { text: '@a @b @c' })).toEqual([]);
    expect(check('instagram', { text: '@a @b @c @d' }).problems).toEqual([{ platform: 'instagram', kind: 'tooManyMentions', max: 3 }]);
  });

  it('hashtags count only where a network limits them', () => {
    expect(kinds('twitter', { text: tags(10) })).toEqual([]);
  });

  it('threads allows five different links', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(kinds('threads', { text: links(5) + ' https://example.com/0' })).toEqual([]);
    expect(check('threads', { text: links(6) }).problems).toEqual([{ platform: 'threads', kind: 'tooManyLinks', max: 5 }]);
  });

  it.each(['Call (555) 123-4567 today', 'Call 555.123.4567', 'Ring +44 20 7946 0958'])('gmb refuses a phone number: %s', (text) => {
    expect(kinds('gmb', { text })).toEqual(['phoneNumber']);
    expect(kinds('facebook', { text })).toEqual([]);
  });

  it('gmb takes dates and prices', () => {
    expect(kinds('gmb', { text: 'Open 2026-07-08, 10:00–18:00, from $25.99' })).toEqual([]);
  });
});

describe('first comment', () => {
  it.each([
    ['instagram', 2_196],
    ['linkedin', 1_250],
    ['reddit', 10_000],
  ] as const)('%s takes a first comment of %i characters', (platform, limit) => {
    expect(kinds(platform, { firstComment: 'c'.repeat(limit) })).toEqual([]);
    expect(check(platform, { firstComment: 'c'.repeat(limit + 2) }).problems).toEqual([
      { platform, kind: 'firstCommentTooLong', used: limit + 2, limit },
    ]);
  });

  it('tiktok adds a first comment to public posts only', () => {
    expect(kinds('tiktok', { firstComment: 'First!' })).toEqual([]);
    expect(kinds('tiktok', { firstComment: 'First!', options: { tiktok: { visibility: 'followers' } } })).toEqual(['firstCommentNeedsPublic']);
    expect(kinds('tiktok', { options: { tiktok: { visibility: 'private' } } })).toEqual([]);
  });
});

describe('every problem of a network, most pressing first', () => {
  it('lists all the reasons, in order, so the composer can name the first and list the rest', () => {
    const input: RulesInput = { text: `${'a'.repeat(2_300)} #a #b`, media: images(11, 'png'), options: {}, firstComment: 'c'.repeat(3_000) };
    expect(checkDraft(input, ['tiktok']).problems.map((p) => p.kind)).toEqual(['tooLong', 'refusedExtension']);
    expect(checkDraft(input, ['instagram']).problems.map((p) => p.kind)).toEqual(['tooLong', 'tooManyMedia', 'firstCommentTooLong']);
  });

  it('keeps the order of the selected networks', () => {
    const result = checkDraft({ text: '', media: [], options: {} }, ['youtube', 'bluesky', 'reddit']);
    expect(result.counters.map((c) => c.platform)).toEqual(['youtube', 'bluesky', 'reddit']);
    expect(result.problems.map((p) => `${p.platform}:${p.kind}`)).toEqual([
      'youtube:empty',
      'youtube:needsOneVideo',
      'youtube:missingOption',
      'bluesky:empty',
      'reddit:empty',
      'reddit:missingOption',
      'reddit:missingOption',
    ]);
  });
});
