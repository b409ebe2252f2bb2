import { E2E_KEY, expect, test } from './fixtures';
import { HistoryPage } from './pages';

/**
 * Add to queue (issue 15): posting schedules made in Options, in the user's time zone, and posts
 * sent to a schedule's next free slot. Runs against both of the sandbox's readings of what the
 * docs leave open (the pessimistic one answers a queued post without its date).
 */

test.use({ timeZone: 'America/New_York' });

const ZONE = 'America/New_York';
/** What the pages show for an instant, in the browser's language and time zone. */
const shown = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }).format(Date.parse(iso));

async function listed(baseUrl: string) {
  const res = await fetch(`${baseUrl}/auto-schedule/list`, { headers: { Authorization: `Bearer ${E2E_KEY}` } });
  const { schedules } = (await res.json()) as { schedules: unknown };
  // Either shape the docs show: keyed by title, or a list of schedules with their titles.
  return Array.isArray(schedules) ? Object.fromEntries(schedules.map((s: { title: string }) => [s.title, s])) : (schedules as Record<string, unknown>);
}

test('a schedule made in Options is Ayrshare’s; Add to queue sends autoSchedule without scheduleDate and says when the post goes out, as History does (either reading)', async ({
  configured,
  openComposer,
  sandbox,
  pessimistic,
}) => {
  await configured.addSchedule({ title: 'Weekday mornings', times: ['09:30'], skipDays: ['Sat', 'Sun'], skipDates: ['2030-12-25'] });
  // Shown in local time with the UTC time Ayrshare keeps (New York is UTC−5 in winter, −4 in summer).
  await expect(configured.schedules.getByRole('listitem', { name: 'Weekday mornings' })).toContainText(/9:30\sAM \((1|2):30\sPM UTC\)/);
  const schedule = (await listed(sandbox.baseUrl))['Weekday mornings'] as { schedule: string[]; daysOfWeek: number[] };
  expect(schedule.schedule).toEqual([expect.stringMatching(/^1[34]:30Z$/)]);
  expect(schedule.daysOfWeek).toEqual([1, 2, 3, 4, 5]);
  expect(sandbox.requestsTo('POST', '/auto-schedule/set')[0]?.body).toMatchObject({ title: 'Weekday mornings', excludeDates: ['2030-12-25'] });

  const composer = await openComposer({ url: 'https://example.com/queue', title: 'Into the queue' });
  await composer.network('Bluesky').check();
  await composer.queueButton.click();
  await expect(composer.results).toContainText('Added to the queue “Weekday mornings”');

  const [post] = sandbox.posts();
  expect(post?.scheduleDate).toBeTruthy();
  const body = sandbox.requestsTo('POST', '/post')[0]?.body;
  expect(body).toMatchObject({ autoSchedule: { schedule: true, title: 'Weekday mornings' }, platforms: ['bluesky'] });
  expect(body).not.toHaveProperty('scheduleDate');
  // A weekday, at 09:30 in New York.
  const due = new Date(post!.scheduleDate!);
  expect(new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: ZONE }).format(due)).toMatch(/Mon|Tue|Wed|Thu|Fri/);
  await expect(composer.results).toContainText(`Added to the queue “Weekday mornings”: goes out ${shown(post!.scheduleDate!)}.`);
  // Where the answer did not name the slot, the post itself did (GET /post/:id).
  expect(sandbox.requestsTo('GET', `/post/${post!.id}`).length > 0).toBe(pessimistic);
  await expect(composer.resultFor('Bluesky')).toContainText('Scheduled');

  const history = await HistoryPage.open(composer.page.context(), new URL(composer.page.url()).host);
  const entry = history.entry('Into the queue');
  await expect(entry).toContainText('Scheduled');
  await expect(entry).toContainText(`Scheduled for ${shown(post!.scheduleDate!)}`);
});

test('with several schedules, the one beside Add to queue takes the post, and the button names it', async ({ configured, openComposer, sandbox }) => {
  for (const [title, time] of [['Mornings', '08:00Z'], ['Evenings', '20:00Z']] as const) {
    const res = await fetch(`${sandbox.baseUrl}/auto-schedule/set`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, schedule: [time] }),
    });
    expect(res.status).toBe(200);
  }
  // Made elsewhere (Ayrshare's dashboard): the options page shows them when it opens.
  await configured.page.reload();
  await expect(configured.schedules.getByRole('listitem')).toHaveCount(2);

  const composer = await openComposer({ url: 'https://example.com/evening', title: 'For the evening crowd' });
  await composer.network('Facebook').check();
  await expect(composer.queueButton).toHaveText('Add to queue: Evenings');
  await composer.queueChoice.selectOption('Mornings');
  await expect(composer.queueButton).toHaveText('Add to queue: Mornings');
  await composer.queueButton.click();
  await expect(composer.results).toContainText('Added to the queue “Mornings”');
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ autoSchedule: { schedule: true, title: 'Mornings' } });
  expect(sandbox.posts()[0]?.scheduleDate).toMatch(/T08:00:00Z$/);
});

test('without a schedule, Add to queue says how to make one and sends nothing', async ({ openComposer, sandbox }) => {
  const composer = await openComposer({ url: 'https://example.com/none', title: 'No queue yet' });
  await composer.network('Bluesky').check();
  await composer.queueButton.click();
  await expect(composer.alert).toContainText('No posting schedule yet: make one under Posting schedules in Options');
  expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);
});

test('a schedule is changed and removed in Options, at Ayrshare too', async ({ configured, sandbox }) => {
  await configured.addSchedule({ title: 'Lunch', times: ['12:15'] });
  const card = configured.schedules.getByRole('listitem', { name: 'Lunch', exact: true });
  await card.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = configured.schedules.getByRole('group', { name: 'Change “Lunch”' });
  await form.getByRole('button', { name: 'Add a time', exact: true }).click();
  await form.getByLabel('Time 2', { exact: true }).fill('13:45');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  // In the browser's own way of writing a time (en-US here).
  await expect(card).toContainText(/12:15\sPM \(/);
  await expect(card).toContainText(/1:45\sPM \(/);
  expect(((await listed(sandbox.baseUrl)).Lunch as { schedule: string[] }).schedule).toHaveLength(2);

  await card.getByRole('button', { name: 'Remove', exact: true }).click();
  await configured.page.getByRole('dialog').getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(configured.schedules.getByRole('status').filter({ hasText: 'Schedule “Lunch” removed.' })).toBeVisible();
  expect(await listed(sandbox.baseUrl)).toEqual({});
});
