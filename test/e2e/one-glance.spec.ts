import type { Locator, Page } from '@playwright/test';
import { E2E_KEY, expect, test } from './fixtures';
import type { Composer } from './pages';

/**
 * Share in one glance: in the largest popup a browser gives (800 × 600), the common case needs no
 * scrolling, before Post and after it.
 */

const SEVEN = ['bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'twitter', 'youtube'] as const;
const CLIENT = { name: 'Northwind Café', key: 'profile-key-northwind-01' };
const ARTICLE = { url: 'https://news.example/2026/harbour-lights', title: 'The harbour lights come back on' };
const CHOSEN = ['Bluesky', 'Facebook', 'LinkedIn'];

/** Whether the whole of the element is inside the page's viewport, as the page is scrolled now. */
async function inView(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

test.beforeEach(async ({ configured, sandbox }) => {
  sandbox.reset({
    apiKeys: [E2E_KEY],
    primary: { title: 'Harbour Studio', linked: [...SEVEN] },
    profiles: [{ title: CLIENT.name, profileKey: CLIENT.key, linked: ['bluesky', 'facebook', 'instagram'] }],
  });
  await configured.addProfile(CLIENT.name, CLIENT.key);
});

async function openAtPopupSize(openComposer: (prefill: typeof ARTICLE) => Promise<Composer>): Promise<Composer> {
  const composer = await openComposer(ARTICLE);
  await composer.page.setViewportSize({ width: 800, height: 600 });
  return composer;
}

test('at 800 × 600, three of seven networks are chosen and posted without scrolling, and every result link is in view', async ({
  openComposer,
  sandbox,
}) => {
  const composer = await openAtPopupSize(openComposer);
  await expect(composer.profilePicker).toBeVisible();
  await expect(composer.page.getByRole('group', { name: 'Networks' }).getByRole('checkbox')).toHaveCount(SEVEN.length);
  for (const network of CHOSEN) await composer.network(network).check();
  await expect(composer.page.getByText('3 networks', { exact: true })).toBeVisible();

  const scrolled = () => composer.page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.scrollTop > 0) || scrollY > 0);
  expect(await inView(composer.page, composer.postButton)).toBe(true);
  await composer.postButton.click();

  await expect(composer.postLink(CHOSEN[0]!)).toBeVisible();
  expect(await inView(composer.page, composer.resultFor(CHOSEN[0]!))).toBe(true);
  for (const network of CHOSEN) {
    await expect(composer.postLink(network)).toBeVisible();
    expect(await inView(composer.page, composer.postLink(network))).toBe(true);
  }
  expect(await scrolled()).toBe(false);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ platforms: ['bluesky', 'facebook', 'linkedin'] });
});

test('Undo deletes the post just published, after a confirmation, and New post starts an empty draft', async ({ openComposer, sandbox }) => {
  const composer = await openAtPopupSize(openComposer);
  await composer.text.fill('A typo in the harbour lights');
  for (const network of CHOSEN) await composer.network(network).check();
  await composer.postButton.click();
  await expect(composer.postLink('LinkedIn')).toBeVisible();
  const [post] = sandbox.posts();

  // Asked first: a cancelled question deletes nothing.
  const dialog = composer.page.getByRole('dialog', { name: 'Delete this post?' });
  await composer.results.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(dialog).toContainText('Bluesky, Facebook, and LinkedIn');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(sandbox.requestsTo('DELETE', '/post')).toHaveLength(0);

  await composer.results.getByRole('button', { name: 'Undo', exact: true }).click();
  await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(composer.results.getByRole('status').filter({ hasText: 'Deleted.' })).toBeVisible();
  expect(sandbox.requestsTo('DELETE', '/post').map((r) => r.body)).toEqual([{ id: post?.id }]);
  expect(sandbox.posts()[0]?.status).toBe('deleted');
  // The draft is back, to correct and post again.
  await expect(composer.text).toHaveValue('A typo in the harbour lights');
  await expect(composer.results.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);

  await composer.results.getByRole('button', { name: 'New post', exact: true }).click();
  await expect(composer.results).toHaveCount(0);
  await expect(composer.text).toHaveValue('');
  await expect(composer.text).toBeVisible();
  for (const network of CHOSEN) await expect(composer.network(network)).toBeChecked();
});

test('by keyboard: Tab follows the layout, Escape closes a panel, Ctrl+Enter posts', async ({ openComposer, sandbox }) => {
  const composer = await openAtPopupSize(openComposer);
  const page = composer.page;
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return element.id || element.textContent?.trim() || element.tagName;
    });
  await expect(page.getByRole('button', { name: 'Add media' })).toBeVisible();
  await composer.text.focus();
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  // After the text: its media, the profiles, then the networks in their order.
  expect(order).toEqual(['Add media', 'profile', 'network-bluesky', 'network-facebook']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(composer.text).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Italic' })).toBeFocused();

  await composer.openPanel('More options');
  const approval = page.getByLabel('Require approval');
  await approval.focus();
  await page.keyboard.press('Escape');
  await expect(approval).toBeHidden();
  await expect(page.locator('summary', { hasText: /^More options/ })).toBeFocused();

  await composer.network('Bluesky').check();
  await composer.text.press('Control+Enter');
  await expect(composer.postLink('Bluesky')).toBeVisible();
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
});
