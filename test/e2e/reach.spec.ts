import { E2E_KEY, expect, test } from './fixtures';

/**
 * Each account's reach (issue 15): the network grid names the account each network posts to,
 * with its picture and its followers, from the cache at once, asked again once a day. The
 * follower fields of POST /analytics/social are unverified: the pessimistic sandbox puts them at
 * the network's level instead of under `analytics`.
 */

const DAY = 86_400_000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const compact = (n: number) => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(n);

/** The extension's requests for follower counts (the test asks the sandbox too, to know the numbers). */
const asked = (sandbox: { requestsTo(method: string, path: string): Array<{ headers: Record<string, string>; body: unknown }> }) =>
  sandbox.requestsTo('POST', '/analytics/social').filter((r) => r.headers.origin?.startsWith('chrome-extension://'));

/** Facebook's follower count as the sandbox reports it now, in either shape. */
async function facebookFollowers(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/analytics/social`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ platforms: ['facebook'] }),
  });
  const { facebook } = (await res.json()) as { facebook: { followersCount?: number; analytics?: { followersCount: number } } };
  return facebook.analytics?.followersCount ?? facebook.followersCount!;
}

test('follower counts appear beside the networks, from the cache at once, and are asked again once a day (either reading)', async ({
  context,
  openComposer,
  sandbox,
  sw,
}) => {
  // The accounts' pictures are on the networks' own hosts (GET /user userImage).
  await context.route('https://scontent.xx.fbcdn.net/**', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
  const before = await facebookFollowers(sandbox.baseUrl);
  let composer = await openComposer({ url: 'https://example.com/reach', title: 'Who sees it' });
  const facebook = composer.networkRow('Facebook');
  await expect(facebook).toContainText(`E2E Primary·${compact(before)}`);
  await expect(composer.network('Facebook')).toHaveAccessibleDescription(`E2E Primary Followers: ${before.toLocaleString('en-US')}`);
  // A decorative picture (the name says whose it is), loaded from the network.
  await expect.poll(() => facebook.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Bluesky has no account analytics (addendum §3a): its account is named, without a count.
  await expect(composer.networkRow('Bluesky')).toContainText('E2E Primary');
  expect(asked(sandbox).map((r) => r.body)).toEqual([{ platforms: ['facebook', 'instagram', 'linkedin', 'threads', 'twitter'] }]);
  await composer.page.close();

  // Within the day, the counts are the cache's and Ayrshare is not asked.
  composer = await openComposer({ url: 'https://example.com/reach', title: 'Who sees it' });
  await expect(composer.networkRow('Facebook')).toContainText(compact(before));
  await expect(composer.network('Bluesky')).toBeVisible();
  await composer.page.close();
  expect(asked(sandbox)).toHaveLength(1);

  // A month on, the account grew; the cache is a day old.
  sandbox.advanceClock(60 * DAY);
  const after = await facebookFollowers(sandbox.baseUrl);
  expect(compact(after)).not.toBe(compact(before));
  await sw.evaluate(async (day) => {
    const { reach } = (await chrome.storage.local.get('reach')) as { reach: Array<{ fetchedAt: number }> };
    await chrome.storage.local.set({ reach: reach.map((s) => ({ ...s, fetchedAt: s.fetchedAt - day })) });
  }, DAY);
  sandbox.fault({ method: 'POST', path: '/analytics/social', kind: 'hold' });
  composer = await openComposer({ url: 'https://example.com/reach', title: 'Who sees it' });
  // The cached count first, while Ayrshare answers…
  await expect(composer.networkRow('Facebook')).toContainText(compact(before));
  // …then the fresh one, once Ayrshare, asked again, answers.
  await expect.poll(() => asked(sandbox).length).toBe(2);
  sandbox.release();
  await expect(composer.networkRow('Facebook')).toContainText(compact(after));
});
