// Auto-schedule (the queue), account analytics and the plan gates on them (addendum §1, §3).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox, SandboxSeed } from '../../sandbox/index.ts';
import { call, post } from './client.ts';

/** Monday 7 December 2026, 10:00 UTC. */
const MONDAY = Date.UTC(2026, 11, 7, 10, 0);

// A sandbox of its own per test: slots are dates, and the clock only moves forward.
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, now: () => MONDAY });
});
afterEach(() => sandbox.close());

const ACME = 'sandbox-profile-acme';
const setSchedule = (body: unknown, profileKey = ACME) => call(sandbox, '/auto-schedule/set', { body, profileKey });
const queue = (title?: string, profileKey = ACME) =>
  post(sandbox, { post: `Queued ${Math.random()}`, platforms: ['facebook'], autoSchedule: { schedule: true, ...(title && { title }) } }, { profileKey });

describe('auto-schedule', () => {
  it('keeps schedules by title and lists them as the docs example shows: an object keyed by title', async () => {
    const set = await setSchedule({ title: 'Weekdays', schedule: ['17:30Z', '09:00Z', '09:00Z'], daysOfWeek: [1, 2, 3, 4, 5], excludeDates: ['2026-12-25'] });
    expect([set.status, set.body]).toEqual([200, { status: 'success', message: 'Auto schedule set.', title: 'Weekdays' }]);
    await setSchedule({ schedule: ['12:00Z'] });

    const list = await call(sandbox, '/auto-schedule/list', { profileKey: ACME });
    expect(list.body).toEqual({
      status: 'success',
      schedules: {
        Weekdays: { schedule: ['09:00Z', '17:30Z'], daysOfWeek: [1, 2, 3, 4, 5], excludeDates: ['2026-12-25'] },
        // No title is "default"; daysOfWeek is omitted when unset (§1b).
        default: { schedule: ['12:00Z'] },
      },
    });
    // Each profile has its own.
    expect((await call(sandbox, '/auto-schedule/list')).body).toEqual({ status: 'success', schedules: {} });
  });

  it('gives each queued post the next free slot, on the days and outside the dates asked for, in UTC', async () => {
    await setSchedule({ title: 'Mon and Wed', schedule: ['09:00Z', '17:30Z'], daysOfWeek: [1, 3], excludeDates: ['2026-12-09'] });
    const dates: string[] = [];
    for (let i = 0; i < 3; i++) dates.push((await queue('Mon and Wed')).body.scheduleDate);
    // Monday 10:00 is past 09:00; Wednesday the 9th is excluded.
    expect(dates).toEqual(['2026-12-07T17:30:00Z', '2026-12-14T09:00:00Z', '2026-12-14T17:30:00Z']);

    const last = sandbox.posts(ACME).at(-1)!;
    expect(last).toMatchObject({ status: 'pending', type: 'scheduled', scheduleDate: '2026-12-14T17:30:00Z' });
    // Deleting a queued post does not free its slot (§1d).
    expect((await call(sandbox, '/post', { method: 'DELETE', body: { id: last.id }, profileKey: ACME })).status).toBe(200);
    expect((await queue('Mon and Wed')).body.scheduleDate).toBe('2026-12-16T09:00:00Z');
    expect((await call(sandbox, '/auto-schedule/list', { profileKey: ACME })).body.schedules['Mon and Wed'].lastScheduleDate).toBe('2026-12-16T09:00:00Z');

    // GET /post/:id tells when a queued post goes out.
    const got = await call(sandbox, `/post/${last.id}`, { profileKey: ACME });
    expect(got.body.scheduleDate.utc).toBe('2026-12-14T17:30:00.000Z');
  });

  it('publishes a queued post at its slot', async () => {
    await setSchedule({ schedule: ['11:00Z'] });
    const made = await queue();
    expect(made.body).toMatchObject({ status: 'scheduled', scheduleDate: '2026-12-07T11:00:00Z', postIds: [] });
    sandbox.advanceClock(60 * 60_000 + 1);
    expect(sandbox.posts(ACME)[0]?.status).toBe('success');
  });

  it('refuses a post for a schedule that does not exist, or with a scheduleDate too', async () => {
    await setSchedule({ title: 'Morning', schedule: ['08:00Z'] });
    // Titles are case-sensitive (§1d).
    expect((await queue('morning')).body).toMatchObject({ status: 'error', code: 101, message: expect.stringContaining('morning') });
    const both = await post(sandbox, { post: 'x', platforms: ['facebook'], scheduleDate: '2026-12-20T10:00:00Z', autoSchedule: { schedule: true, title: 'Morning' } }, { profileKey: ACME });
    expect(both.status).toBe(400);
    expect(sandbox.posts(ACME)).toHaveLength(0);
  });

  it('refuses malformed schedules', async () => {
    for (const body of [
      { schedule: ['9:00'] },
      { schedule: ['25:00Z'] },
      { schedule: [] },
      { schedule: ['09:00Z'], daysOfWeek: [7] },
      { schedule: ['09:00Z'], excludeDates: ['2026-02-30'] },
      { schedule: ['09:00Z'], title: 'a/b' },
    ]) {
      expect((await setSchedule(body)).body).toMatchObject({ status: 'error', code: 101 });
    }
  });

  it('deletes a schedule by title, or only resets where its next slot is counted from', async () => {
    await setSchedule({ title: 'Evening', schedule: ['20:00Z'] });
    await queue('Evening');
    await queue('Evening');
    const reset = await call(sandbox, '/auto-schedule/delete', { method: 'DELETE', body: { title: 'Evening', deleteLastScheduleDate: true }, profileKey: ACME });
    expect(reset.body).toEqual({ status: 'success', title: 'Evening' });
    expect((await queue('Evening')).body.scheduleDate).toBe('2026-12-07T20:00:00Z');

    const removed = await call(sandbox, '/auto-schedule/delete', { method: 'DELETE', body: { title: 'Evening' }, profileKey: ACME });
    expect(removed.body).toEqual({ status: 'success', title: 'Evening' });
    expect((await call(sandbox, '/auto-schedule/list', { profileKey: ACME })).body.schedules).toEqual({});
    const again = await call(sandbox, '/auto-schedule/delete', { method: 'DELETE', body: { title: 'Evening' }, profileKey: ACME });
    expect(again.status).toBe(404);
  });

  describe('pessimistic readings', () => {
    const pessimistic = (readings: SandboxSeed['pessimistic']) => sandbox.reset({ ...DEFAULT_SEED, pessimistic: readings });

    it('weekendByDefault: a schedule set without days posts on Sunday and Saturday only', async () => {
      await setSchedule({ schedule: ['09:00Z'] });
      expect((await queue()).body.scheduleDate).toBe('2026-12-08T09:00:00Z');
      pessimistic({ weekendByDefault: true });
      await setSchedule({ schedule: ['09:00Z'] });
      expect((await queue()).body.scheduleDate).toBe('2026-12-12T09:00:00Z');
      expect((await call(sandbox, '/auto-schedule/list', { profileKey: ACME })).body.schedules.default.daysOfWeek).toEqual([0, 6]);
    });

    it('scheduleListAsArray: the list is an array of schedules with their titles, without excluded dates', async () => {
      pessimistic({ scheduleListAsArray: true });
      await setSchedule({ title: 'Weekdays', schedule: ['09:00Z'], daysOfWeek: [1, 2, 3, 4, 5], excludeDates: ['2026-12-25'] });
      expect((await call(sandbox, '/auto-schedule/list', { profileKey: ACME })).body).toEqual({
        status: 'success',
        schedules: [{ title: 'Weekdays', schedule: ['09:00Z'], daysOfWeek: [1, 2, 3, 4, 5] }],
      });
    });

    it('autoScheduleWithoutDate: the answer does not say when the queued post goes out; GET /post/:id does', async () => {
      pessimistic({ autoScheduleWithoutDate: true });
      await setSchedule({ schedule: ['11:00Z'] });
      const made = await queue();
      expect(made.body.status).toBe('scheduled');
      expect(made.body).not.toHaveProperty('scheduleDate');
      expect((await call(sandbox, `/post/${made.body.id}`, { profileKey: ACME })).body.scheduleDate.utc).toBe('2026-12-07T11:00:00.000Z');
    });
  });
});

