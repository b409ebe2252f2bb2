import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom } from './catalogue';

/** utils/i18n.ts as a browser showing `language`'s catalogue would run it (its plural rules are kept per page). */
async function inLanguage(language: string) {
  const file = path.resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`);
  fakeBrowser.i18n.getMessage = getMessageFrom(JSON.parse(fs.readFileSync(file, 'utf8'))) as typeof fakeBrowser.i18n.getMessage;
  vi.resetModules();
  return import('@/utils/i18n');
}

describe('counting messages', () => {
  beforeEach(() => vi.resetModules());

  it('say one and several in English, and zero as several', async () => {
    const { tn } = await inLanguage('en');
    expect(tn('networksChosen', 1)).toBe('1 network');
    expect(tn('networksChosen', 0)).toBe('0 networks');
    expect(tn('profilesImported', 2)).toBe('Imported 2 profiles.');
    expect(tn('problemTooLong', 1, ['Bluesky', 1])).toBe('1 character too long for Bluesky.');
  });

  it('follow the language of the catalogue shown: French counts 0 as one', async () => {
    const { tn } = await inLanguage('fr');
    expect(tn('networksChosen', 0)).toBe('0 réseau');
    expect(tn('networksChosen', 1)).toBe('1 réseau');
    expect(tn('networksChosen', 2)).toBe('2 réseaux');
  });

  it("fall back to the 'other' form for a form the catalogue does not spell out (French 'many' for a million)", async () => {
    const { tn } = await inLanguage('fr');
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(tn('networksChosen', 1_000_000)).toMatch(/^1\D000\D000 réseaux$/);
  });

  it('write the numbers they substitute with the digits grouped', async () => {
    const { tn } = await inLanguage('de');
    expect(tn('problemTooLong', 1_010, ['Bluesky', 1_010])).toMatch(/^1\D010 Zeichen zu lang für Bluesky\.$/);
  });
});
