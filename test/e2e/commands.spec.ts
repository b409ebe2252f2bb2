import type { Worker } from '@playwright/test';
import { notificationsShown, recordNotifications, storedOutbox, wakeOutboxAt } from './faults';
import { expect, test } from './fixtures';
import type { OptionsPage } from './pages';

const PAGE = { url: 'https://news.example/keyboard', title: 'Shared by keyboard' };

async function pressShareNow(sw: Worker, page: { url: string; title: string }) {
  await sw.evaluate(async (page) => {
    const [tab] = await chrome.tabs.query({ url: page.url });
    // A real key press grants activeTab, which gives the command its tab's address and title.
    (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('share-page-now', { ...tab, ...page });
  }, page);
}

async function setDefaultNetworks(options: OptionsPage) {
  const primary = options.profile('Primary profile');
  await primary.getByRole('button', { name: 'Edit' }).click();
  await primary.getByRole('checkbox', { name: 'Bluesky', exact: true }).check();
  await primary.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
  await primary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(primary).toContainText('Default networks: Bluesky and LinkedIn');
}

/** Presses Alt+Shift+P on the page and waits for the notification offering Undo; returns the held send. */
async function shareNowHeld(sw: Worker, webPage: (html: { url: string; title: string; body: string }) => Promise<unknown>) {
  // A title a page rewrote with control characters and a selection on the page: only the cleaned title and the address go.
  await webPage({ ...PAGE, body: '<p id="q">Selected words</p>' });
  await recordNotifications(sw);
  await pressShareNow(sw, { ...PAGE, title: `\u0007${PAGE.title}\n` });
  await expect.poll(() => notificationsShown(sw)).toEqual([
    expect.objectContaining({ title: 'Sharing in 10 seconds to Bluesky and LinkedIn', message: `${PAGE.title}\n${PAGE.url}`, buttons: [{ title: 'Undo' }] }),
  ]);
  const [entry] = await storedOutbox(sw);
  expect(entry?.targets).toEqual([expect.objectContaining({ state: 'queued', retryAt: expect.any(Number) })]);
  return { id: entry!.id, endsAt: entry!.targets[0]!.retryAt! };
}

test('share-now waits ten seconds with Undo, then posts the page once and reports it', async ({ configured, sw, sandbox, webPage }) => {
  await setDefaultNetworks(configured);
  const held = await shareNowHeld(sw, webPage);
  expect(held.endsAt - Date.now()).toBeLessThanOrEqual(10_000);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);

  // The ten seconds end (the outbox alarm, as the browser fires it then).
  await wakeOutboxAt(sw, held.endsAt);
  await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ post: `${PAGE.title}\n${PAGE.url}`, platforms: ['bluesky', 'linkedin'] });
  await expect.poll(() => notificationsShown(sw)).toContainEqual(expect.objectContaining({ title: 'Posted to Bluesky and LinkedIn' }));
  expect(sandbox.posts()).toHaveLength(1);
});

test('Undo within the ten seconds sends nothing, then or later', async ({ configured, sw, sandbox, webPage }) => {
  await setDefaultNetworks(configured);
  const held = await shareNowHeld(sw, webPage);
  await sw.evaluate((id) => (chrome.notifications.onButtonClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(id, 0), held.id);
  await expect.poll(async () => (await storedOutbox(sw))[0]?.targets[0]?.state).toBe('cancelled');

  await wakeOutboxAt(sw, held.endsAt);
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
  expect((await storedOutbox(sw))[0]?.targets[0]?.state).toBe('cancelled');
});

test('share-now turned off in the options says so, and posts nothing', async ({ configured, sw, sandbox, webPage }) => {
  await setDefaultNetworks(configured);
  await configured.page.getByRole('checkbox', { name: /^Alt\+Shift\+P shares the page/ }).uncheck();
  await expect(configured.page.getByText('Share now is off.')).toBeVisible();
  await webPage({ ...PAGE, body: '<p>Keyboard</p>' });
  await recordNotifications(sw);
  await pressShareNow(sw, PAGE);
  await expect.poll(() => notificationsShown(sw)).toEqual([
    expect.objectContaining({ title: 'This page was not shared', message: "Share now (Alt+Shift+P) is turned off in Sharebeam's options." }),
  ]);
  expect(await storedOutbox(sw)).toEqual([]);
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
