import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every language says everything, and nothing more: a message missing in one language shows the
 * English one (or, missing everywhere, the key), a message no code uses is text nobody reads but
 * every translator keeps, and a placeholder that differs between languages drops or misplaces a
 * network's name or a count.
 *
 * A message is used when the source names its key in quotes (`t('postButton')`,
 * `tn('networksChosen', n)` for all of `networksChosen_*`), in a manifest or page as
 * `__MSG_key__`, or through one of the key templates listed in DYNAMIC below, and only then.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = path.join(ROOT, 'public/_locales');
const SOURCES = ['entrypoints', 'components', 'utils', 'wxt.config.ts'];

/**
 * The keys the source builds rather than names: the template as it stands in the source, and how
 * a key it builds maps back to a word of the source (the value it is built from must be written
 * somewhere, as a literal, an object key or a name in a list).
 */
const DYNAMIC: Array<{ template: string; prefix: string; word?: (rest: string) => string }> = [
  { template: '`network_${platform}`', prefix: 'network_' },
  { template: '`optionField_${problem.field}`', prefix: 'optionField_' },
  { template: '`optionVisibility_${c}`', prefix: 'optionVisibility_' },
  { template: '`optionCta_${c}`', prefix: 'optionCta_' },
  { template: '`scheduleProblem_${problem}`', prefix: 'scheduleProblem_' },
  { template: '`historyNetwork_${network.state}`', prefix: 'historyNetwork_' },
  { template: '`historyStatus_${entry.status}`', prefix: 'historyStatus_' },
  { template: '`historyStatus_${now.status}`', prefix: 'historyStatus_' },
  { template: '`historyStatus_${status}`', prefix: 'historyStatus_' },
  { template: '`historyMetric_${metric}`', prefix: 'historyMetric_' },
  { template: '`featureOn_${name}`', prefix: 'featureOn_' },
  { template: '`libraryKind_${item.kind}`', prefix: 'libraryKind_' },
  // utils/networks/problem-text.ts: a problem's kind, `tooManyLinks`, is the key problemTooManyLinks.
  { template: '`problem${kind[0]!.toUpperCase()}${kind.slice(1)}`', prefix: 'problem', word: (rest) => rest[0]!.toLowerCase() + rest.slice(1) },
];
/** The README's store listing, one paragraph per language under its name. */
const LISTING: Record<string, string> = { en: 'English', de: 'Deutsch', es: 'Español', fr: 'Français' };
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
type Catalogue = Record<string, Entry>;

function read(language: string): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, language, 'messages.json'), 'utf8')) as Catalogue;
}

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(entry, d.name)) : /\.(tsx?|html)$/.test(d.name) ? [path.join(full, d.name)] : []));
}

const languages = fs.readdirSync(LOCALES).sort();
const en = read('en');
const catalogues = Object.fromEntries(languages.map((l) => [l, read(l)]));
const source = SOURCES.flatMap(files)
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');
const quoted = new Set(Array.from(source.matchAll(/['"`](\w+)['"`]/g), (m) => m[1]!));
const manifestRefs = new Set(Array.from(source.matchAll(/__MSG_(\w+)__/g), (m) => m[1]!));
const words = new Set(source.match(/\w+/g));
const pluralBase = (key: string) => {
  const base = PLURAL.exec(key)?.[1];
  return base !== undefined && `${base}_one` in en && `${base}_other` in en ? base : undefined;
};

function isUsed(key: string): boolean {
  const names = [key, pluralBase(key)].filter((k): k is string => k !== undefined);
  return names.some(
    (name) =>
      quoted.has(name) ||
      manifestRefs.has(name) ||
      DYNAMIC.some((d) => name.startsWith(d.prefix) && name.length > d.prefix.length && words.has((d.word ?? String)(name.slice(d.prefix.length)))),
  );
}

/** `$P1$`, `$count$`: the named placeholders a message refers to (`$$` is a dollar sign, `$1` a raw substitution). */
function references(message: string): string[] {
  return [...new Set(Array.from(message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g), (m) => m[1]!.toLowerCase()))].sort();
}

it('has English, German, Spanish and French, English the default', () => {
  expect(languages).toEqual(['de', 'en', 'es', 'fr']);
  expect(source).toMatch(/default_locale: 'en'/);
});

describe.each(languages)('the %s catalogue', (language) => {
  const catalogue = catalogues[language]!;

  it('has every English message, and none that English lacks', () => {
    expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('says every message in words', () => {
    expect(Object.entries(catalogue).filter(([, e]) => typeof e.message !== 'string' || !e.message.trim())).toEqual([]);
  });

  it("declares each message's placeholders as English does, and refers to the same ones", () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      if (!(key in en)) continue;
      const content = (e: Entry) => Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      expect(content(entry), `${language}/${key} placeholders`).toEqual(content(en[key]!));
      expect(references(entry.message), `${language}/${key} refers to`).toEqual(references(en[key]!.message));
    }
  });

  it('refers only to placeholders it declares', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      for (const name of references(entry.message)) expect(declared, `${language}/${key} uses $${name}$`).toContain(name);
    }
  });

  it('counts with plural forms, not "image(s)", "Profil(e)" or "réseau(x)"', () => {
    expect(Object.entries(catalogue).filter(([, e]) => /\w\((s|es|e|en|n|x)\)/.test(e.message)).map(([k]) => k)).toEqual([]);
  });

  it("describes Sharebeam in the store as the README's store listing does, within Chrome's 132 characters", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const summary = new RegExp(`\\*\\*${LISTING[language]}\\.\\*\\* \\*([^*]+)\\*`).exec(readme)?.[1]?.replace(/\s+/g, ' ');
    expect(catalogue.extDescription?.message).toBe(summary);
    expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('names its own language, whose plural rules the counting messages follow', () => {
    expect(catalogue.catalogueLanguage?.message).toBe(language);
  });
});

describe('the messages the code uses', () => {
  it('are all in use: a message no code shows is deleted', () => {
    expect(Object.keys(en).filter((key) => !isUsed(key))).toEqual([]);
  });

  it('are all in English, whether named in code or in the manifest', () => {
    const named = Array.from(source.matchAll(/\btn?\(\s*'(\w+)'/g), (m) => m[1]!);
    const missing = [...named, ...manifestRefs].filter((key) => !(key in en) && !(`${key}_other` in en && `${key}_one` in en));
    expect(missing).toEqual([]);
  });

  it('are built from a key template only when the template is listed here', () => {
    const templates = Array.from(source.matchAll(/`(\w*)\$\{[^`]*`/g), (m) => ({ text: m[0], prefix: m[1]! }));
    const keyLike = templates.filter((tpl) => tpl.prefix.endsWith('_') && Object.keys(en).some((k) => k.startsWith(tpl.prefix)));
    const listed = new Set(DYNAMIC.map((d) => d.template));
    expect(keyLike.map((tpl) => tpl.text).filter((text) => !listed.has(text))).toEqual([]);
    for (const d of DYNAMIC) expect(source, `DYNAMIC lists ${d.template}, which the source no longer has`).toContain(d.template);
  });
});
