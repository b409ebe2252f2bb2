import { E2E_KEY, e2eSeed, expect, test } from './fixtures';
import { HistoryPage } from './pages';
import type { Sandbox } from '../sandbox/server';

const PAGE = { url: 'https://news.example/harbour', title: 'The harbour at dawn' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A post made with the API directly, as from another device or Ayrshare's dashboard. */
async function postDirectly(sandbox: Sandbox, body: Record<string, unknown>, profileKey?: string): Promise<string> {
  const response = await fetch(`${sandbox.baseUrl}/post`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json', ...(profileKey ? { 'Profile-Key': profileKey } : {}) },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { id: string }).id;
}

/** Calls the API as another client would, to change a post behind the page's back. */
async function callDirectly(sandbox: Sandbox, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

const utcIn = (sandbox: Sandbox, ms: number) => new Date(sandbox.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

test.describe('in Los Angeles', () => {
  test.use({ timeZone: 'America/Los_Angeles' });

  test('schedule, find it listed as scheduled, reschedule it, then delete it', async ({ openComposer, sandbox }) => {
    const composer = await openComposer(PAGE);
    await composer.text.fill('Boats leave at dawn');
    await composer.network('Bluesky').check();
    await composer.scheduleFor.fill('2030-12-01T09:30');
    await composer.page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(composer.resultFor('Bluesky')).toContainText('Scheduled.');
    const { id } = sandbox.posts()[0]!;

    const history = await HistoryPage.openFrom(composer);
    const entry = history.entry('Boats leave at dawn');
    await expect(entry.getByText('Scheduled', { exact: true })).toBeVisible();
    await expect(entry).toContainText('Scheduled for Dec 1, 2030, 9:30 AM');
    await expect(entry).toContainText('Sent from this browser');
    await expect(history.networkOf(entry, 'Bluesky')).toContainText('Not sent yet');

    await history.action(entry, 'Reschedule').click();
    await expect(entry.getByLabel('New date and time')).toHaveValue('2030-12-01T09:30');
    await entry.getByLabel('New date and time').fill('2030-12-02T18:15');
    await entry.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(entry).toContainText('Scheduled for Dec 2, 2030, 6:15 PM');
    // 18:15 in Los Angeles in December (UTC−8) is 02:15 UTC the next day.
    expect(sandbox.requestsTo('PATCH', '/post').map((r) => r.body)).toEqual([{ id, scheduleDate: '2030-12-03T02:15:00Z' }]);
    expect(sandbox.posts()[0]?.scheduleDate).toBe('2030-12-03T02:15:00Z');

    await history.action(entry, 'Delete').click();
    await expect(history.dialog).toContainText('It is cancelled and will not be published.');
    await expect(history.dialog).toContainText('Instagram, TikTok and Threads posts cannot be deleted through the API');
    await history.confirm();
    await expect(entry.getByText('Deleted', { exact: true })).toBeVisible();
    await expect(entry.getByRole('status')).toHaveText('Done. Ayrshare now reports this post as: Deleted.');
    expect(sandbox.requestsTo('DELETE', '/post').map((r) => r.body)).toEqual([{ id }]);
    expect(sandbox.posts()[0]?.status).toBe('deleted');
    await expect(history.action(entry, 'Delete')).toHaveCount(0);
  });
});

test('a post that needs approval gets notes, is approved, and is published', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Quarterly numbers are in');
  await composer.network('LinkedIn').check();
  await (await composer.moreOptions()).getByLabel('Require approval').check();
  await composer.postButton.click();
  await expect(composer.resultFor('LinkedIn')).toContainText('Waiting for approval.');
  const { id } = sandbox.posts()[0]!;

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Quarterly numbers are in');
  await expect(entry.getByText('Waiting for approval', { exact: true })).toBeVisible();
  await expect(history.action(entry, 'Reschedule')).toHaveCount(0);

  await history.action(entry, 'Notes').click();
  await entry.getByRole('textbox', { name: 'Notes', exact: true }).fill('Legal said yes');
  await entry.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entry).toContainText('Notes: Legal said yes');

  await history.action(entry, 'Approve').click();
  await expect(entry.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(entry.getByRole('link', { name: 'View post on LinkedIn' })).toBeVisible();
  expect(sandbox.requestsTo('PATCH', '/post').map((r) => r.body)).toEqual([
    { id, notes: 'Legal said yes' },
    { id, approved: true },
  ]);
  expect(sandbox.posts()[0]?.status).toBe('success');
  await expect(history.action(entry, 'Approve')).toHaveCount(0);
});

test('a network that failed is retried once, and the post is then published', async ({ openComposer, sandbox }) => {
  sandbox.reset(e2eSeed({ rejects: { bluesky: { code: 503, message: 'Bluesky is busy right now.', times: 1, retryAvailable: true } } }));
  const composer = await openComposer(PAGE);
  await composer.text.fill('Retry me');
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await composer.postButton.click();
  await expect(composer.resultFor('Bluesky')).toContainText('Not posted: Bluesky is busy right now.');
  const { id } = sandbox.posts()[0]!;

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Retry me');
  await expect(entry.getByText('Failed', { exact: true })).toBeVisible();
  await expect(history.networkOf(entry, 'Bluesky')).toContainText('Failed: Bluesky is busy right now.');
  await expect(history.networkOf(entry, 'Facebook').getByRole('link', { name: 'View post on Facebook' })).toBeVisible();

  await history.action(entry, 'Retry').click();
  await expect(entry.getByText('Pending', { exact: true })).toBeVisible();
  expect(sandbox.requestsTo('PUT', '/post/retry').map((r) => r.body)).toEqual([{ id }]);
  await expect(history.action(entry, 'Retry')).toHaveCount(0);

  sandbox.advanceClock(5_000);
  await history.refresh();
  await expect(entry.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(history.networkOf(entry, 'Bluesky').getByRole('link', { name: 'View post on Bluesky' })).toBeVisible();
  expect(sandbox.requestsTo('PUT', '/post/retry')).toHaveLength(1);
});

test('a post that fails again after its one retry is not offered another', async ({ openComposer, sandbox }) => {
  sandbox.reset(e2eSeed({ rejects: { bluesky: { code: 503, message: 'Bluesky is busy right now.', times: 2, retryAvailable: true } } }));
  const composer = await openComposer(PAGE);
  await composer.network('Bluesky').check();
  await composer.postButton.click();
  await expect(composer.resultFor('Bluesky')).toContainText('Not posted');

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry(PAGE.title);
  await history.action(entry, 'Retry').click();
  await expect(entry.getByText('Pending', { exact: true })).toBeVisible();
  sandbox.advanceClock(5_000);
  await history.refresh();
  await expect(entry.getByText('Failed', { exact: true })).toBeVisible();
  await expect(history.action(entry, 'Retry')).toHaveCount(0);
  // Still so after the page is opened again.
  await history.page.reload();
  await expect(history.entry(PAGE.title).getByText('Failed', { exact: true })).toBeVisible();
  await expect(history.action(history.entry(PAGE.title), 'Retry')).toHaveCount(0);
});

test('a comment is added to every network of a post, listed, and deleted', async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Tell us what you think');
  await composer.network('Bluesky').check();
  await composer.network('Facebook').check();
  await composer.postButton.click();
  await expect(composer.postLink('Facebook')).toBeVisible();
  const { id } = sandbox.posts()[0]!;

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Tell us what you think');
  await history.action(entry, 'Comments').click();
  const comments = entry.getByRole('region', { name: 'Comments' });
  await expect(comments).toContainText('No comments yet.');
  await expect(comments).toContainText('Goes to: Bluesky and Facebook');

  await comments.getByLabel('Comment', { exact: true }).fill('Thanks for reading!');
  await comments.getByRole('button', { name: 'Add comment', exact: true }).click();
  await expect(comments.getByRole('listitem')).toHaveText(/Thanks for reading! on Bluesky and Facebook/);
  expect(sandbox.requestsTo('POST', '/comments').map((r) => r.body)).toEqual([
    { id, comment: 'Thanks for reading!', platforms: ['bluesky', 'facebook'] },
  ]);

  await comments.getByRole('button', { name: 'Delete comment', exact: true }).click();
  await expect(history.dialog).toContainText('Thanks for reading!');
  await history.confirm();
  await expect(comments).toContainText('No comments yet.');
  await expect(comments.getByRole('status')).toHaveText('Comment deleted.');
  // Each network's copy deleted by the network's own comment id (the only one Ayrshare documents
  // on a listed comment), not every comment of the post by the post's id.
  const deletes = sandbox.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith('/comments/'));
  expect(deletes.map((r) => r.body)).toEqual([
    { searchPlatformId: true, platform: 'bluesky' },
    { searchPlatformId: true, platform: 'facebook' },
  ]);
  expect(deletes.map((r) => r.path)).not.toContain(`/comments/${id}`);
});

test("a post's analytics show likes, comments, shares and impressions per network, next to the account's followers", async ({ openComposer, sandbox }) => {
  const composer = await openComposer(PAGE);
  await composer.text.fill('Numbers, please');
  await composer.network('Bluesky').check();
  await composer.network('LinkedIn').check();
  await composer.postButton.click();
  await expect(composer.postLink('LinkedIn')).toBeVisible();
  const { id } = sandbox.posts()[0]!;
  // Two days on, the numbers have settled (the sandbox's grow with the post's age).
  sandbox.advanceClock(2 * DAY);

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Numbers, please');
  await history.action(entry, 'Analytics').click();
  const table = entry.getByRole('region', { name: 'Analytics' }).getByRole('table');
  await expect(table.getByRole('row', { name: /LinkedIn/ })).toBeVisible();
  expect(sandbox.requestsTo('POST', '/analytics/post').map((r) => r.body)).toEqual([{ id, platforms: ['bluesky', 'linkedin'] }]);

  const reported = (await callDirectly(sandbox, 'POST', '/analytics/post', { id })) as Record<string, { analytics: Record<string, number> }>;
  const number = (n: number) => n.toLocaleString('en-US');
  const linkedin = reported.linkedin!.analytics;
  const account = (await callDirectly(sandbox, 'POST', '/analytics/social', { platforms: ['linkedin'] })) as { linkedin: { analytics: { followerCount: number } } };
  await expect(table.getByRole('row', { name: /LinkedIn/ }).getByRole('cell')).toHaveText([
    number(linkedin.likeCount!),
    number(linkedin.commentCount!),
    number(linkedin.shareCount!),
    number(linkedin.impressionCount!),
    number(account.linkedin.analytics.followerCount),
  ]);
  const bluesky = reported.bluesky!.analytics;
  // Bluesky reports no impressions, and has no account analytics (addendum §3a).
  await expect(table.getByRole('row', { name: /Bluesky/ }).getByRole('cell')).toHaveText([
    number(bluesky.likeCount!),
    number(bluesky.replyCount!),
    number(bluesky.repostCount!),
    '—',
    '—',
  ]);
});

test('a network that cannot delete is named, and the post stays as it truly is', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ ...PAGE, media: ['https://cdn.example/harbour.jpg'] });
  await composer.text.fill('Harbour in pictures');
  await composer.network('Facebook').check();
  await composer.network('Instagram').check();
  await composer.postButton.click();
  await expect(composer.postLink('Instagram')).toBeVisible();

  const history = await HistoryPage.openFrom(composer);
  const entry = history.entry('Harbour in pictures');
  await expect(entry).toContainText('Instagram, TikTok and Threads posts cannot be deleted through the API: delete this post on Instagram itself.');
  await history.action(entry, 'Delete').click();
  await history.confirm();

  // Ayrshare's own words for the refusal, then what stays where.
  await expect(entry.getByRole('alert')).toContainText('Instagram does not allow deleting posts through its API');
  await expect(entry.getByRole('alert')).toContainText(
    'Still on Instagram: Instagram, TikTok and Threads posts cannot be deleted through the API. Delete it there.',
  );
  await expect(entry.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(history.networkOf(entry, 'Facebook')).toContainText('Deleted');
  await expect(history.networkOf(entry, 'Instagram').getByRole('link', { name: 'View post on Instagram' })).toBeVisible();
  // Only Instagram is left, and the API cannot delete it: Delete is no longer offered.
  await expect(history.action(entry, 'Delete')).toHaveCount(0);
  expect(sandbox.posts()[0]?.status).toBe('success');
});

