/**
 * Posting schedules in the user's own time. Ayrshare keeps a schedule's times of day as UTC
 * ("13:05Z") and, by the sandbox's reading, its days of the week and excluded dates in UTC too
 * (addendum §1a); people think of them in their own time zone. A local time converts to a UTC
 * time, sometimes on the day before or after (`shift`, in days: the UTC day minus the local one),
 * and the days and dates follow that shift. Conversions use the offset of the given day: a UTC
 * time stays put when the clocks change, so the local time it shows may move by an hour.
 */

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day: "09:30" (local) or "09:30Z"/"09:30:00Z" (UTC). */
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const UTC_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Characters a schedule's title may not hold (a third-party summary of Ayrshare's rule, addendum §1a). */
const TITLE_FORBIDDEN = /[*~/[\]]/;
export const MAX_TITLE = 100;

const dayNumber = (year: number, month: number, date: number) => Date.UTC(year, month, date) / DAY_MS;

/** The UTC time of day for a local one, on the day `on`, and how many days the UTC date is from the local one. */
export function utcTimeOf(local: string, on: Date): { time: string; shift: number } | undefined {
  const match = LOCAL_TIME.exec(local);
  if (!match) return undefined;
  const at = new Date(on.getFullYear(), on.getMonth(), on.getDate(), Number(match[1]), Number(match[2]));
  const shift = dayNumber(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - dayNumber(at.getFullYear(), at.getMonth(), at.getDate());
  return { time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}Z`, shift };
}

/** The local time of day for a UTC one, on the UTC day of `on`, with the same `shift` as utcTimeOf. */
export function localTimeOf(utc: string, on: Date): { time: string; shift: number } | undefined {
  const match = UTC_TIME.exec(utc);
  if (!match) return undefined;
  const at = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate(), Number(match[1]), Number(match[2])));
  const shift = dayNumber(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - dayNumber(at.getFullYear(), at.getMonth(), at.getDate());
  return { time: `${pad(at.getHours())}:${pad(at.getMinutes())}`, shift };
}

const shiftDay = (day: number, by: number) => (((day + by) % 7) + 7) % 7;

function shiftDate(date: string, by: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + by)).toISOString().slice(0, 10);
}

const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && shiftDate(value, 0) === value;

/** A schedule as the user edits it, in local time. */
export interface ScheduleForm {
  title: string;
  /** "HH:MM", local. */
  times: string[];
  /** 0 = Sunday … 6 = Saturday, local. */
  days: number[];
  /** "YYYY-MM-DD", local. */
  excludeDates: string[];
}

/** A schedule as Ayrshare keeps it (GET /auto-schedule/list). */
export interface UtcSchedule {
  title: string;
  times: string[];
  daysOfWeek?: number[];
  excludeDates?: string[];
}

export type ScheduleProblem = 'title' | 'times' | 'days' | 'dates' | 'splitDays';

/**
 * The POST /auto-schedule/set body for a schedule made in local time, or what is wrong with it.
 * Ayrshare applies the days and dates to every time of a schedule: times that fall on different
 * UTC days can only keep every day and no excluded date (`splitDays` otherwise).
 */
export function scheduleBody(form: ScheduleForm, on: Date): { body: { title: string; schedule: string[]; daysOfWeek: number[]; excludeDates: string[] } } | { problem: ScheduleProblem } {
  const title = form.title.trim();
  if (!title || title.length > MAX_TITLE || TITLE_FORBIDDEN.test(title)) return { problem: 'title' };
  const times = form.times.filter(Boolean).map((time) => utcTimeOf(time, on));
  if (times.length === 0 || times.some((time) => !time)) return { problem: 'times' };
  if (form.days.length === 0) return { problem: 'days' };
  if (!form.excludeDates.every(isDate)) return { problem: 'dates' };
  const shifts = new Set(times.map((time) => time!.shift));
  if (shifts.size > 1 && (form.days.length < 7 || form.excludeDates.length > 0)) return { problem: 'splitDays' };
  const shift = shifts.size === 1 ? [...shifts][0]! : 0;
  return {
    body: {
      title,
      schedule: [...new Set(times.map((time) => time!.time))].sort(),
      daysOfWeek: [...new Set(form.days.map((day) => shiftDay(day, shift)))].sort(),
      excludeDates: [...new Set(form.excludeDates.map((date) => shiftDate(date, shift)))].sort(),
    },
  };
}

/** A schedule Ayrshare keeps, in local time: no days listed means every day (the docs' likelier reading, addendum §1a). */
export function scheduleForm(schedule: UtcSchedule, on: Date): ScheduleForm {
  const times = schedule.times.flatMap((time) => localTimeOf(time, on) ?? []);
  const shifts = new Set(times.map((time) => time.shift));
  const shift = shifts.size === 1 ? [...shifts][0]! : 0;
  return {
    title: schedule.title,
    times: times.map((time) => time.time).sort(),
    days: schedule.daysOfWeek ? [...new Set(schedule.daysOfWeek.map((day) => shiftDay(day, -shift)))].sort() : [0, 1, 2, 3, 4, 5, 6],
    excludeDates: (schedule.excludeDates ?? []).map((date) => shiftDate(date, -shift)).sort(),
  };
}
