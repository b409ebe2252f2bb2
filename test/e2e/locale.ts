import fs from 'node:fs';
import path from 'node:path';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = path.resolve(import.meta.dirname, '../../public/_locales');
const read = (lang: string): Catalogue => JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));

/**
 * The text a user of that language reads for a message, as the browser picks it: the language's
 * own catalogue, else the English one (the default locale), with $NAME$ placeholders filled from
 * their $1…$9 content. Tests find controls by these names, so they follow the translations.
 */
export function messagesIn(lang: string): (key: string, ...substitutions: string[]) => string {
  const own = read(lang);
  const english = read('en');
  return (key, ...substitutions) => {
    const entry = own[key] ?? english[key];
    if (!entry) throw new Error(`No message "${key}" in ${lang} or en`);
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? ''),
    );
  };
}
