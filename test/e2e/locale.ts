import fs from 'node:fs';
import path from 'node:path';
import { getMessageFrom } from '../unit/catalogue';

const LOCALES = path.resolve(import.meta.dirname, '../../public/_locales');
const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));

/**
 * The text a user of that language reads for a message, as the browser picks it: the language's
 * own catalogue, else the English one (the default locale). Tests find controls by these names,
 * so they follow the translations.
 */
export function messagesIn(lang: string): (key: string, ...substitutions: string[]) => string {
  const own = getMessageFrom(read(lang));
  const english = getMessageFrom(read('en'));
  return (key, ...substitutions) => {
    const text = own(key, substitutions) || english(key, substitutions);
    if (!text) throw new Error(`No message "${key}" in ${lang} or en`);
    return text;
  };
}
