import { describe, expect, it } from 'vitest';
import { composerSearch, SHARE_MENUS } from '@/utils/share/menus';
import { prefillFromSearch } from '@/utils/share/prefill';
import type { Browser } from 'wxt/browser';

const tab = { id: 12, url: 'https://news.example/story', title: 'A story' } as Browser.tabs.Tab;

function prefillFor(info: Partial<Browser.contextMenus.OnClickData>) {
  const search = composerSearch({ editable: false, pageUrl: tab.url, ...info } as Browser.contextMenus.OnClickData, tab);
  return search === undefined ? undefined : prefillFromSearch(search);
}

describe('context menu shares', () => {
  it('offers the four entries under their contract ids', () => {
    expect(SHARE_MENUS.map((m) => m.id)).toEqual(['share-page', 'share-selection', 'share-link', 'share-image']);
  });

  it('shares the page with its title', () => {
    expect(prefillFor({ menuItemId: 'share-page' })).toMatchObject({ url: tab.url, title: 'A story', tabId: 12, media: [] });
  });

  it('shares a selection as a quote with the page URL', () => {
    expect(prefillFor({ menuItemId: 'share-selection', selectionText: 'Key sentence' })).toMatchObject({
      url: tab.url,
      text: 'Key sentence',
    });
  });

  it('shares a link, not the page it is on', () => {
    const prefill = prefillFor({ menuItemId: 'share-link', linkUrl: 'https://other.example/paper' });
    expect(prefill?.url).toBe('https://other.example/paper');
    expect(prefill?.title).toBeUndefined();
  });

  it('makes a clicked image the post media', () => {
    expect(prefillFor({ menuItemId: 'share-image', srcUrl: 'https://img.example/cat.jpg' })).toMatchObject({
      url: tab.url,
      media: ['https://img.example/cat.jpg'],
    });
  });

  it('ignores menu items that are not its own', () => {
    expect(prefillFor({ menuItemId: 'something-else' })).toBeUndefined();
  });
});
