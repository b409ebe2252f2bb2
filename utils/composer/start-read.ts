import type { browser as Api } from 'wxt/browser';
import { readSelection } from '../share/page-readers';

/**
 * The composer's reads from the browser: the stored values it opens with, the outbox and, when
 * its URL carries no prefill, the active tab. The popup's script begins them first thing
 * (entrypoints/popup/begin-reads.ts, its first import), before the rest of its code is evaluated,
 * so they are answered by the time that code asks; each is a trip to the browser process.
 *
 * No runtime import but the function injected into the page: nothing else is evaluated first.
 */

export type BrowserApi = typeof Api;

/** The stored values the composer opens with (the keys of their storedValue()s). */
export const START_KEYS = ['settings', 'account', 'reach', 'schedules', 'drafts', 'composerMemory'];
/**
 * The outbox, read on its own after them: with its history of finished sends it is the largest
 * value in storage, and the browser answers reads in turn, so the others must not wait for it.
 */
export const OUTBOX_KEY = 'outbox';

/** Parameters of the composer's URL that carry a prefill (see prefillFromSearch). */
export const PREFILL_PARAMS = ['url', 'title', 'text', 'media'];

/** The active tab, as the browser gives it: cleaned by cleanPrefill before use. */
export interface ActiveTab {
  url?: string;
  title?: string;
  text?: string;
  tabId?: number;
}

export interface StartRead {
  stored: Promise<Record<string, unknown>>;
  outbox: Promise<Record<string, unknown>>;
  /** Undefined when the URL carries the prefill. */
  tab: Promise<ActiveTab | undefined>;
}

/**
 * The page the toolbar button was clicked on. `activeTab` grants its URL and title, and lets us
 * read the selection; pages the extension may not script (the Web Store, browser pages) simply
 * share without a quote.
 */
async function readActiveTab(api: BrowserApi): Promise<ActiveTab> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return {};
  let text: string | undefined;
  try {
    const [frame] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: readSelection });
    text = typeof frame?.result === 'string' ? frame.result : undefined;
  } catch {
    text = undefined;
  }
  return { url: tab.url, title: tab.title, text, tabId: tab.id };
}

function readStart(api: BrowserApi, search: string): StartRead {
  const params = new URLSearchParams(search);
  return {
    stored: api.storage.local.get(START_KEYS),
    outbox: api.storage.local.get(OUTBOX_KEY),
    tab: PREFILL_PARAMS.some((name) => params.has(name)) ? Promise.resolve(undefined) : readActiveTab(api),
  };
}

const EARLY = Symbol.for('sharebeam.startRead');
type WithEarly = typeof globalThis & { [EARLY]?: StartRead };

/** Begins the reads: the popup's first import; a test, before it opens a composer. */
export function beginStartRead(api: BrowserApi, search: string): void {
  (globalThis as WithEarly)[EARLY] = readStart(api, search);
}

/** The reads begun as the popup's script started (see above); they are taken once. */
export function takeStartRead(): StartRead {
  const early = (globalThis as WithEarly)[EARLY];
  if (!early) throw new Error('Sharebeam: the start reads were not begun before the composer (begin-reads.ts)');
  delete (globalThis as WithEarly)[EARLY];
  return early;
}