test('a post only on networks the API cannot delete offers no Delete, and says why', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  await postDirectly(sandbox, { post: 'Only on Threads', platforms: ['threads'] });
  const history = await HistoryPage.open(context, extensionId);
  const entry = history.entry('Only on Threads');
  await expect(entry).toContainText('Instagram, TikTok and Threads posts cannot be deleted through the API: delete this post on Threads itself.');
  await expect(history.action(entry, 'Comments')).toBeVisible();
  await expect(history.action(entry, 'Delete')).toHaveCount(0);
});

test('changes the API refuses are shown in words, and each post shows its true state', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  const goesOut = await postDirectly(sandbox, { post: 'Goes out soon', platforms: ['linkedin'], scheduleDate: utcIn(sandbox, HOUR) });
  const withdrawn = await postDirectly(sandbox, { post: 'Withdrawn elsewhere', platforms: ['linkedin'], requiresApproval: true });
  const history = await HistoryPage.open(context, extensionId);
  await expect(history.entry('Goes out soon').getByText('Scheduled', { exact: true })).toBeVisible();
  await expect(history.entry('Withdrawn elsewhere').getByText('Waiting for approval', { exact: true })).toBeVisible();

  // Meanwhile the scheduled post goes out and the other is deleted from another device.
  sandbox.advanceClock(2 * HOUR);
  await callDirectly(sandbox, 'DELETE', '/post', { id: withdrawn });

  const scheduled = history.entry('Goes out soon');
  await history.action(scheduled, 'Reschedule').click();
  await scheduled.getByLabel('New date and time').fill('2031-01-01T10:00');
  await scheduled.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(scheduled.getByRole('alert')).toContainText(`Post ${goesOut} has status "success". Only scheduled posts that are still pending`);
  await expect(scheduled.getByRole('alert')).toContainText('(Ayrshare error 131)');
  await expect(scheduled.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(history.action(scheduled, 'Reschedule')).toHaveCount(0);

  const approval = history.entry('Withdrawn elsewhere');
  await history.action(approval, 'Approve').click();
  await expect(approval.getByRole('alert')).toContainText('has status "deleted"');
  await expect(approval.getByText('Deleted', { exact: true })).toBeVisible();
  await expect(history.action(approval, 'Approve')).toHaveCount(0);
});

