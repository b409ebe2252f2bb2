import type { BrowserContext, Page } from '@playwright/test';
import { startSandbox, type Sandbox, type SandboxSeed } from '../sandbox/server';
import { launchWithExtension } from '../e2e/chromium';
import { Composer, OptionsPage } from '../e2e/pages';

/**
 * The scene of the README's screenshots (and of the one-glance end-to-end test): an agency with
 * two profiles and seven linked networks, and an article being shared.
 */

export const SCENE_KEY = 'screenshots-api-key-0001';
const X_APP = { xApiKey: 'screenshots-x-consumer-key', xApiSecret: 'screenshots-x-consumer-secret' };
export const ARTICLE = { url: 'https://news.example/2026/harbour-lights', title: 'The harbour lights come back on' };
export const SEVEN = ['bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'twitter', 'youtube'] as const;
export const CLIENT = { name: 'Northwind Café', profileKey: 'screenshots-profile-key-0001' };

export function sceneSeed(): SandboxSeed {
  return {
    apiKeys: [SCENE_KEY],
    primary: { title: 'Harbour Studio', linked: [...SEVEN] },
    profiles: [{ title: CLIENT.name, profileKey: CLIENT.profileKey, linked: ['bluesky', 'facebook', 'instagram'] }],
  };
}

export interface Scene {
  sandbox: Sandbox;
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * The accounts' pictures (GET /user `userImage`) are on the networks' own hosts, which this
 * machine cannot reach: a drawn one stands in for each.
 */
const AVATAR =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><circle cx="14" cy="14" r="14" fill="#e8590c"/>' +
  '<text x="14" y="19" font-family="sans-serif" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">H</text></svg>';

/** Chromium with the built extension, set up as the agency would: key, base URL, a client profile. */
export async function openScene(): Promise<Scene> {
  const sandbox = await startSandbox({ port: 0, seed: sceneSeed() });
  const context = await launchWithExtension();
  await context.route(/^https:\/\/(?!news\.example\/)/, (route) => route.fulfill({ contentType: 'image/svg+xml', body: AVATAR }));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const options = await OptionsPage.open(context, extensionId);
  await options.configure({ baseUrl: sandbox.baseUrl, apiKey: SCENE_KEY, ...X_APP });
  await options.addProfile(CLIENT.name, CLIENT.profileKey);
  await options.page.close();
  return {
    sandbox,
    context,
    extensionId,
    async close() {
      await context.close();
      await sandbox.close();
    },
  };
}

/** The composer at the size of the largest popup a browser gives, prefilled with the article. */
export async function openPopup(scene: Scene, size = { width: 800, height: 600 }): Promise<Composer> {
  const composer = await Composer.open(scene.context, scene.extensionId, ARTICLE);
  await composer.page.setViewportSize(size);
  return composer;
}

export async function networksShown(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Networks' }).getByRole('checkbox').first().waitFor();
}
