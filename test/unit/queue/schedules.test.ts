import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueChoice } from '@/utils/queue/choice';
import { refreshSchedules, removeSchedule, saveSchedule, schedulesOf } from '@/utils/queue/schedules';
import { scheduleCache } from '@/utils/storage/schedules';
import { startSandbox, type Sandbox, type SandboxSeed } from '../../sandbox/index.ts';
import { backgroundOnSandbox } from '../sandbox-background';

const KEY = 'unit-queue-key';
const seed = (more: Partial<SandboxSeed> = {}): SandboxSeed => ({
  apiKeys: [KEY],
  primary: { title: 'Unit', linked: ['facebook'] },
  profiles: [{ title: 'Acme', profileKey: 'acme-key', linked: ['facebook'] }],
  ...more,
});

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: seed() });
  backgroundOnSandbox(sandbox, KEY, { acme: 'acme-key' });
});
afterEach(() => sandbox.close());

const WEEKDAYS = { title: 'Weekdays', schedule: ['09:00Z', '17:30Z'], daysOfWeek: [1, 2, 3, 4, 5], excludeDates: ['2026-12-25'] };

describe('posting schedules', () => {
  it('reads the list in the shape of the docs’ example and in the shape of their text', () => {
    const item = { schedule: ['20:03Z', '22:34Z'], lastScheduleDate: '2024-01-05T22:30:00Z', daysOfWeek: [2, 3, 4] };
    const expected = [{ title: 'Title 1', times: ['20:03Z', '22:34Z'], daysOfWeek: [2, 3, 4], lastScheduleDate: Date.parse('2024-01-05T22:30:00Z') }];
    expect(schedulesOf({ schedules: { 'Title 1': item } })).toEqual(expected);
    expect(schedulesOf({ schedules: [{ title: 'Title 1', ...item }] })).toEqual(expected);
    // One that cannot be read hides no other.
    expect(schedulesOf({ schedules: { broken: { schedule: '09:00' }, 'Title 1': item } })).toEqual(expected);
    expect(schedulesOf({})).toEqual([]);
  });

  it('saves, lists and removes a profile’s schedules at Ayrshare, keeping them for the composer', async () => {
    await saveSchedule('acme', WEEKDAYS);
    expect(sandbox.requestsTo('POST', '/auto-schedule/set')[0]?.headers['profile-key']).toBe('acme-key');
    const [snapshot] = await refreshSchedules(['acme']);
    expect(snapshot?.value).toEqual([{ title: 'Weekdays', times: ['09:00Z', '17:30Z'], daysOfWeek: [1, 2, 3, 4, 5], excludeDates: ['2026-12-25'] }]);
    expect((await scheduleCache.get())[0]?.value?.[0]?.title).toBe('Weekdays');

    await removeSchedule('acme', 'Weekdays');
    expect(sandbox.requestsTo('DELETE', '/auto-schedule/delete')[0]?.body).toEqual({ title: 'Weekdays' });
    expect((await scheduleCache.get())[0]?.value).toEqual([]);
  });

  it('keeps the excluded dates it saved when Ayrshare lists none (the reading where the list is an array)', async () => {
    sandbox.reset(seed({ pessimistic: { scheduleListAsArray: true } }));
    await saveSchedule('acme', WEEKDAYS);
    const [snapshot] = await refreshSchedules(['acme']);
    expect(snapshot?.value?.[0]).toMatchObject({ title: 'Weekdays', excludeDates: ['2026-12-25'] });
  });

  it('keeps a plan’s refusal as the explanation, and what it knew when Ayrshare cannot be reached', async () => {
    await saveSchedule('acme', WEEKDAYS);
    sandbox.fault({ path: '/auto-schedule/list', kind: 'status', status: 503, times: 3 });
    const [unreachable] = await refreshSchedules(['acme']);
    expect(unreachable?.failure).toMatchObject({ kind: 'server' });
    expect((await scheduleCache.get())[0]?.value?.[0]?.title).toBe('Weekdays');

    sandbox.reset(seed({ plan: 'basic' }));
    const [refused] = await refreshSchedules(['primary']);
    expect(refused).toMatchObject({ failure: { kind: 'queueNeedsPlan', status: 403, said: expect.stringContaining('Premium') } });
    expect((await scheduleCache.get()).find((s) => s.profileId === 'primary')).toMatchObject({ failure: { kind: 'queueNeedsPlan' } });
    await expect(saveSchedule('primary', WEEKDAYS)).rejects.toMatchObject({ failure: { kind: 'queueNeedsPlan' } });
  });
});

describe('what Add to queue offers', () => {
  const snapshot = (profileId: string, titles: string[]) => ({ profileId, fetchedAt: 1, value: titles.map((title) => ({ title, times: ['09:00Z'] })) });

  it('the titles every chosen profile has, or why there are none', () => {
    expect(queueChoice([snapshot('a', ['Mornings', 'Evenings'])], ['a'])).toEqual({ titles: ['Evenings', 'Mornings'] });
    expect(queueChoice([snapshot('a', ['Mornings', 'Evenings']), snapshot('b', ['Mornings'])], ['a', 'b'])).toEqual({ titles: ['Mornings'] });
    expect(queueChoice([snapshot('a', ['Mornings']), snapshot('b', ['Late'])], ['a', 'b'])).toEqual({ failure: { kind: 'queueNotShared' } });
    expect(queueChoice([snapshot('a', [])], ['a'])).toEqual({ failure: { kind: 'noQueue' } });
    expect(queueChoice([{ profileId: 'a', fetchedAt: 1, failure: { kind: 'queueNeedsPlan' } }], ['a'])).toEqual({ failure: { kind: 'queueNeedsPlan' } });
    // Not known yet.
    expect(queueChoice([snapshot('a', ['Mornings'])], ['a', 'b'])).toBeUndefined();
  });
});
