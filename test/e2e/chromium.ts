import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else one Playwright
 * installed itself. Never downloads one.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safe(() => chromium.executablePath())];
  const found = candidates.find((p): p is string => Boolean(p) && fs.existsSync(p!));
  if (!found) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * Chromium with the built extension loaded. Background networking is off because the machine's
 * network is closed; `--enable-unsafe-extension-debugging` lets tests click the toolbar button
 * through the DevTools protocol (Extensions.triggerAction).
 *
 * `language` ("de", "fr"…) runs the whole browser in that language, as a user who set it would
 * see it. Debian's Chromium picks the extension's `_locales` catalogue from `--lang`, while the UI
 * locale (i18n.getUILanguage(), navigator.language and so Intl's default for dates and numbers)
 * comes from the LANGUAGE environment variable, and only for the languages whose resources are
 * installed (Debian: chromium-l10n); Playwright's `locale` keeps it from telling pages en-US.
 *
 * On a new profile the extension opens the first-run guide in a tab of its own on install; it is
 * closed before the context is handed over, unless `keepInstallTab` (test/e2e/first-run.spec.ts).
 * A build that carries its key (the demo's) opens no guide: `withKey`.
 */
export async function launchWithExtension(
  options: {
    headless?: boolean;
    userDataDir?: string;
    extensionDir?: string;
    args?: string[];
    timeZone?: string;
    language?: string;
    keepInstallTab?: boolean;
    withKey?: boolean;
  } = {},
): Promise<BrowserContext> {
  const extension = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run "npm run build" first.`);
  }
  const dir = options.userDataDir ?? '';
  const installs = dir === '' || !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
  // Extension popups attach as targets of type "other"; Playwright adopts them as pages with this.
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    // Playwright Test would otherwise tell every page, the extension's included, that the
    // language is en-US (its default locale), whatever the browser's own.
    ...(options.language && { locale: options.language }),
    // The whole browser in that time zone, extension pages included (emulation reaches only tabs).
    env: {
      ...process.env,
      ...(options.timeZone && { TZ: options.timeZone }),
      ...(options.language && { LANGUAGE: options.language }),
    },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--enable-unsafe-extension-debugging',
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.args ?? []),
    ],
  });
  if (installs && !options.withKey && !options.keepInstallTab) await closeInstallTab(await installTab(context));
  return context;
}

const OPTIONS_PAGE = /^chrome-extension:\/\/[a-p]{32}\/options\.html$/;

/**
 * The options page the extension opened by itself on install (the first-run guide). Chrome shows
 * it in the new profile's blank tab when it is still there, else in a tab of its own.
 */
export async function installTab(context: BrowserContext): Promise<Page> {
  const shows = (page: Page) => page.waitForURL(OPTIONS_PAGE, { waitUntil: 'commit' }).then(() => page);
  return Promise.any([...context.pages().map(shows), context.waitForEvent('page').then(shows)]);
}

/**
 * Leaves the browser as it was before the install: one blank tab. The guide's tab is closed, not
 * navigated away (its page would stay in the back/forward cache, in the extension's process, and
 * count in every heap the benchmark measures there); a new blank tab comes first, since closing
 * the last would end a headed browser.
 */
async function closeInstallTab(tab: Page): Promise<void> {
  if (tab.context().pages().length === 1) await tab.context().newPage();
  await tab.close();
}
