import { browser } from 'wxt/browser';
import { FailureError } from '../ayrshare/failure';
import { readPageImages, type PageImage } from './page-images';

/**
 * The images on the shared page worth offering, read with activeTab + scripting. Only images
 * Ayrshare can fetch (public https) or that can be uploaded from here (data: URLs) are kept.
 */
export async function pageImages(tabId: number): Promise<PageImage[]> {
  let found: PageImage[];
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: readPageImages });
    found = Array.isArray(frame?.result) ? (frame.result as PageImage[]) : [];
  } catch {
    throw new FailureError({ kind: 'noPageAccess' });
  }
  return found.filter((image) => typeof image.url === 'string' && /^(https:|data:image\/)/.test(image.url)).slice(0, 12);
}

/** What the shared tab shows, as a PNG data URL (activeTab allows capturing the visible tab). */
export async function screenshotOf(tabId: number): Promise<string> {
  try {
    const tab = await browser.tabs.get(tabId);
    return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch {
    throw new FailureError({ kind: 'noPageAccess' });
  }
}
