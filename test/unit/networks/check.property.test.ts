import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/ayrshare/platforms';
import { checkDraft } from '@/utils/networks/check';
import { countFor } from '@/utils/networks/count';
import { mediaFromUrl } from '@/utils/networks/media';
import { NETWORK_RULES } from '@/utils/networks/rules';

/**
 * The per-network checks hold for any draft, including hostile text: they never throw, and never
 * let through a draft a network is documented to refuse for its length or its media.
 */

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.tuple(fc.constantFrom('a', '😀', '👋🏽', '\u0301', ' ', '\n'), fc.integer({ min: 0, max: 4_000 })).map(([c, n]) => c.repeat(n)),
);
const media = fc.array(fc.webUrl().map((u) => mediaFromUrl(`${u.replace(/^http:/, 'https:')}/img.jpg`)), { maxLength: 40 });
const platforms = fc.subarray([...PLATFORMS]);

describe('draft checks, for any draft', () => {
  it('never passes text over a network limit, more media than it takes, or no media where it needs some', () => {
    fc.assert(
      fc.property(text, media, platforms, (t, m, chosen) => {
        const blocked = new Set(checkDraft({ text: t, media: m, options: {} }, chosen).problems.map((p) => p.platform));
        for (const platform of chosen) {
          const rule = NETWORK_RULES[platform];
          const used = countFor(platform, t.trim());
          const refused = (used > rule.textLimit && !rule.truncates) || m.length > rule.maxMedia || (rule.needs && m.length === 0);
          if (refused) expect(blocked, `${platform} let through ${used} characters and ${m.length} media`).toContain(platform);
        }
      }),
    );
  });
});
