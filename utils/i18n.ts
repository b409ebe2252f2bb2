import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/**
 * User-facing text, from the browser's `_locales` messages. Keys are checked against the English
 * catalogue at compile time, so a typo is a type error rather than an empty label.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  return browser.i18n.getMessage(key, subs) || key;
}
