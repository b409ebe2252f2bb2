import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';

/** Menu ids are a contract: users' habits and outside tests rely on them. */
export const SHARE_MENUS = [
  { id: 'share-page', contexts: ['page'], title: 'menuSharePage' },
  { id: 'share-selection', contexts: ['selection'], title: 'menuShareSelection' },
  { id: 'share-link', contexts: ['link'], title: 'menuShareLink' },
  { id: 'share-image', contexts: ['image'], title: 'menuShareImage' },
] as const;

/**
 * Context menus persist across service-worker restarts in Chrome, and creating an existing id
 * throws, so the menu is rebuilt from scratch on install, update and browser start.
 */
export async function registerShareMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const menu of SHARE_MENUS) {
    browser.contextMenus.create({ id: menu.id, contexts: [...menu.contexts], title: t(menu.title) });
  }
}

/**
 * The composer's URL parameters for what was clicked: a link shares the link, not the page; an
 * image becomes the post's media; a selection becomes a quote with the page URL. Values are only
 * bounded here; the composer cleans them, as it does any prefill that arrives through its URL.
 */
export function composerSearch(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): string | undefined {
  const id = info.menuItemId;
  if (!SHARE_MENUS.some((menu) => menu.id === id)) return undefined;
  const link = id === 'share-link';
  const params = new URLSearchParams();
  const put = (name: string, value: string | undefined) => value && params.append(name, value.slice(0, 8_000));
  put('url', link ? info.linkUrl : (info.pageUrl ?? tab?.url));
  // Firefox names the link; Chrome does not, and the page's title would describe the wrong thing.
  put('title', link ? (info as { linkText?: string }).linkText : tab?.title);
  if (id === 'share-selection') put('text', info.selectionText);
  if (id === 'share-image') put('media', info.srcUrl);
  if (tab?.id !== undefined && tab.id >= 0) params.set('tab', String(tab.id));
  return `?${params}`;
}

/**
 * The toolbar popup cannot be opened with a prefill, so a share from the page opens the same
 * composer in a small window of its own.
 */
export async function onShareMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const search = composerSearch(info, tab);
  if (search === undefined) return;
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html${search}`), type: 'popup', width: 460, height: 680 });
}

/** The right-click entries: rebuilt when installed, updated or the browser starts; a click opens the composer. */
export function setUpShareMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onShareMenuClick(info, tab));
  browser.runtime.onInstalled.addListener(() => void registerShareMenus());
  browser.runtime.onStartup.addListener(() => void registerShareMenus());
}
