import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

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
 * see it. Debian's Chromium (headless included) needs two things for that: `--lang` picks the
 * extension's `_locales` catalogue, while the UI locale (i18n.getUILanguage(), navigator.language
 * and so Intl's default for dates and numbers) comes from the LANGUAGE environment variable;
 * `--lang` alone gives German messages with "en-US" numbers.
 */
export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; extensionDir?: string; args?: string[]; timeZone?: string; language?: string } = {},
): Promise<BrowserContext> {
  const extension = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run "npm run build" first.`);
  }
  // Extension popups attach as targets of type "other"; Playwright adopts them as pages with this.
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  return chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    // The whole browser in that time zone, extension pages included (emulation reaches only tabs).
    env: options.timeZone || options.language ? { ...process.env, ...(options.timeZone && { TZ: options.timeZone }), ...(options.language && { LANGUAGE: options.language }) } : undefined,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--enable-unsafe-extension-debugging',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.args ?? []),
    ],
  });
}
