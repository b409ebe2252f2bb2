import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/utils/ayrshare/platforms';
import { checkDraft } from '@/utils/networks/check';
import { countFor } from '@/utils/networks/count';
import { networkOptionsBody } from '@/utils/networks/options';
import type { DraftMedia, NetworkOptionValues } from '@/utils/networks/types';

const platform = fc.constantFrom(...PLATFORMS);
const platforms = fc.subarray([...PLATFORMS]);

/** Any text at all, including lone surrogates, emoji sequences and combining marks. */
const anyText = fc.string({ unit: 'binary', maxLength: 80 });
/**
 * Prose: letters of several scripts, emoji sequences, accents, spaces, #tags and @names. Digits,
 * ":" and "/" are left out because a prefix of a longer number or address can itself be a phone
 * number or a new link, which networks rightly treat differently ("555-123-45678" → "555-123-4567").
 */
const prose = fc
  .array(fc.constantFrom('a', 'Z', 'é', 'e\u0301', 'ß', 'Ж', '故', '한', 'ש', '😀', '👍🏽', '👨‍👩‍👧', '🇩🇪', ' ', '\n', '#', '@', '.', 'ﬁ'), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

const media: fc.Arbitrary<DraftMedia[]> = fc.array(
  fc.constantFrom<DraftMedia>(
    { url: 'https://cdn.example/a.jpg', kind: 'image', ext: 'jpg' },
    { url: 'https://cdn.example/b.png', kind: 'image', ext: 'png' },
    { url: 'https://cdn.example/c.mp4', kind: 'video', ext: 'mp4' },
    { url: 'https://cdn.example/d.gif', kind: 'gif', ext: 'gif' },
    { url: 'https://cdn.example/e.pdf', kind: 'document', ext: 'pdf' },
  ),
  { maxLength: 4 },
);

const text = (max = 40) => fc.string({ maxLength: max });
const flag = fc.boolean();
const optionValues: fc.Arbitrary<NetworkOptionValues> = fc.record(
  {
    facebook: fc.record({ reels: flag, title: text() }, { requiredKeys: [] }),
    gmb: fc.record({
      callToAction: fc.record({ actionType: fc.constantFrom('book', 'order', 'shop', 'learn_more', 'sign_up', 'call'), url: fc.constantFrom('https://example.com/a', '', 'nope') }),
    }),
    instagram: fc.record({ placement: fc.constantFrom('post', 'reel', 'story'), disableComments: flag, shareReelsFeed: flag }, { requiredKeys: [] }),
    linkedin: fc.record({ disableComments: flag }, { requiredKeys: [] }),
    pinterest: fc.record({ title: text(120), boardId: text(), link: fc.constantFrom('https://example.com/p', 'http://example.com/p', '', 'x') }, { requiredKeys: [] }),
    reddit: fc.record({ title: text(), subreddit: fc.constantFrom('test', 'r/test', '', 'a b'), link: fc.constantFrom('https://example.com', '') }, { requiredKeys: [] }),
    snapchat: fc.record({ placement: fc.constantFrom('story', 'savedStory', 'spotlight') }, { requiredKeys: [] }),
    tiktok: fc.record(
      { visibility: fc.constantFrom('public', 'private', 'followers'), disableComments: flag, disableDuet: flag, isAIGenerated: flag },
      { requiredKeys: [] },
    ),
    twitter: fc.record({ longPost: flag }, { requiredKeys: [] }),
    youtube: fc.record({ title: text(), visibility: fc.constantFrom('private', 'public', 'unlisted'), shorts: flag, tags: fc.array(text(12)) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('counting, for any text', () => {
  it('never goes below zero, and only the empty text counts zero', () => {
    fc.assert(
      fc.property(platform, anyText, (p, t) => {
        const n = countFor(p, t);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n === 0).toBe(t === '');
      }),
    );
  });

  it('never drops as characters are typed at the end (X aside: a link can stop being one)', () => {
    fc.assert(
      fc.property(
        platform.filter((p) => p !== 'twitter'),
        anyText,
        anyText,
        (p, before, typed) => {
          expect(countFor(p, before + typed)).toBeGreaterThanOrEqual(countFor(p, before));
        },
      ),
    );
  });

  it('never drops, on any network, as words are added after a space', () => {
    fc.assert(
      fc.property(platform, anyText, anyText, (p, before, word) => {
        expect(countFor(p, `${before} ${word}`)).toBeGreaterThan(countFor(p, before));
      }),
    );
  });
});

describe('checking a draft', () => {
  it('gives one counter per selected network, in order, counting the text as sent', () => {
    fc.assert(
      fc.property(anyText, media, optionValues, platforms, (t, m, options, selected) => {
        const { counters, problems, warnings } = checkDraft({ text: t, media: m, options }, selected);
        expect(counters.map((c) => c.platform)).toEqual(selected);
        for (const c of counters) {
          expect(c.used).toBe(countFor(c.platform, t.trim()));
          expect(c.limit).toBeGreaterThan(0);
        }
        for (const p of [...problems, ...warnings]) expect(selected).toContain(p.platform);
      }),
    );
  });

  it('judges each network alone: adding another network changes nothing for the first', () => {
    fc.assert(
      fc.property(prose, media, optionValues, platform, platform, (t, m, options, first, other) => {
        // The shared comments switch spans networks, but only as a warning.
        fc.pre(first !== other);
        const alone = checkDraft({ text: t, media: m, options }, [first]).problems;
        const together = checkDraft({ text: t, media: m, options }, [first, other]).problems.filter((p) => p.platform === first);
        expect(together).toEqual(alone);
      }),
    );
  });

  it('a draft a network takes stays acceptable when its text is shortened', () => {
    fc.assert(
      fc.property(prose, media, optionValues, platform, fc.nat(), (t, m, options, p, cut) => {
        const input = { text: t, media: m, options };
        fc.pre(checkDraft(input, [p]).problems.length === 0);
        const chars = Array.from(t.trim());
        const shorter = chars.slice(0, 1 + (cut % Math.max(chars.length, 1))).join('');
        fc.pre(shorter.trim() !== '' || m.length > 0);
        expect(checkDraft({ ...input, text: shorter }, [p]).problems).toEqual([]);
      }),
    );
  });
});

const BODY_KEY: Record<Platform, string> = {
  bluesky: 'blueSkyOptions',
  facebook: 'faceBookOptions',
  gmb: 'gmbOptions',
  instagram: 'instagramOptions',
  linkedin: 'linkedInOptions',
  pinterest: 'pinterestOptions',
  reddit: 'redditOptions',
  snapchat: 'snapChatOptions',
  telegram: 'telegramOptions',
  threads: 'threadsOptions',
  tiktok: 'tikTokOptions',
  twitter: 'twitterOptions',
  youtube: 'youTubeOptions',
};

describe('option body', () => {
  it('only carries the selected networks, each problem naming one of them', () => {
    fc.assert(
      fc.property(optionValues, platforms, (values, selected) => {
        const { body, problems } = networkOptionsBody(values, selected);
        const allowed = selected.map((p) => BODY_KEY[p]);
        if (selected.some((p) => p === 'instagram' || p === 'linkedin' || p === 'tiktok')) allowed.push('disableComments');
        for (const key of Object.keys(body)) expect(allowed).toContain(key);
        for (const p of problems) expect(selected).toContain(p.platform);
      }),
    );
  });

  it('never sends an empty value', () => {
    const empty = (v: unknown): boolean =>
      v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.values(v).some(empty));
    fc.assert(
      fc.property(optionValues, (values) => {
        for (const value of Object.values(networkOptionsBody(values, PLATFORMS).body)) expect(empty(value)).toBe(false);
      }),
    );
  });
});
