import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/ayrshare/platforms';
import { draftProblems, textLength } from '@/utils/networks/check';
import { NETWORK_RULES } from '@/utils/networks/rules';

/**
 * The per-network checks hold for any draft, including hostile text: they never throw, speak
 * only of the networks chosen, agree with the rule table, and never let through a draft a
 * network is documented to refuse for its length or its media.
 */

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.tuple(fc.constantFrom('a', '😀', '👋🏽', '\u0301', ' ', '\n'), fc.integer({ min: 0, max: 70_000 })).map(([c, n]) => c.repeat(n)),
);
const media = fc.array(fc.webUrl().map((u) => `${u.replace(/^http:/, 'https:')}/img.jpg`), { maxLength: 40 });
const platforms = fc.subarray([...PLATFORMS]);

describe('draft problems, for any draft', () => {
  it('never throws, and names only chosen networks, each at most once per kind', () => {
    fc.assert(
      fc.property(text, media, platforms, (t, m, chosen) => {
        const problems = draftProblems({ text: t, media: m }, chosen);
        for (const p of problems) expect(chosen).toContain(p.platform);
        const seen = problems.map((p) => `${p.platform}:${p.kind}`);
        expect(new Set(seen).size).toBe(seen.length);
      }),
    );
  });

  it('never passes text over a network limit, or more media than it takes', () => {
    fc.assert(
      fc.property(text, media, platforms, (t, m, chosen) => {
        const flagged = new Set(draftProblems({ text: t, media: m }, chosen).map((p) => p.platform));
        for (const platform of chosen) {
          const rule = NETWORK_RULES[platform];
          if (textLength(t.trim()) > rule.textLimit || m.length > rule.maxMedia || (rule.needsMedia && m.length === 0)) {
            expect(flagged, `${platform} let through ${textLength(t.trim())} chars, ${m.length} media`).toContain(platform);
          }
        }
      }),
    );
  });

  it('judges each network on its own: choosing more networks changes nothing for the others', () => {
    fc.assert(
      fc.property(text, media, platforms, platforms, (t, m, a, b) => {
        const alone = draftProblems({ text: t, media: m }, a);
        const together = draftProblems({ text: t, media: m }, [...new Set([...a, ...b])]).filter((p) => a.includes(p.platform));
        expect(together).toEqual(expect.arrayContaining(alone));
        expect(alone).toEqual(expect.arrayContaining(together));
      }),
    );
  });
});
