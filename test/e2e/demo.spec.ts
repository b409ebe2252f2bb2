import { test as base, expect } from '@playwright/test';
import { startDemo, type Demo } from '../demo/demo';
import { clickToolbarButton, Composer } from './pages';

// `npm start`, as the README tells a new user: no account, no options to fill in.
const test = base.extend<{ demo: Demo }>({
  demo: async ({}, use) => {
    const demo = await startDemo({ port: 0, headless: true, buildDir: 'chrome-mv3-e2e-demo' });
    await use(demo);
    await demo.stop();
  },
});

test('the demo shares its page to two networks with no setup and shows both post links', async ({ demo }) => {
  test.setTimeout(60_000);
  const [page] = demo.context.pages();
  const sw = demo.context.serviceWorkers()[0] ?? (await demo.context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  const composer = new Composer(await clickToolbarButton(demo.context, page!, extensionId));
  await expect(composer.text).toHaveValue(`Why light beams stay straight\n${demo.sandbox.origin}/demo`);
  await composer.network('Bluesky').check();
  await composer.network('LinkedIn').check();
  await composer.postButton.click();

  await expect(composer.postLink('Bluesky')).toBeVisible();
  await expect(composer.postLink('LinkedIn')).toBeVisible();
  expect(demo.sandbox.requestsTo('POST', '/post')).toHaveLength(1);
});
