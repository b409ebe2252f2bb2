import type { BrowserContext, Worker } from '@playwright/test';
import { fireOutboxAlarm, notificationsShown, recordNotifications, stopWorker } from './faults';
import { e2eSeed, expect, test } from './fixtures';

const badge = (sw: Worker) => sw.evaluate(() => chrome.action.getBadgeText({}));

/** Wakes a stopped worker: a page of the extension asks it something, as the popup would. */
async function wakeWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByLabel('API base URL')).not.toHaveValue('');
  await page.close();
}

test('a network still publishing is followed until it is done, across a stopped worker, with one notification and the badge meanwhile', async ({
  context,
  extensionId,
  openComposer,
  sandbox,
  sw,
}) => {
  sandbox.reset(e2eSeed({ linked: ['tiktok', 'bluesky'], pending: { tiktok: { afterMs: 90_000, outcome: 'success' } } }));
  const composer = await openComposer({ url: 'https://news.example/clip', media: ['https://cdn.example/clip.mp4'] });
  await composer.network('TikTok').check();
  await composer.postButton.click();
  await expect(composer.resultFor('TikTok')).toContainText('Accepted; the network is still publishing it.');
  await expect.poll(() => badge(sw)).toBe('1');
  await composer.page.close();

  // Chrome stops the idle worker; the next one finds the post to follow in storage, its alarm set.
  await stopWorker(context);
  await wakeWorker(context, extensionId);
  // Playwright's handle follows the new worker.
  await recordNotifications(sw);

  // Ayrshare finishes; the background's next check finds it.
  sandbox.advanceClock(120_000);
  await fireOutboxAlarm(sw);
  await expect.poll(() => notificationsShown(sw)).toEqual([expect.objectContaining({ title: 'Posted to TikTok' })]);
  expect(sandbox.requestsTo('GET', `/post/${sandbox.posts()[0]?.id}`).length).toBeGreaterThan(0);
  await expect.poll(() => badge(sw)).toBe('');

  // Nothing more to check: no second notification.
  await expect.poll(() => sw.evaluate(async () => Boolean(await chrome.alarms.get('outbox')))).toBe(false);
  expect(await notificationsShown(sw)).toHaveLength(1);
});

test('a scheduled post is checked after its time and reported once published', async ({ openComposer, sandbox, sw }) => {
  await recordNotifications(sw);
  const composer = await openComposer({ url: 'https://news.example/later' });
  await composer.network('Bluesky').check();
  const at = new Date(sandbox.now() + 3_600_000);
  const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}T${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  await composer.scheduleFor.fill(local);
  await composer.page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(composer.resultFor('Bluesky')).toContainText('Scheduled.');
  await expect.poll(() => badge(sw)).toBe('1');

  sandbox.advanceClock(2 * 3_600_000);
  await fireOutboxAlarm(sw);
  await expect.poll(() => notificationsShown(sw)).toEqual([expect.objectContaining({ title: 'Posted to Bluesky' })]);
  await expect.poll(() => badge(sw)).toBe('');
  await expect(composer.postLink('Bluesky')).toBeVisible();
});

test('a page shared before says so when the composer opens on it again, with the post', async ({ openComposer }) => {
  const first = await openComposer({ url: 'https://news.example/once', title: 'Once' });
  await first.network('Bluesky').check();
  await first.postButton.click();
  await expect(first.postLink('Bluesky')).toBeVisible();
  await first.page.close();

  const again = await openComposer({ url: 'https://news.example/once', title: 'Once' });
  await expect(again.page.getByRole('note')).toContainText('You shared this page on');
  await expect(again.page.getByRole('note').getByRole('link', { name: 'View post on Bluesky' })).toHaveAttribute('href', /^https:\/\/bsky\.app\//);
});
