import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from './chromium';
import { E2E_KEY, E2E_X, expect, test } from './fixtures';
import {
  currentWorker,
  expectOneKey,
  fireOutboxAlarm,
  notificationsShown,
  Outbox,
  outboxAlarmTime,
  recordNotifications,
  shortenLongTimers,
  stopWorker,
  timeOfDayIn,
} from './faults';
import { Composer, OptionsPage } from './pages';

/**
 * Faults between Send and Ayrshare's answer, end to end: what the user sees at each step, and
 * that the sandbox got exactly one post where one was meant.
 */

const ARTICLE = { url: 'https://news.example/2026/outbox', title: 'Outbox' };
const TEXT = `${ARTICLE.title}\n${ARTICLE.url}`;

test.describe('sends that lose their worker, their popup or their browser', () => {
  test('the worker stopped mid-send, popup closed: the next worker checks, and the sandbox has one post', async ({
    openComposer,
    context,
    sw,
    sandbox,
  }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 1_500 });
    await composer.postButton.click();
    await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
    await composer.page.close();
    await stopWorker(context);
    // Ayrshare carries the post out though nobody is left to hear the answer.
    await expect.poll(() => sandbox.posts().length).toBe(1);

    // Opening the popup again wakes a new worker, which finds the send it was in the middle of. It
    // sends no copy while Ayrshare may still be working on the first: only once its grace is over.
    const again = await openComposer(ARTICLE);
    await expect(again.results).toContainText('Sending');
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
    await fireOutboxAlarm(await currentWorker(context));
    await expect(again.postLink('Bluesky')).toBeVisible();
    await expect(again.resultFor('Bluesky')).toContainText('Published');
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(2);
    expectOneKey(sandbox.requestsTo('POST', '/post'));
    // The copy is refused, and the post it repeats is found by its key.
    expect(sandbox.requestsTo('GET', '/history')).toHaveLength(1);
    await expect(again.postButton).toBeEnabled();
    void sw;
  });

  test('the worker stopped under an open composer: it keeps saying Sending, then shows the post', async ({
    openComposer,
    context,
    sandbox,
  }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 1_500 });
    await composer.postButton.click();
    await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
    await stopWorker(context);

    // The popup wakes a new worker, which waits out the request's grace before sending a copy.
    await expect.poll(() => sandbox.posts().length).toBe(1);
    await expect(composer.results).toContainText('Sending');
    await expect(composer.alert).toHaveCount(0);
    await fireOutboxAlarm(await currentWorker(context));
    await expect(composer.postLink('Bluesky')).toBeVisible();
    expect(sandbox.posts()).toHaveLength(1);
    expectOneKey(sandbox.requestsTo('POST', '/post'));
  });

  test('the popup closed right after Send: the post goes out once and a notification says so', async ({
    openComposer,
    sw,
    sandbox,
  }) => {
    await recordNotifications(sw);
    const composer = await openComposer(ARTICLE);
    await composer.network('Bluesky').check();
    await composer.network('Facebook').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 500 });
    await composer.postButton.click();
    await composer.page.close();

    await expect.poll(() => notificationsShown(sw)).toEqual([{ type: 'basic', iconUrl: '/icon/128.png', title: 'Posted to Bluesky and Facebook', message: TEXT }]);
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
    expect(sandbox.posts()).toHaveLength(1);

    // Opened again, the composer shows what happened and starts a fresh draft.
    const again = await openComposer(ARTICLE);
    await expect(again.postLink('Facebook')).toBeVisible();
    await expect(again.text).toHaveValue(TEXT);
  });

  test('the browser restarted mid-send: the send is resumed at start-up, and posted once', async ({ sandbox }) => {
    test.setTimeout(60_000);
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sharebeam-restart-'));
    try {
      let context = await launchWithExtension({ userDataDir });
      let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(sw.url()).host;
      const options = await OptionsPage.open(context, extensionId);
      await options.configure({ baseUrl: sandbox.baseUrl, apiKey: E2E_KEY, ...E2E_X });
      const composer = await Composer.open(context, extensionId, ARTICLE);
      await composer.network('LinkedIn').check();
      sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 1_000 });
      await composer.postButton.click();
      await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
      await context.close();
      await expect.poll(() => sandbox.posts().length).toBe(1);

      context = await launchWithExtension({ userDataDir });
      sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // The worker that starts with the browser picks the send up on its own, with no page open,
      // at the end of the request's grace period (its alarm).
      await expect.poll(() => outboxAlarmTime(sw)).toBeGreaterThan(0);
      expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
      await fireOutboxAlarm(sw);
      await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(2);
      const again = await Composer.open(context, extensionId, ARTICLE);
      await expect(again.postLink('LinkedIn')).toBeVisible();
      expect(sandbox.posts()).toHaveLength(1);
      expectOneKey(sandbox.requestsTo('POST', '/post'));
      await context.close();
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

test.describe('answers that do not come, or come wrong', () => {
  test('the connection dropped after Ayrshare accepted the post: the re-sent copy finds the post, one is made', async ({
    openComposer,
    sandbox,
  }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'dropAfterAccept' });
    await composer.postButton.click();

    // Chromium re-sends a request whose pooled connection closed without an answer, POST included.
    // Without the idempotency key that copy would be a second post; with it, Ayrshare refuses it
    // (naming the post or not: the docs do not say), and Sharebeam finds the post by its key.
    await expect(composer.postLink('Bluesky')).toBeVisible();
    await expect(composer.resultFor('Bluesky')).toContainText('Published');
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.requestsTo('POST', '/post').map((r) => r.status ?? r.fault)).toEqual(['dropAfterAccept', 400]);
    expectOneKey(sandbox.requestsTo('POST', '/post'));
    expect(sandbox.requestsTo('GET', '/history')).toHaveLength(1);
  });

  test('a 500, then success: the user is told when it retries, and it posts once', async ({ openComposer, sw, sandbox }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Facebook').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 500 });
    const clicked = Date.now();
    await composer.postButton.click();

    await expect(composer.results).toContainText('Ayrshare had a problem (HTTP 500). Retries at');
    const retryAt = (await outboxAlarmTime(sw))!;
    expect(retryAt - clicked).toBeGreaterThanOrEqual(60_000);
    expect(retryAt - clicked).toBeLessThan(70_000);
    await expect(composer.results).toContainText(`Retries at ${await timeOfDayIn(composer.page, retryAt)}.`);

    await fireOutboxAlarm(sw);
    await expect(composer.postLink('Facebook')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(2);
    expectOneKey(sandbox.requestsTo('POST', '/post'));
    expect(sandbox.posts()).toHaveLength(1);
  });

  for (const { name, fault, wait } of [
    { name: 'with Retry-After', fault: { kind: 'rateLimit', headers: { 'retry-after': '120' } }, wait: [120_000, 125_000] },
    // 42 s is neither Retry-After's nor the five-minute window Sharebeam falls back on: only a read header gives it.
    { name: 'with only x-ratelimit headers', fault: { kind: 'rateLimit', headers: { 'x-ratelimit-reset': '42000' } }, wait: [42_000, 47_000] },
    { name: 'with no header at all', fault: { kind: 'status', status: 429 }, wait: [5 * 60_000, 5 * 60_000 + 5_000] },
  ] as const) {
    test(`a 429 ${name} backs off as told, says until when, then posts once`, async ({ openComposer, sw, sandbox }) => {
      const composer = await openComposer(ARTICLE);
      await composer.network('Bluesky').check();
      sandbox.fault({ method: 'POST', path: '/post', ...fault });
      const clicked = Date.now();
      await composer.postButton.click();

      await expect(composer.results).toContainText('Ayrshare asked Sharebeam to slow down. Retries at');
      const retryAt = (await outboxAlarmTime(sw))!;
      expect(retryAt - clicked).toBeGreaterThanOrEqual(wait[0] - 1_000);
      expect(retryAt - clicked).toBeLessThanOrEqual(wait[1]);
      await expect(composer.results).toContainText(`Retries at ${await timeOfDayIn(composer.page, retryAt)}.`);
      expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);

      await fireOutboxAlarm(sw);
      await expect(composer.postLink('Bluesky')).toBeVisible();
      expect(sandbox.requestsTo('POST', '/post')).toHaveLength(2);
      expect(sandbox.posts()).toHaveLength(1);
    });
  }

  for (const kind of ['malformed', 'truncated'] as const) {
    test(`a ${kind} JSON reply is no answer: Sharebeam checks, and the sandbox has one post`, async ({ openComposer, sw, sandbox }) => {
      const composer = await openComposer(ARTICLE);
      await composer.network('Bluesky').check();
      sandbox.fault({ method: 'POST', path: '/post', kind });
      await composer.postButton.click();

      const host = new URL(sandbox.baseUrl).host;
      await expect(composer.results).toContainText(`No clear answer from ${host}. Checks again at`);
      await fireOutboxAlarm(sw);
      await expect(composer.postLink('Bluesky')).toBeVisible();
      expect(sandbox.posts()).toHaveLength(1);
      expectOneKey(sandbox.requestsTo('POST', '/post'));
    });
  }

  test('a server slower than the timeout: Sharebeam gives up waiting, then finds the post it made', async ({
    openComposer,
    sw,
    sandbox,
  }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Threads').check();
    // Long enough for the request to reach the sandbox on a loaded machine, shorter than its delay.
    await shortenLongTimers(sw, 600);
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 2_500 });
    await composer.postButton.click();

    const host = new URL(sandbox.baseUrl).host;
    await expect(composer.results).toContainText(`No clear answer from ${host}. Checks again at`);
    await expect.poll(() => sandbox.posts().length).toBe(1);
    await fireOutboxAlarm(sw);
    await expect(composer.postLink('Threads')).toBeVisible();
    expect(sandbox.posts()).toHaveLength(1);
    expectOneKey(sandbox.requestsTo('POST', '/post'));
  });
});