test('a retry the API refuses is explained, and the post shows its state', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  sandbox.reset(e2eSeed({ rejects: { bluesky: { code: 503, message: 'Bluesky is busy right now.', times: 1, retryAvailable: true } } }));
  const id = await postDirectly(sandbox, { post: 'Retried elsewhere', platforms: ['bluesky'] });
  const history = await HistoryPage.open(context, extensionId);
  const entry = history.entry('Retried elsewhere');
  await expect(entry.getByText('Failed', { exact: true })).toBeVisible();
  await callDirectly(sandbox, 'PUT', '/post/retry', { id });

  await history.action(entry, 'Retry').click();
  await expect(entry.getByRole('alert')).toContainText('a post can be retried once');
  await expect(entry.getByText('Pending', { exact: true })).toBeVisible();
  await expect(history.action(entry, 'Retry')).toHaveCount(0);
});

test('filters by status and by network ask Ayrshare for just those posts', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  await postDirectly(sandbox, { post: 'On Bluesky', platforms: ['bluesky'] });
  await postDirectly(sandbox, { post: 'On LinkedIn', platforms: ['linkedin'] });
  await postDirectly(sandbox, { post: 'Later on LinkedIn', platforms: ['linkedin'], scheduleDate: utcIn(sandbox, DAY) });
  const history = await HistoryPage.open(context, extensionId);
  await expect(history.posts.getByRole('listitem', { name: /^(On|Later)/ })).toHaveCount(3);
  // Newest first.
  await expect(history.posts.locator(':scope > li').first()).toHaveAccessibleName('Later on LinkedIn');
  await expect(history.entry('On Bluesky')).not.toContainText('Sent from this browser');

  await history.statusFilter.selectOption({ label: 'Scheduled' });
  await expect(history.entry('On Bluesky')).toHaveCount(0);
  await expect(history.entry('On LinkedIn')).toHaveCount(0);
  await expect(history.entry('Later on LinkedIn')).toBeVisible();
  const lastQuery = () => sandbox.requestsTo('GET', '/history').at(-1)?.query;
  await expect.poll(lastQuery).toMatchObject({ status: 'pending', lastDays: '0', limit: '25' });

  await history.statusFilter.selectOption({ label: 'All statuses' });
  await history.networkFilter.selectOption({ label: 'Bluesky' });
  await expect(history.entry('On LinkedIn')).toHaveCount(0);
  await expect(history.entry('On Bluesky')).toBeVisible();
  await expect.poll(lastQuery).toMatchObject({ 'platforms[0]': 'bluesky' });
  expect(lastQuery()).not.toHaveProperty('status');

  await history.networkFilter.selectOption({ label: 'X' });
  await expect(history.page.getByText('No posts match these filters.')).toBeVisible();
});

