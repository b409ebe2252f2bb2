import { expect, test } from './fixtures';
import { SENDING_GRACE_MS } from '../../utils/outbox/states';
import { until, WAIT_MS } from './firefox';
import { aria, Composer, hrefOf } from './pages';

const ARTICLE = { url: 'https://news.example/2026/outbox', title: 'Outbox' };

/**
 * Firefox runs the background as an event page and stops it `extensions.background.idle.timeout`
 * ms after its last extension API call or event (30 s by default), whether or not a request is
 * still waiting for its answer. With one second, Firefox itself stops it in the middle of a
 * request, as it would with the default and an Ayrshare slower than 30 s.
 */
test.override({ firefoxPrefs: { 'extensions.background.idle.timeout': 1_000 } });

test('a send whose background Firefox stopped mid-request is delivered once, when its alarm wakes the background', { timeout: SENDING_GRACE_MS + 90_000 }, async ({
  configured,
  firefox,
  sandbox,
}) => {
  // Asked through an extension page that stays open; reading the contexts does not wake the background.
  const backgroundRuns = () =>
    configured.page.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['BACKGROUND' as never] })).length > 0);
  const composer = await Composer.open(firefox, ARTICLE);
  await composer.check('Bluesky');
  // Ayrshare takes its time with the post: it makes it long after the background is gone (Firefox
  // stops it about a second after the request left).
  sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 8_000 });
  await composer.post();
  await until('the post to reach the sandbox', () => sandbox.requestsTo('POST', '/post').length === 1);
  await composer.page.close();

  await until('Firefox to stop the idle background', async () => !(await backgroundRuns()));
  // Stopped before Ayrshare answered: the answer has nobody to go to.
  expect(sandbox.posts()).toHaveLength(0);
  // The outbox alarm that would wake it on its own is set (two minutes on: the test does not wait).
  expect(await configured.page.evaluate(async () => (await chrome.alarms.get('outbox'))?.scheduledTime)).toBeGreaterThan(Date.now());
  // Ayrshare carries the post out though nobody is left to hear the answer.
  await until('the sandbox to make the post', () => sandbox.posts().length === 1);

  // The composer opened again shows the send as still going, and no copy leaves while Ayrshare
  // may still be working on the first: only once its grace period is over, when Firefox's own
  // alarm starts the background again.
  const again = await Composer.open(firefox, ARTICLE);
  await until('the composer to show the send going', async () => (await again.page.evaluate(() => document.body.innerText)).includes('Sending'));
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
  const link = await until(
    'the outbox alarm to send the copy and find the post it repeats',
    () => again.page.$(aria('View post on Bluesky', 'link')).then((found) => found ?? undefined),
    SENDING_GRACE_MS + WAIT_MS,
  );
  const [made] = sandbox.posts();
  expect(sandbox.posts()).toHaveLength(1);
  // The composer links the very post the interrupted request made.
  expect(await hrefOf(link)).toBe(made?.postIds.find((p) => p.platform === 'bluesky')?.postUrl);
  const keys = sandbox.requestsTo('POST', '/post').map((r) => (r.body as { idempotencyKey?: string }).idempotencyKey);
  expect(new Set(keys).size).toBe(1);
});
