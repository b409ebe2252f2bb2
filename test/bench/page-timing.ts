import type { CDPSession, Page } from '@playwright/test';
import type { SandboxProcess } from './sandbox-process';
import { ARTICLE, waitFor, type BenchBrowser } from './session';

/**
 * How long a page of the extension takes to become usable, from the start of its navigation
 * (performance's time origin) to a mark its own code sets: the popup's 'composer-ready' (after the
 * first render from storage, entrypoints/popup/main.tsx) and the blank page's 'blank-ready' (after
 * its one module ran, entrypoints/blank). Both open in a new tab, the way a popup opens a new
 * document each time.
 *
 * The pages are read through the DevTools protocol alone: Playwright's own helpers (locators,
 * `page.evaluate`) first inject a script of several hundred KB into the page, which would compete
 * with the popup's start-up and add to its heap.
 */

export const POPUP_FILE = `popup.html?${new URLSearchParams(ARTICLE)}`;
export const BLANK_FILE = 'blank.html';
export const POPUP_MARK = 'composer-ready';
export const BLANK_MARK = 'blank-ready';

/** An extension page opened in a new tab, with a DevTools session on it. */
export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  /** Evaluates `expression` in the page (awaiting a promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function openPage(browser: BenchBrowser, file: string): Promise<OpenPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(browser.url(file));
  return {
    page,
    cdp,
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

/** The time of `mark`, ms from navigation start, once the page has set it. */
export function markTime(page: OpenPage, mark: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const seen = () => performance.getEntriesByName(${JSON.stringify(mark)})[0];
    if (seen()) return resolve(seen().startTime);
    new PerformanceObserver((_, observer) => {
      if (!seen()) return;
      observer.disconnect();
      resolve(seen().startTime);
    }).observe({ type: 'mark' });
  })`);
}

export async function loadBlank(browser: BenchBrowser): Promise<number> {
  const page = await openPage(browser, BLANK_FILE);
  const ready = await markTime(page, BLANK_MARK);
  await page.close();
  return ready;
}

/**
 * Loads the popup, checks that the composer it marked ready is the usable one (prefilled text, the
 * networks listed), and closes it once its refresh of GET /user is answered, so that no load
 * overlaps the next one.
 */
export async function loadPopup(browser: BenchBrowser, sandbox: SandboxProcess): Promise<number> {
  const asked = (await sandbox.requestsTo('GET', '/user')).length;
  const page = await openPage(browser, POPUP_FILE);
  const ready = await markTime(page, POPUP_MARK);
  const shown = await composerShown(page);
  if (!shown.prefilled || shown.networks === 0) throw new Error(`The popup marked ${POPUP_MARK} without a usable composer: ${JSON.stringify(shown)}`);
  await networksRefreshed(sandbox, asked);
  await page.close();
  return ready;
}

/** What the composer shows: is the text box filled in, and how many networks are offered. */
export function composerShown(page: OpenPage): Promise<{ prefilled: boolean; networks: number }> {
  return page.evaluate(`({
    prefilled: document.querySelector('textarea')?.value.includes(${JSON.stringify(ARTICLE.url)}) ?? false,
    networks: document.querySelectorAll('fieldset.networks input[type=checkbox]').length,
  })`);
}

/** Waits until the sandbox answered the GET /user a composer sends once it is on screen. */
export function networksRefreshed(sandbox: SandboxProcess, asked: number): Promise<void> {
  return waitFor(async () => {
    const later = (await sandbox.requestsTo('GET', '/user')).slice(asked);
    return later.length > 0 && later.every((r) => r.status !== undefined);
  }, 'the composer to refresh its networks');
}
