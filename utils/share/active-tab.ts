import { browser } from 'wxt/browser';
import { readSelection } from './page-readers';
import { cleanPrefill, type Prefill } from './prefill';

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
