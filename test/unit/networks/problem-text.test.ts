import { describe, expect, it } from 'vitest';
import { networkName } from '@/utils/networks/names';
import { problemText } from '@/utils/networks/problem-text';
import type { NetworkProblem } from '@/utils/networks/types';

/** One of every kind, so a kind without words shows up here as its raw message key. */
const EVERY_KIND: NetworkProblem[] = [
  { platform: 'bluesky', kind: 'empty' },
  { platform: 'bluesky', kind: 'needsText' },
  { platform: 'twitter', kind: 'xKeysMissing' },
  { platform: 'instagram', kind: 'needsMedia' },
  { platform: 'youtube', kind: 'needsOneVideo' },
  { platform: 'instagram', kind: 'needsOneVideo', format: 'reel' },
  { platform: 'snapchat', kind: 'needsOneVideo', format: 'spotlight' },
  { platform: 'bluesky', kind: 'tooLong', used: 310, limit: 300 },
  { platform: 'twitter', kind: 'tooLong', used: 300, limit: 280 },
  { platform: 'bluesky', kind: 'mixedMedia' },
  { platform: 'facebook', kind: 'tooManyMedia', max: 10 },
  { platform: 'gmb', kind: 'tooManyMedia', max: 1 },
  { platform: 'tiktok', kind: 'oneVideo' },
  { platform: 'threads', kind: 'refusedDocument' },
  { platform: 'linkedin', kind: 'documentAlone' },
  { platform: 'reddit', kind: 'refusedVideo' },
  { platform: 'tiktok', kind: 'refusedExtension', ext: 'png' },
  { platform: 'pinterest', kind: 'needsCover' },
  { platform: 'reddit', kind: 'missingOption', field: 'subreddit' },
  { platform: 'youtube', kind: 'optionTooLong', field: 'title', max: 100 },
  { platform: 'reddit', kind: 'invalidOption', field: 'subreddit' },
  { platform: 'pinterest', kind: 'invalidUrl', field: 'link' },
  { platform: 'reddit', kind: 'subredditPrefix' },
  { platform: 'youtube', kind: 'titleBrackets' },
  { platform: 'gmb', kind: 'phoneNumber' },
  { platform: 'instagram', kind: 'tooManyHashtags', max: 30 },
  { platform: 'threads', kind: 'tooManyHashtags', max: 1 },
  { platform: 'instagram', kind: 'tooManyMentions', max: 3 },
  { platform: 'threads', kind: 'tooManyLinks', max: 5 },
  { platform: 'instagram', kind: 'firstCommentTooLong', used: 2_200, limit: 2_196 },
  { platform: 'tiktok', kind: 'firstCommentNeedsPublic' },
  { platform: 'telegram', kind: 'truncated', max: 1_024 },
  { platform: 'reddit', kind: 'textIgnored' },
  { platform: 'instagram', kind: 'manyHashtags', max: 5 },
  { platform: 'tiktok', kind: 'commentsOff' },
];

describe('problems in words', () => {
  it.each(EVERY_KIND.filter((p) => p.kind !== 'empty'))('$platform $kind names the network', (problem) => {
    const text = problemText(problem);
    expect(text).not.toMatch(/^problem|optionField_|\$/);
    expect(text).toContain(networkName(problem.platform));
  });

  it.each<[NetworkProblem, string]>([
    [{ platform: 'bluesky', kind: 'empty' }, 'Write something or add an image.'],
    [{ platform: 'bluesky', kind: 'tooLong', used: 1_310, limit: 300 }, '1,010 characters too long for Bluesky.'],
    [{ platform: 'twitter', kind: 'tooLong', used: 300, limit: 280 }, '20 characters too long for X. Shorten it, or turn on long posts if the account has X Premium.'],
    [{ platform: 'gmb', kind: 'tooManyMedia', max: 1 }, 'Google Business Profile takes one image or video here; remove the others.'],
    [{ platform: 'twitter', kind: 'tooManyMedia', max: 4 }, 'X takes at most 4 images or videos.'],
    [{ platform: 'reddit', kind: 'missingOption', field: 'subreddit' }, 'Reddit needs a subreddit.'],
    [{ platform: 'youtube', kind: 'optionTooLong', field: 'title', max: 100 }, 'The YouTube title is too long: 100 characters at most.'],
    [{ platform: 'gmb', kind: 'invalidUrl', field: 'buttonLink' }, 'The Google Business Profile button link must be a full web address, like https://example.com/page.'],
    [{ platform: 'tiktok', kind: 'refusedExtension', ext: 'png' }, "TikTok doesn't take .png images; use JPG or WEBP."],
    [{ platform: 'threads', kind: 'tooManyHashtags', max: 1 }, 'Threads allows one hashtag per post.'],
    [{ platform: 'telegram', kind: 'truncated', max: 1_024 }, 'Telegram will cut the text after 1,024 characters.'],
  ])('%j', (problem, text) => {
    expect(problemText(problem)).toBe(text);
  });
});
