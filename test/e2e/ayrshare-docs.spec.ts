import { countKeepAlives, currentWorker, fireOutboxAlarm, outboxAlarmTime } from './faults';
import { E2E_KEY, e2eSeed, expect, test } from './fixtures';
import { Composer, OptionsPage } from './pages';

/**
 * What a real Ayrshare answers as its docs show it, and where the docs leave room, as the
 * sandbox's pessimistic readings (the Playwright project "pessimistic" runs these again with them):
 * each ends with exactly one post and what happened, said to the user.
 */

const ARTICLE = { url: 'https://news.example/2026/docs', title: 'As documented' };

/** A local date and time an hour or two ahead, as the schedule field takes it. */
function localIn(ms: number): { local: string; utc: string } {
  const at = new Date(Date.now() + ms);
  at.setSeconds(0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return { local, utc: at.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

test.describe('Ayrshare as the docs show it', () => {
  test('Telegram, whose post id is a number, and Bluesky: both links, one request', async ({ openComposer, sandbox, pessimistic }) => {
    sandbox.reset(e2eSeed({ linked: ['bluesky', 'telegram'] }, pessimistic));
    const composer = await openComposer(ARTICLE);
    await composer.network('Telegram').check();
    await composer.network('Bluesky').check();
    await composer.postButton.click();

    await expect(composer.postLink('Telegram')).toBeVisible();
    await expect(composer.postLink('Bluesky')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
    expect(sandbox.posts()[0]?.postIds.find((p) => p.platform === 'telegram')?.id).toEqual(expect.any(Number));
  });

  test('a scheduled evergreen series starts inside autoRepost, with no scheduleDate beside it', async ({ openComposer, sandbox }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('LinkedIn').check();
    const { local, utc } = localIn(2 * 3_600_000);
    await composer.scheduleFor.fill(local);
    const panel = await composer.moreOptions();
    await panel.getByLabel('Repost as evergreen content').check();
    await panel.getByLabel('Every (days)').fill('7');
    await composer.page.getByRole('button', { name: 'Schedule', exact: true }).click();

    await expect(composer.resultFor('LinkedIn')).toContainText('Scheduled.');
    const [request] = sandbox.requestsTo('POST', '/post');
    expect(request?.body).toMatchObject({ autoRepost: { repeat: 3, days: 7, startDate: utc } });
    expect(request?.body).not.toHaveProperty('scheduleDate');
    // Ayrshare schedules the series' first post at its start.
    expect(sandbox.posts()[0]).toMatchObject({ status: 'pending', scheduleDate: utc, autoRepostId: expect.any(String) });
  });

  test("with no X keys saved, X and Bluesky: Bluesky is posted, and X names the missing keys, linking to Options", async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.configure({ baseUrl: sandbox.baseUrl, apiKey: E2E_KEY });
    const composer = await Composer.open(context, extensionId, ARTICLE);
    await composer.network('X').check();
    await composer.network('Bluesky').check();
    const x = composer.networkRow('X');
    await expect(x).toContainText('X needs your X app’s API key and secret, saved in Options');
    await expect(x.getByRole('link', { name: 'Open Options' })).toBeVisible();
    await composer.postButton.click();

    await expect(composer.postLink('Bluesky')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post').map((r) => (r.body as { platforms: string[] }).platforms)).toEqual([['bluesky']]);
    expect(sandbox.posts()).toHaveLength(1);
  });

  test('an answer that takes 40 seconds: the worker waits for it, sends no copy meanwhile, and shows the post', async ({
    openComposer,
    context,
    sandbox,
    pessimistic,
  }) => {
    test.setTimeout(150_000);
    const keepAlives = await countKeepAlives(await currentWorker(context));
    const first = await openComposer(ARTICLE);
    await first.network('Bluesky').check();
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 40_000 });
    await first.postButton.click();
    // The popup is closed at once, as people do: only the request itself is left to wait for.
    await expect.poll(() => sandbox.requestsTo('POST', '/post').length).toBe(1);
    await first.page.close();
    await expect.poll(() => sandbox.posts().length, { timeout: 60_000 }).toBe(1);
    // Every 20 seconds while the request was open, the worker made a call that keeps it running.
    expect(await keepAlives()).toBeGreaterThanOrEqual(1);
    const composer = await openComposer(ARTICLE);

    if (pessimistic) {
      // The slow post is made, and answered with a 500: the re-sent copy finds it by its key.
      await expect(composer.results).toContainText('Ayrshare had a problem (HTTP 500). Retries at', { timeout: 60_000 });
      await fireOutboxAlarm(await currentWorker(context));
    }
    await expect(composer.postLink('Bluesky')).toBeVisible({ timeout: 60_000 });
    await expect(composer.resultFor('Bluesky')).toContainText('Published');
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(pessimistic ? 2 : 1);
  });

  test('a post awaiting approval is confirmed once approved, whatever shape GET /post/:id answers in', async ({
    openComposer,
    context,
    sandbox,
    pessimistic,
  }) => {
    const composer = await openComposer(ARTICLE);
    await composer.network('Facebook').check();
    await (await composer.moreOptions()).getByLabel('Require approval').check();
    await composer.postButton.click();
    await expect(composer.resultFor('Facebook')).toContainText('Waiting for approval.');

    // Approved in Ayrshare's dashboard (here, through the API).
    const [made] = sandbox.posts();
    const approved = await fetch(`${sandbox.baseUrl}/post`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: made?.id, approved: true }),
    });
    expect(approved.status).toBe(200);
    const sw = await currentWorker(context);
    await expect.poll(() => outboxAlarmTime(sw)).toBeGreaterThan(0);
    await fireOutboxAlarm(sw);

    await expect(composer.postLink('Facebook')).toBeVisible();
    await expect(composer.resultFor('Facebook')).toContainText('Published');
    const read = sandbox.requestsTo('GET', `/post/${made?.id}`);
    expect(read.length).toBeGreaterThan(0);
    if (pessimistic) expect(Array.isArray(await (await fetch(`${sandbox.baseUrl}/post/${made?.id}`, { headers: { Authorization: `Bearer ${E2E_KEY}` } })).json())).toBe(true);
    expect(sandbox.posts()).toHaveLength(1);
  });
});
