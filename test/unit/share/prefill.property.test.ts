import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { composerSearch } from '@/utils/share/menus';
import { cleanPrefill, cleanText, cleanTitle, composeText, PREFILL_LIMITS, prefillFromSearch } from '@/utils/share/prefill';

/**
 * Whatever a web page hands over (title, selection, link, image, or the composer's URL itself),
 * the prefill that comes out is bounded, inert and safe to link to. Generated inputs mix
 * arbitrary Unicode with the pieces attacks are made of.
 */

const hostilePieces = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '\u0000',
  '\u001b[31m',
  '\r\n',
  '\u2028',
  '\u202e',
  '👋🏽',
  'https://user:pw@evil.example/',
  '%0d%0a',
  '&amp;&lt;',
);
const hostileText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hostilePieces), { maxLength: 30 }).map((parts) => parts.join(''));
const longText = fc.tuple(hostileText, fc.integer({ min: 0, max: 12_000 })).map(([text, n]) => text + 'x'.repeat(n) + text);
const anyUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace('://', '://user:secret@')),
  fc.webUrl().map((u) => u.replace(/^https?:/, 'http:')),
  hostilePieces,
  hostileText,
  fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'data:image/png;base64,AAAA'),
);

const codePoints = (s: string) => Array.from(s).length;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe('cleaning what a page hands over', () => {
  it('keeps a title on one line, free of control characters, at most the limit long, and stable', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, longText), (raw) => {
        const title = cleanTitle(raw);
        if (title === undefined) return;
        expect(codePoints(title)).toBeLessThanOrEqual(PREFILL_LIMITS.title);
        expect(title).not.toMatch(/[\n\r\t]/);
        expect(title).not.toMatch(CONTROL);
        expect(title).toBe(title.trim());
        expect(cleanTitle(title)).toBe(title);
      }),
    );
  });

  it('keeps a quote free of control characters other than line breaks and tabs, at most the limit long', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, longText), (raw) => {
        const text = cleanText(raw);
        if (text === undefined) return;
        expect(codePoints(text)).toBeLessThanOrEqual(PREFILL_LIMITS.text);
        expect(text).not.toMatch(CONTROL);
        expect(text).not.toContain('\r');
        expect(cleanText(text)).toBe(text);
      }),
    );
  });

  it('keeps only web addresses for the page, and only public https without credentials for media', () => {
    fc.assert(
      fc.property(anyUrl, fc.array(anyUrl, { maxLength: 15 }), (url, media) => {
        const prefill = cleanPrefill({ url, media });
        if (prefill.url !== undefined) {
          const parsed = new URL(prefill.url);
          expect(['http:', 'https:']).toContain(parsed.protocol);
          expect(parsed.username + parsed.password).toBe('');
        }
        expect(prefill.media.length).toBeLessThanOrEqual(PREFILL_LIMITS.media);
        for (const item of prefill.media) {
          const parsed = new URL(item);
          expect(parsed.protocol).toBe('https:');
          expect(parsed.username + parsed.password).toBe('');
        }
        expect(new Set(prefill.media).size).toBe(prefill.media.length);
        expect(prefill.skippedMedia).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('reads any composer URL without throwing, into a prefill that is already clean', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('url', 'title', 'text', 'media', 'tab', 'other'), fc.oneof(hostileText, anyUrl, fc.integer().map(String))),
        (params) => {
          const prefill = prefillFromSearch(`?${new URLSearchParams(params)}`);
          if (!prefill) return;
          expect(cleanPrefill({ ...prefill })).toEqual({ ...prefill, skippedMedia: 0 });
          if (prefill.tabId !== undefined) expect(Number.isInteger(prefill.tabId) && prefill.tabId >= 0).toBe(true);
          // The starting text is the quote, the title and the address: nothing else, nothing longer.
          const text = composeText(prefill);
          expect(codePoints(text)).toBeLessThanOrEqual(PREFILL_LIMITS.text + PREFILL_LIMITS.title + 2_048 + 10);
        },
      ),
    );
  });
});

describe('a right-click share', () => {
  const menuIds = fc.constantFrom('share-page', 'share-selection', 'share-link', 'share-image', 'something-else');

  it('turns any click data into a bounded composer URL whose prefill is clean', () => {
    fc.assert(
      fc.property(
        menuIds,
        fc.record({ pageUrl: anyUrl, selectionText: longText, linkUrl: anyUrl, linkText: hostileText, srcUrl: anyUrl }, { requiredKeys: [] }),
        fc.record({ id: fc.integer({ min: -5, max: 1e6 }), url: anyUrl, title: longText }, { requiredKeys: [] }),
        (menuItemId, info, tab) => {
          const search = composerSearch({ menuItemId, editable: false, ...info } as Browser.contextMenus.OnClickData, tab as Browser.tabs.Tab);
          if (menuItemId === 'something-else') {
            expect(search).toBeUndefined();
            return;
          }
          for (const [, value] of new URLSearchParams(search)) expect(value.length).toBeLessThanOrEqual(8_000);
          const prefill = prefillFromSearch(search ?? '');
          if (prefill) expect(cleanPrefill({ ...prefill })).toEqual({ ...prefill, skippedMedia: 0 });
        },
      ),
    );
  });
});
