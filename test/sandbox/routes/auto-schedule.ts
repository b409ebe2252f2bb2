// Auto-schedule (ayrshare-api-addendum.md §1): POST /auto-schedule/set, GET /auto-schedule/list,
// DELETE /auto-schedule/delete. A post takes a slot with `autoSchedule` (routes/post.ts).
import { activeDays, type ScheduleRecord } from '../auto-schedule.ts';
import { ERROR_CODES, apiError, badParameters } from '../errors.ts';
import { isRecord } from '../seed.ts';
import { parseUtcDateTime, SCHEDULE_DATE_FORMAT_HINT } from '../validation/schedule-date.ts';
import { jsonBody, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

/** "default" when no title is given (§1a, §1c, §1d). */
export const DEFAULT_TITLE = 'default';

const UTC_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A third-party summary says titles take no `* ~ / [ ]` (addendum §1a, [WITHONE-SET], unverified): refused, the stricter reading. */
const TITLE_FORBIDDEN = /[*~/[\]]/;

function isCalendarDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function scheduleTitle(value: unknown, action: string): string {
  if (value === undefined || value === null) return DEFAULT_TITLE;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100 || TITLE_FORBIDDEN.test(value)) {
    throw badParameters(action, '"title" must be a non-empty string of up to 100 characters without * ~ / [ ].');
  }
  return value;
}

export function setSchedule(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'autoSchedule');
  if (!isRecord(raw)) throw badParameters('autoSchedule', 'Send {"schedule": ["13:05Z", …], "title"?, "daysOfWeek"?, "excludeDates"?, "setStartDate"?}.');
  const title = scheduleTitle(raw.title, 'autoSchedule');
  const schedules = ctx.state.schedulesOf(ctx.profile);
  const existing = schedules.get(title);

  let startAt = existing?.startAt ?? null;
  if (raw.setStartDate !== undefined) {
    const start = parseUtcDateTime(raw.setStartDate);
    if (!start) throw badParameters('autoSchedule', `"setStartDate" is not a valid UTC date-time. ${SCHEDULE_DATE_FORMAT_HINT}`);
    startAt = start.ms;
  }
  // "Not required if setStartDate given" (§1a): only for a schedule that already has times.
  if (raw.schedule === undefined && raw.setStartDate !== undefined && existing) {
    schedules.set(title, { ...existing, startAt });
    return reply({ status: 'success', message: 'Auto schedule set.', title });
  }
  const times = raw.schedule;
  if (!Array.isArray(times) || times.length === 0 || !times.every((t) => typeof t === 'string' && UTC_TIME.test(t))) {
    throw badParameters('autoSchedule', '"schedule" must be a non-empty array of UTC times of day such as "13:05Z".');
  }
  let daysOfWeek: number[] | null = null;
  if (raw.daysOfWeek !== undefined) {
    const days = raw.daysOfWeek;
    if (!Array.isArray(days) || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
      throw badParameters('autoSchedule', '"daysOfWeek" must be a non-empty array of 0 (Sunday) to 6 (Saturday).');
    }
    daysOfWeek = [...new Set(days as number[])].sort();
  }
  let excludeDates: string[] = [];
  if (raw.excludeDates !== undefined) {
    const dates = raw.excludeDates;
    if (!Array.isArray(dates) || !dates.every((d) => typeof d === 'string' && isCalendarDate(d))) {
      throw badParameters('autoSchedule', '"excludeDates" must be an array of dates such as "2026-01-01".');
    }
    excludeDates = [...new Set(dates as string[])].sort();
  }
  const record: ScheduleRecord = {
    title,
    // "treated as a set (duplicates removed)" (§1a).
    times: [...new Set(times as string[])].sort(),
    daysOfWeek,
    excludeDates,
    startAt,
    // Posts already in the queue keep their slots; new ones continue after them.
    lastSlot: existing?.lastSlot ?? null,
  };
  schedules.set(title, record);
  return reply({ status: 'success', message: 'Auto schedule set.', title });
}

function listed(record: ScheduleRecord, weekendByDefault: boolean, withExcluded: boolean) {
  return {
    schedule: record.times,
    ...(record.lastSlot !== null ? { lastScheduleDate: new Date(record.lastSlot).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
    // "daysOfWeek is omitted when unset" (§1b); the pessimistic default posts on Sunday and Saturday only.
    ...(record.daysOfWeek !== null ? { daysOfWeek: record.daysOfWeek } : weekendByDefault ? { daysOfWeek: activeDays(record, true) } : {}),
    ...(withExcluded && record.excludeDates.length > 0 ? { excludeDates: record.excludeDates } : {}),
  };
}

export function listSchedules(ctx: ApiContext): ApiReply {
  const { pessimistic } = ctx.state;
  const weekend = pessimistic.has('weekendByDefault');
  const records = [...ctx.state.schedulesOf(ctx.profile).values()];
  // The page's example is an object keyed by title, and ayrshare-api.md §4.15 lists excludeDates;
  // its text says "an array of schedules": pessimistically, an array without excludeDates.
  if (pessimistic.has('scheduleListAsArray')) {
    return reply({ status: 'success', schedules: records.map((r) => ({ title: r.title, ...listed(r, weekend, false) })) });
  }
  return reply({ status: 'success', schedules: Object.fromEntries(records.map((r) => [r.title, listed(r, weekend, true)])) });
}

export function deleteSchedule(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'autoSchedule');
  const body = isRecord(raw) ? raw : {};
  const title = scheduleTitle(body.title, 'autoSchedule');
  const schedules = ctx.state.schedulesOf(ctx.profile);
  const record = schedules.get(title);
  if (!record) throw apiError(404, 'autoSchedule', ERROR_CODES.scheduleNotFound, `No auto schedule titled "${title.slice(0, 100)}".`);
  // `deleteLastScheduleDate: true` resets the slot pointer to now; posts already queued keep their dates (§1c).
  if (body.deleteLastScheduleDate === true) schedules.set(title, { ...record, lastSlot: ctx.clock.now() });
  else schedules.delete(title);
  return reply({ status: 'success', title });
}
