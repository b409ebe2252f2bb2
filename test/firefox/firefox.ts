import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { vi } from 'vitest';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** How long a page, a control or an answer may take to appear on a loaded two-core machine. */
export const WAIT_MS = 15_000;

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr, else a firefox. Never downloads one. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => Boolean(p) && fs.existsSync(p!));
  if (!found) throw new Error('No Firefox found. Install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/**
 * Polls `check` until it returns something other than undefined or false (or stops throwing),
 * for at most `timeout` ms: what the tests wait on instead of sleeping.
 */
export function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeout = WAIT_MS): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined || value === false) throw new Error(`Gave up waiting for ${what}`);
      return value;
    },
    { timeout, interval: 50 },
  );
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>, fixed before the add-on is installed. */
  origin: string;
  /** Opens a page of the extension in a new tab and resolves once it has loaded. */
  open(pathAndQuery: string): Promise<Page>;
  /** The tab showing a page of the extension that the extension opened itself. */
  tabAt(pathname: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox, headless, driven over WebDriver BiDi, with the built add-on installed as a
 * temporary add-on. Its internal UUID is fixed by a pref, so its pages' addresses are known.
 * `prefs` adds Firefox prefs (e.g. a short background idle timeout).
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it BiDi refuses to navigate a tab to a moz-extension:// address.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), ...prefs },
  });
  try {
    await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;

  /** The address the document in `page` shows, or undefined while it has none to tell. */
  const hrefOf = (page: Page) => page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined)).catch(() => undefined);

  return {
    browser,
    origin,
    async open(pathAndQuery) {
      const url = `${origin}${pathAndQuery}`;
      const page = await browser.newPage();
      // Firefox sends no load event for moz-extension:// documents over BiDi, so the navigation
      // never settles for Puppeteer (which keeps calling the tab about:blank): start it, then ask
      // the document itself.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await until(`${url} to load`, async () => (await hrefOf(page)) === url);
      return page;
    },
    async tabAt(pathname) {
      return until(`a tab showing ${pathname}`, async () => {
        for (const page of await browser.pages()) {
          const href = await hrefOf(page);
          if (href && new URL(href).pathname === pathname && href.startsWith(origin)) return page;
        }
        return undefined;
      });
    },
    close: () => browser.close(),
  };
}
