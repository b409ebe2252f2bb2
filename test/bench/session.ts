import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../e2e/chromium';
import { Composer, OptionsPage } from '../e2e/pages';
import type { SandboxSeed } from '../sandbox/server';
import type { SandboxProcess } from './sandbox-process';

/**
 * The account the benchmark runs against, and the browser profile it measures in: configured
 * once, the way a user sets Sharebeam up, then opened again for each measurement so "cold" means
 * a browser that just started.
 */

export const BENCH_KEY = 'bench-api-key-0001';
export const ARTICLE = { url: 'https://news.example/2026/benchmark', title: 'A page worth sharing' };

/** Five user profiles (an agency's clients), each with Bluesky linked, for posting to 1 and to 5. */
export const CLIENTS = [1, 2, 3, 4, 5].map((n) => ({ name: `Client ${n}`, profileKey: `bench-profile-key-000${n}` }));

export function benchSeed(): SandboxSeed {
  return {
    apiKeys: [BENCH_KEY],
    primary: { title: 'Bench Primary', linked: ['bluesky', 'facebook', 'linkedin', 'threads', 'instagram', 'telegram'] },
    profiles: CLIENTS.map((c) => ({ title: c.name, profileKey: c.profileKey, linked: ['bluesky', 'linkedin'] })),
  };
}

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** A page of the extension at `file` (e.g. `popup.html?url=…`), in a new tab. */
  url(file: string): string;
  close(): Promise<void>;
}

/** Chromium on the benchmark's browser profile, with the worker of the extension running. */
export async function openBrowser(userDataDir: string): Promise<BenchBrowser> {
  const context = await launchWithExtension({ userDataDir });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    url: (file) => `chrome-extension://${extensionId}/${file}`,
    close: () => context.close(),
  };
}

export function newUserDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sharebeam-bench-'));
}

/**
 * Sets the extension up as a user does: the options page points it at the sandbox with a key and
 * adds five client profiles; then a composer fetches GET /user of every profile once, so every
 * later composer finds its networks in the cache.
 */
export async function setUpAccount(userDataDir: string, sandbox: SandboxProcess): Promise<void> {
  const browser = await openBrowser(userDataDir);
  try {
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.configure({ baseUrl: sandbox.baseUrl, apiKey: BENCH_KEY });
    for (const client of CLIENTS) await options.addProfile(client.name, client.profileKey);
    await options.page.close();

    const composer = await Composer.open(browser.context, browser.extensionId, { url: 'https://news.example/setting-up' });
    await composer.profilePicker.selectOption(['Primary profile', ...CLIENTS.map((c) => c.name)]);
    await waitFor(async () => (await cachedAccounts(composer.page)) === CLIENTS.length + 1, 'GET /user of every profile in the cache');
    await composer.page.close();
  } finally {
    await browser.close();
  }
}

/** How many profiles' networks the extension has cached. */
function cachedAccounts(page: Page): Promise<number> {
  return page.evaluate(async () => ((await chrome.storage.local.get('account')).account as unknown[] | undefined)?.length ?? 0);
}

/** Polls `condition` (each poll is a round trip to the browser or the sandbox) until it holds. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