test('a long history comes a page at a time with Load more', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  for (let n = 1; n <= 30; n++) {
    await postDirectly(sandbox, { post: `Post number ${n}.`, platforms: ['bluesky'] });
    sandbox.advanceClock(60_000);
  }
  const history = await HistoryPage.open(context, extensionId);
  await expect(history.entry('Post number 30.')).toBeVisible();
  await expect(history.posts.locator(':scope > li')).toHaveCount(25);
  await expect(history.entry('Post number 5.')).toHaveCount(0);

  await history.loadMore.click();
  await expect(history.posts.locator(':scope > li')).toHaveCount(30);
  await expect(history.posts.locator(':scope > li').last()).toHaveAccessibleName('Post number 1.');
  await expect(history.loadMore).toHaveCount(0);
  const [first, second] = sandbox.requestsTo('GET', '/history');
  expect(first?.query).not.toHaveProperty('endDate');
  // The next page starts at the oldest post shown (Post number 6), whose repeat is dropped.
  const sixth = sandbox.posts().find((p) => p.post === 'Post number 6.')!;
  expect(second?.query).toMatchObject({ endDate: new Date(sixth.created).toISOString(), limit: '25' });
});

test('saved posts appear at once, even when Ayrshare cannot be reached', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  await postDirectly(sandbox, { post: 'Remembered post', platforms: ['bluesky'] });
  const first = await HistoryPage.open(context, extensionId);
  await expect(first.entry('Remembered post')).toBeVisible();
  await first.page.close();

  sandbox.fault({ kind: 'status', method: 'GET', path: '/history', status: 503, times: 3 });
  const again = await HistoryPage.open(context, extensionId);
  await expect(again.entry('Remembered post')).toBeVisible();
  await expect(again.page.getByRole('alert')).toHaveText('Ayrshare had a problem (HTTP 503). Try again in a moment.');

  await again.refresh();
  await expect(again.page.getByRole('alert')).toHaveCount(0);
  await expect(again.entry('Remembered post')).toBeVisible();
});