test.describe('offline, and the user in charge', () => {
  test('offline, a send waits for the network and goes out when it returns', async ({ openComposer, context, sandbox }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Bluesky').check();
    await context.setOffline(true);
    await composer.postButton.click();

    await expect(composer.results).toContainText('Waiting for the network.');
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
    await context.setOffline(false);
    await expect(composer.postLink('Bluesky')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
  });

  test('a waiting send is listed in the Outbox of any popup, and Cancel stops it for good', async ({ openComposer, sw, sandbox }) => {
    const first = await openComposer(ARTICLE);
    await first.text.fill('A post I will think better of');
    await first.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 503 });
    await first.postButton.click();
    await expect(first.results).toContainText('Ayrshare had a problem (HTTP 503). Retries at');
    await first.page.close();

    const other = await openComposer({ url: 'https://elsewhere.example/' });
    const outbox = new Outbox(other.page);
    const send = outbox.send('A post I will think better of');
    await expect(send).toContainText('To Bluesky: A post I will think better of');
    await expect(send).toContainText('Ayrshare had a problem (HTTP 503). Retries at');
    await send.getByRole('button', { name: 'Cancel' }).click();
    await expect(send).toContainText('Cancelled: not posted.');
    await expect(send.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    expect(await outboxAlarmTime(sw)).toBeUndefined();

    // The draft is still there to send again, and nothing was posted.
    const back = await openComposer(ARTICLE);
    await expect(back.text).toHaveValue('A post I will think better of');
    await expect(back.results).toContainText('Cancelled: not posted.');
    await expect(back.postButton).toBeEnabled();
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
    expect(sandbox.posts()).toHaveLength(0);
  });

  test("the composer's own waiting send can be cancelled where it is shown", async ({ openComposer, sandbox }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('LinkedIn').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 502 });
    await composer.postButton.click();
    await composer.results.getByRole('button', { name: 'Cancel' }).click();
    await expect(composer.results).toContainText('Cancelled: not posted.');
    await expect(composer.postButton).toBeEnabled();
    expect(sandbox.posts()).toHaveLength(0);
  });
});