describe('account analytics', () => {
  it("answers each network's account numbers under `analytics`, growing day by day", async () => {
    const res = await call(sandbox, '/analytics/social', { body: { platforms: ['facebook', 'instagram', 'youtube', 'twitter'] }, profileKey: ACME });
    expect(res.status).toBe(400);
    expect(res.body.facebook).toMatchObject({ analytics: { fanCount: expect.any(Number), followersCount: expect.any(Number) }, lastUpdated: expect.any(String) });
    expect(res.body.instagram.analytics.followersCount).toBeGreaterThan(0);
    // Acme has no YouTube.
    expect(res.body.youtube).toMatchObject({ status: 'error', code: 156 });

    const linked = await call(sandbox, '/analytics/social', { body: { platforms: ['instagram'] }, profileKey: ACME });
    expect(linked.status).toBe(200);
    sandbox.advanceClock(30 * 24 * 3_600_000);
    const later = await call(sandbox, '/analytics/social', { body: { platforms: ['instagram'] }, profileKey: ACME });
    expect(later.body.instagram.analytics.followersCount).toBeGreaterThan(linked.body.instagram.analytics.followersCount);
  });

  it('has none for Bluesky and Telegram, which the analytics overview does not list', async () => {
    const res = await call(sandbox, '/analytics/social', { body: { platforms: ['bluesky', 'telegram', 'youtube'] } });
    expect(res.body.bluesky).toMatchObject({ status: 'error', code: 152 });
    expect(res.body.telegram).toMatchObject({ status: 'error', code: 152 });
    expect(res.body.youtube.analytics.subscriberCount).toBeGreaterThan(0);
  });

  it('socialAnalyticsFlat: the numbers sit at the network level', async () => {
    sandbox.reset({ ...DEFAULT_SEED, pessimistic: { socialAnalyticsFlat: true } });
    const res = await call(sandbox, '/analytics/social', { body: { platforms: ['tiktok'] } });
    expect(res.body.tiktok).toMatchObject({ followerCount: expect.any(Number), lastUpdated: expect.any(String) });
    expect(res.body.tiktok).not.toHaveProperty('analytics');
  });
});

describe('a Basic plan', () => {
  it('is refused the queue, the media library, the URL check and account analytics with the plan error', async () => {
    sandbox.reset({ ...DEFAULT_SEED, plan: 'basic' });
    const refused = [
      await call(sandbox, '/auto-schedule/set', { body: { schedule: ['09:00Z'] } }),
      await call(sandbox, '/auto-schedule/list'),
      await call(sandbox, '/auto-schedule/delete', { method: 'DELETE', body: {} }),
      await call(sandbox, '/media'),
      await call(sandbox, '/media/urlExists', { body: { mediaUrl: 'https://cdn.example.com/a.jpg' } }),
      await call(sandbox, '/analytics/social', { body: { platforms: ['facebook'] } }),
      await post(sandbox, { post: 'Queue me', platforms: ['facebook'], autoSchedule: { schedule: true } }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ status: 'error', code: 149, message: expect.stringMatching(/Premium/) });
    }
  });
});
