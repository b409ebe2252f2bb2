import type { Worker } from '@playwright/test';
import { notificationsShown, recordNotifications } from './faults';
import { expect, test } from './fixtures';

const PAGE = { url: 'https://news.example/keyboard', title: 'Shared by keyboard' };

async function pressShareNow(sw: Worker, page: { url: string; title: string }) {
  await sw.evaluate(async (page) => {
    const [tab] = await chrome.tabs.query({ url: page.url });
    // A real key press grants activeTab, which gives the command its tab's address and title.
    (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('share-page-now', { ...tab, ...page });
  }, page);
}

test('the share-now command posts the page to the default networks and reports it in a notification', async ({
  configured,
  sw,
  sandbox,
  webPage,
}) => {
  const primary = configured.profile('Primary profile');
  await primary.getByRole('button', { name: 'Edit' }).click();
  await primary.getByRole('checkbox', { name: 'Bluesky', exact: true }).check();
  await primary.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
  await primary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(primary).toContainText('Default networks: Bluesky, LinkedIn');

  await webPage({ ...PAGE, body: '<p>Keyboard</p>' });
  await recordNotifications(sw);
  await pressShareNow(sw, PAGE);

  await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({
    post: `${PAGE.title}\n${PAGE.url}`,
    platforms: ['bluesky', 'linkedin'],
  });
  await expect.poll(() => notificationsShown(sw)).toEqual([expect.objectContaining({ title: expect.stringContaining('Bluesky, LinkedIn') })]);
});

test('without default networks the command says what to set, and posts nothing', async ({ configured, sw, sandbox, webPage }) => {
  void configured;
  await webPage({ ...PAGE, body: '<p>Keyboard</p>' });
  await recordNotifications(sw);
  await pressShareNow(sw, PAGE);
  await expect.poll(() => notificationsShown(sw)).toEqual([
    expect.objectContaining({ title: 'This page was not shared', message: expect.stringContaining('Choose them in Options, under Profiles') }),
  ]);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});