test('Delete all scheduled cancels every scheduled post after a confirmation', async ({ configured, context, extensionId, sandbox }) => {
  void configured;
  await postDirectly(sandbox, { post: 'Tomorrow', platforms: ['bluesky'], scheduleDate: utcIn(sandbox, DAY) });
  await postDirectly(sandbox, { post: 'Next week', platforms: ['linkedin'], scheduleDate: utcIn(sandbox, 7 * DAY) });
  await postDirectly(sandbox, { post: 'Already out', platforms: ['bluesky'] });
  const history = await HistoryPage.open(context, extensionId);
  await expect(history.entry('Next week')).toBeVisible();

  await history.page.getByRole('button', { name: 'Delete all scheduled', exact: true }).click();
  await expect(history.dialog).toContainText('Every post of Primary profile that is scheduled and not yet published is cancelled.');
  await history.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(sandbox.requestsTo('DELETE', '/post')).toHaveLength(0);

  await history.page.getByRole('button', { name: 'Delete all scheduled', exact: true }).click();
  await history.confirm();
  await expect(history.page.getByRole('status').filter({ hasText: 'Scheduled posts deleted: 2.' })).toBeVisible();
  expect(sandbox.requestsTo('DELETE', '/post').map((r) => r.body)).toEqual([{ deleteAllScheduled: true }]);
  // Deleted posts are not listed unless asked for.
  await expect(history.entry('Tomorrow')).toHaveCount(0);
  await expect(history.entry('Already out')).toBeVisible();
  await history.statusFilter.selectOption({ label: 'Deleted' });
  await expect(history.entry('Tomorrow')).toBeVisible();
});

test('the History control opens one history tab, and brings it forward when it is open', async ({ context, openComposer, sw }) => {
  const composer = await openComposer(PAGE);
  const history = await HistoryPage.openFrom(composer);
  await expect(history.page.getByRole('heading', { name: 'Post history' })).toBeVisible();
  const tabId = await history.page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
  const isActive = () => sw.evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId);

  await composer.page.bringToFront();
  await expect.poll(isActive).toBe(false);
  await composer.page.getByRole('button', { name: 'History', exact: true }).click();
  await expect.poll(isActive).toBe(true);
  expect(context.pages().filter((p) => p.url().includes('/post-history.html'))).toHaveLength(1);
});

test("each profile's history is read with its own Profile Key", async ({ configured, context, extensionId, sandbox }) => {
  sandbox.reset({ ...e2eSeed(), profiles: [{ title: 'Acme Coffee', profileKey: 'profile-key-acme-000001', linked: ['facebook'] }] });
  await configured.addProfile('Acme Coffee', 'profile-key-acme-000001');
  await postDirectly(sandbox, { post: 'For the primary profile', platforms: ['bluesky'] });
  await postDirectly(sandbox, { post: 'Fresh roast on Friday', platforms: ['facebook'] }, 'profile-key-acme-000001');

  const history = await HistoryPage.open(context, extensionId);
  await expect(history.entry('For the primary profile')).toBeVisible();
  await history.profile.selectOption({ label: 'Acme Coffee' });
  await expect(history.entry('Fresh roast on Friday')).toBeVisible();
  await expect(history.entry('For the primary profile')).toHaveCount(0);
  expect(sandbox.requestsTo('GET', '/history').map((r) => r.headers['profile-key'])).toEqual([undefined, 'profile-key-acme-000001']);
});
