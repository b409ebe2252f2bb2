import { browser } from 'wxt/browser';

/**
 * Opens the history page, or brings forward the one already open. `runtime.getContexts` finds
 * the extension's own tabs without the "tabs" permission (Chrome 116, Firefox 124).
 */
export async function openHistory(): Promise<void> {
  const url = browser.runtime.getURL('/post-history.html');
  const [open] = await browser.runtime.getContexts({ contextTypes: ['TAB'], documentUrls: [url] }).catch(() => []);
  if (open && open.tabId >= 0) {
    await browser.tabs.update(open.tabId, { active: true });
    await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
