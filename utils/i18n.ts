import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import { formatNumber } from './format';

export type MessageKey = keyof typeof messages;

/**
 * A message that counts something: its forms are keys `<base>_one`, `<base>_other` (and `_few`,
 * `_many`… where a language wants them), since browser.i18n has no plurals of its own.
 */
export type PluralKey = BaseOf<MessageKey, 'one'> & BaseOf<MessageKey, 'other'>;
type BaseOf<K, Form extends string> = K extends `${infer Base}_${Form}` ? Base : never;

/**
 * User-facing text, from the browser's `_locales` messages. Keys are checked against the English
 * catalogue at compile time, so a typo is a type error rather than an empty label.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * Says which language a page is in (screen readers pick their voice by it, browsers their
 * hyphenation and quotes), and names the page in it: an extension page's HTML is not translated
 * by the browser, only its manifest is.
 */
export function localizePage(title?: MessageKey): void {
  document.documentElement.lang = t('catalogueLanguage');
  if (title) document.title = t(title);
}

let plurals: Intl.PluralRules | undefined;

/**
 * The plural form `count` takes in the language of the messages shown, which is the browser's
 * when Sharebeam has it and English otherwise (a Japanese browser reads the English catalogue, and
 * must read "1 network", not Japanese's one form for all counts).
 */
export function pluralForm(count: number): Intl.LDMLPluralRule {
  plurals ??= new Intl.PluralRules(t('catalogueLanguage'));
  return plurals.select(count);
}

/**
 * A counting message in the right plural form for `count`: "1 network", "3 networks". The
 * substitutions default to the count alone; numbers among them are written in the user's locale.
 * A form a language has but the catalogue lacks (French's `many` for millions) reads as `_other`.
 */
export function tn(base: PluralKey, count: number, substitutions: Array<string | number> = [count]): string {
  const subs = substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  const form = pluralForm(count);
  return (form !== 'other' && browser.i18n.getMessage(`${base}_${form}` as MessageKey, subs)) || t(`${base}_other` as MessageKey, subs);
}
