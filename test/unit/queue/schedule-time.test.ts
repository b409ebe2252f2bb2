import { afterEach, describe, expect, it } from 'vitest';
import { localTimeOf, scheduleBody, scheduleForm, utcTimeOf, type ScheduleForm } from '@/utils/queue/schedule-time';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

/** Some day in December (no clock change near it). */
const ON = new Date(Date.UTC(2026, 11, 7, 12));
const form = (change: Partial<ScheduleForm>): ScheduleForm => ({ title: 'Mornings', times: ['09:30'], days: [1, 3], excludeDates: [], ...change });

describe('a posting schedule in local time, as Ayrshare keeps it in UTC', () => {
  it('converts times of day both ways, saying when the UTC day differs', () => {
    process.env.TZ = 'America/New_York';
    expect(utcTimeOf('09:30', ON)).toEqual({ time: '14:30Z', shift: 0 });
    expect(utcTimeOf('21:15', ON)).toEqual({ time: '02:15Z', shift: 1 });
    expect(localTimeOf('02:15Z', ON)).toEqual({ time: '21:15', shift: 1 });
    expect(localTimeOf('14:30:00Z', ON)).toEqual({ time: '09:30', shift: 0 });
    expect(utcTimeOf('9:30', ON)).toBeUndefined();
  });

  it('moves the days and excluded dates with the times when the UTC day differs', () => {
    process.env.TZ = 'Australia/Sydney';
    // 08:00 in Sydney (UTC+11 in December) is 21:00 UTC the day before.
    const made = scheduleBody(form({ times: ['08:00', '07:30'], days: [1, 3], excludeDates: ['2026-12-25'] }), ON);
    expect(made).toEqual({ body: { title: 'Mornings', schedule: ['20:30Z', '21:00Z'], daysOfWeek: [0, 2], excludeDates: ['2026-12-24'] } });
    expect(scheduleForm({ title: 'Mornings', times: ['21:00Z', '20:30Z'], daysOfWeek: [0, 2], excludeDates: ['2026-12-24'] }, ON)).toEqual(
      form({ times: ['07:30', '08:00'], days: [1, 3], excludeDates: ['2026-12-25'] }),
    );
  });

  it('keeps times that fall on different UTC days together only when every day is chosen and no date is excluded', () => {
    process.env.TZ = 'Australia/Sydney';
    const every = [0, 1, 2, 3, 4, 5, 6];
    expect(scheduleBody(form({ times: ['08:00', '18:00'], days: every }), ON)).toEqual({
      body: { title: 'Mornings', schedule: ['07:00Z', '21:00Z'], daysOfWeek: every, excludeDates: [] },
    });
    expect(scheduleBody(form({ times: ['08:00', '18:00'], days: [1, 2] }), ON)).toEqual({ problem: 'splitDays' });
    expect(scheduleBody(form({ times: ['08:00', '18:00'], days: every, excludeDates: ['2026-12-25'] }), ON)).toEqual({ problem: 'splitDays' });
  });

  it('says what is missing or not allowed', () => {
    process.env.TZ = 'UTC';
    expect(scheduleBody(form({ title: '  ' }), ON)).toEqual({ problem: 'title' });
    expect(scheduleBody(form({ title: 'a/b' }), ON)).toEqual({ problem: 'title' });
    expect(scheduleBody(form({ times: [] }), ON)).toEqual({ problem: 'times' });
    expect(scheduleBody(form({ days: [] }), ON)).toEqual({ problem: 'days' });
    expect(scheduleBody(form({ excludeDates: ['2026-02-30'] }), ON)).toEqual({ problem: 'dates' });
    expect(scheduleBody(form({ times: ['09:30', '09:30'] }), ON)).toEqual({ body: { title: 'Mornings', schedule: ['09:30Z'], daysOfWeek: [1, 3], excludeDates: [] } });
  });

  it('reads a schedule without days as every day', () => {
    process.env.TZ = 'UTC';
    expect(scheduleForm({ title: 'default', times: ['12:00Z'] }, ON).days).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
