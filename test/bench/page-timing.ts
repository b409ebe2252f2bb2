import type { CDPSession, Page } from '@playwright/test';
import type { SandboxProcess } from './sandbox-process';
import { ARTICLE, waitFor, type BenchBrowser } from './session';

/**
 * How long a page of the extension takes to become usable, timed from outside the page: nothing
 * the page's own code does (a mark, a callback) enters the measurement.
 *
 * - The floor, blank.html, is a page of the extension with no script and no stylesheet: it is
 *   timed from navigation start to its load event (the browser's own navigation timing).
 * - The popup is timed from navigation start to the moment a person could act on it: the
 *   **Post text** box holds the prefilled text and the first network toggle is there, both laid
 *   out inside the viewport. A MutationObserver the benchmark adds to the document before it
 *   loads checks after every change and reports the time through a DevTools binding. Like the
 *   floor's load event, that moment comes before the frame that paints it.
 *
 * Both pages get the same instruments (the observer, the binding, the DevTools domains they
 * need), so that what separates them is the page alone. The observer runs in the page's own
 * world: a world of its own would cost the page a second script context, which takes longer to
 * create than the popup takes to render.
 *
 * Both open in a new tab, the way a popup opens a new document each time. The pages are read
 * through the DevTools protocol alone: Playwright's own helpers (locators, `page.evaluate`) first
 * inject a script of several hundred KB into the page, which would compete with the popup's
 * start-up and add to its heap.
 */

export const POPUP_FILE = `popup.html?${new URLSearchParams(ARTICLE)}`;
export const BLANK_FILE = 'blank.html';

const BINDING = 'sharebeamBenchUsable';

/** An extension page opened in a new tab, with a DevTools session on it. */
export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  /** Evaluates `expression` in the page (awaiting a promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens `file`, with the timing instruments on unless `timed` is false (the heap is read without
 * them); `usable` resolves when a composer on it is usable.
 */
export async function openPage(browser: BenchBrowser, file: string, timed = true): Promise<OpenPage & { usable: Promise<number> }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const { usable } = timed ? await watchUsable(cdp) : { usable: new Promise<number>(() => {}) };
  await page.goto(browser.url(file));
  return {
    page,
    cdp,
    usable,
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`${file}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/** The blank page's load event, ms from navigation start. */
export async function loadBlank(browser: BenchBrowser): Promise<number> {
  const page = await openPage(browser, BLANK_FILE);
  const loaded = await loadEventOf(page);
  await page.close();
  return loaded;
}

/** When the page's load event ended, ms from navigation start, once it has. */
export function loadEventOf(page: OpenPage): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const ended = () => performance.getEntriesByType('navigation')[0]?.loadEventEnd;
    if (ended()) return resolve(ended());
    addEventListener('load', () => setTimeout(() => resolve(ended())), { once: true });
  })`);
}

/**
 * Runs from the first moment of the document: reports the first time the composer is usable, as
 * a person sees it (by the label and the group name, not by ids).
 */
function usableWatcher(prefilled: string): string {
  return `(() => {
    const inView = (element) => {
      if (!element || !element.checkVisibility()) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    };
    const usable = () => {
      const text = [...document.querySelectorAll('textarea')].find((box) => [...box.labels].some((l) => l.textContent.trim() === 'Post text'));
      const networks = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.trim() === 'Networks');
      return Boolean(text && text.value.includes(${JSON.stringify(prefilled)}) && inView(text) && inView(networks?.querySelector('input[type=checkbox]')));
    };
    const observer = new MutationObserver(() => {
      if (!usable()) return;
      const at = performance.now();
      observer.disconnect();
      ${BINDING}(String(at));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })();`;
}

/** Arms `cdp`'s page to report when the composer is usable; `usable` resolves with that time. */
async function watchUsable(cdp: CDPSession): Promise<{ usable: Promise<number> }> {
  const usable = new Promise<number>((resolve) => {
    cdp.on('Runtime.bindingCalled', (event) => {
      if (event.name === BINDING) resolve(Number(event.payload));
    });
  });
  // Scripts for new documents are only added while the Page domain is on.
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: usableWatcher(ARTICLE.url) });
  return { usable };
}

/** Opens the popup and resolves when the composer is usable (see above), ms from navigation start. */
export async function openPopup(browser: BenchBrowser): Promise<{ page: OpenPage; usable: number }> {
  const page = await openPage(browser, POPUP_FILE);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The popup never showed its prefilled text and a network toggle')), 15_000);
  });
  try {
    return { page, usable: await Promise.race([page.usable, timeout]) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads the popup, times it to a usable composer, and closes it once its refresh of GET /user is
 * answered, so that no load overlaps the next one.
 */
export async function loadPopup(browser: BenchBrowser, sandbox: SandboxProcess): Promise<number> {
  const asked = (await sandbox.requestsTo('GET', '/user')).length;
  const { page, usable } = await openPopup(browser);
  await networksRefreshed(sandbox, asked);
  await page.close();
  return usable;
}

/** Waits until the sandbox answered the GET /user a composer sends once it is on screen. */
export function networksRefreshed(sandbox: SandboxProcess, asked: number): Promise<void> {
  return waitFor(async () => {
    const later = (await sandbox.requestsTo('GET', '/user')).slice(asked);
    return later.length > 0 && later.every((r) => r.status !== undefined);
  }, 'the composer to refresh its networks');
}
