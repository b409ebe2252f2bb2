import { describe, expect, it } from 'vitest';
import { countFor, urlsIn } from '@/utils/networks/count';

const CJK = '故人西辞黄鹤楼，烟花三月下扬州。'; // 14 ideographs and 2 full-width marks, all weighing 2

describe('X counts the way twitter-text v3 does', () => {
  // Expected values from twitter-text's conformance suite (validate.yml, discounted-emoji cases).
  it.each([
    ['Hi http://test.co', 26],
    ['http://test.co', 23],
    ['https://www.twitter.com/aloha '.repeat(10), 240],
    ['😷'.repeat(160), 320],
    [CJK.repeat(10), 320],
    ['the' + CJK.repeat(10), 323],
    ['A\u0301B', 2],
    ['Aשּׁ', 4],
    ['H🐱☺👨‍👩‍👧‍👦', 7],
    ['😷👾😡🔥💩', 10],
    ['🙋🏽👨‍🎤', 4],
    ['randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com', 68],
  ])('%j weighs %i', (text, weight) => {
    expect(countFor('twitter', text)).toBe(weight);
  });

  it('weighs every link 23, however long, and a bare domain too', () => {
    expect(countFor('twitter', `Read https://example.com/${'a'.repeat(200)}`)).toBe(5 + 23);
    expect(countFor('twitter', 'Read example.com today')).toBe(5 + 23 + 6);
  });

  it('leaves trailing punctuation out of a link, and e-mail addresses and file names are not links', () => {
    expect(countFor('twitter', 'See https://a.co.')).toBe(4 + 23 + 1);
    expect(countFor('twitter', 'me@example.com')).toBe(14);
    expect(countFor('twitter', 'Node.js')).toBe(7);
  });

  it('weighs the light punctuation ranges 1 and the rest of the block 2', () => {
    expect(countFor('twitter', '\u2014\u201c\u2032')).toBe(3);
    expect(countFor('twitter', '\u2030\u2038')).toBe(4);
  });

  it('weighs flags, keycaps and skin tones as one emoji', () => {
    expect(countFor('twitter', '🇩🇪1️⃣👍🏽')).toBe(6);
  });

  it('composes accents before counting, so a decomposed é is one character', () => {
    expect(countFor('twitter', 'cafe\u0301')).toBe(4);
  });
});

describe('Bluesky counts graphemes', () => {
  it.each([
    ['👨‍👩‍👧‍👦', 1],
    ['e\u0301', 1],
    ['🇩🇪🇫🇷', 2],
    ['https://example.com', 19],
    ['한국어', 3],
  ])('%j is %i', (text, length) => {
    expect(countFor('bluesky', text)).toBe(length);
  });

  it('fits 300 emoji, which X would weigh 600', () => {
    expect(countFor('bluesky', '🦋'.repeat(300))).toBe(300);
  });
});

describe('Threads counts emoji in UTF-8 bytes', () => {
  it.each([
    ['hello', 5],
    ['😀', 4],
    ['a😀', 5],
    ['👍🏽', 8],
    ['👨‍👩‍👧‍👦', 25],
    ['é', 1],
  ])('%j is %i', (text, length) => {
    expect(countFor('threads', text)).toBe(length);
  });
});

describe('other networks count code points', () => {
  it.each(['facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'snapchat', 'telegram', 'tiktok', 'youtube'] as const)(
    '%s counts an emoji with a skin tone as 2 and a decomposed accent as 2',
    (platform) => {
      expect(countFor(platform, '👋🏽')).toBe(2);
      expect(countFor(platform, 'e\u0301')).toBe(2);
      expect(countFor(platform, 'https://example.com')).toBe(19);
    },
  );
});

describe('links in a text', () => {
  it('finds links with and without a scheme', () => {
    expect(urlsIn('a https://x.io/b, b www.example.org and c.dev.')).toEqual(['https://x.io/b', 'www.example.org', 'c.dev']);
  });
});
