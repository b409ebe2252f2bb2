import { browser } from 'wxt/browser';
import { cleanPrefill, type Prefill } from './prefill';

/**
 * Runs in the page through `scripting.executeScript`, so it must be self-contained. It reads the
 * selection and nothing else, and touches no extension API or storage.
 */
export function readSelection(): string {
  return String(window.getSelection?.() ?? '').slice(0, 20_000);
}

/**
 * The page the toolbar button was clicked on. `activeTab` grants its URL and title, and lets us
 * read the selection; pages the extension may not script (the Web Store, browser pages) simply
 * share without a quote.
 */
export async function prefillFromActiveTab(): Promise<Prefill> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return cleanPrefill({});
  let text: string | undefined;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readSelection });
    text = typeof frame?.result === 'string' ? frame.result : undefined;
  } catch {
    text = undefined;
  }
  return cleanPrefill({ url: tab.url, title: tab.title, text, tabId: tab.id });
}
