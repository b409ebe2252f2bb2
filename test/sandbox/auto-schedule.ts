// Auto-schedule slots (addendum §1): a schedule is a set of UTC times of day, optionally limited to
// days of the week and minus excluded dates. A post sent with `autoSchedule` takes the next free
// slot; slots are handed out in order from a pointer that only moves forward, so deleting a
// scheduled post does not free its slot ("Slot semantics … deleting a scheduled post does not
// free its slot", [AS-OV]).
import { DAY } from './clock.ts';

export interface ScheduleRecord {
  title: string;
  /** `HH:MMZ` (or `HH:MM:SSZ`), as sent, duplicates removed, in time order. */
  times: string[];
  /** As sent; null when the request had none (see `weekendByDefault`). */
  daysOfWeek: number[] | null;
  /** `YYYY-MM-DD`, UTC dates. */
  excludeDates: string[];
  /** `setStartDate`: no slot before it. */
  startAt: number | null;
  /** The last slot handed out: the next one comes after it. */
  lastSlot: number | null;
}

/** The days a schedule posts on: as sent, or by default every day (Sunday and Saturday only, read pessimistically). */
export function activeDays(record: ScheduleRecord, weekendByDefault: boolean): readonly number[] {
  return record.daysOfWeek ?? (weekendByDefault ? [0, 6] : [0, 1, 2, 3, 4, 5, 6]);
}

function secondsOfDay(time: string): number {
  const [h, m, s] = time.replace(/Z$/, '').split(':').map(Number);
  return (h! * 60 + m!) * 60 + (s ?? 0);
}

/** How far ahead a slot is looked for before the schedule is taken to have none (every date excluded). */
const HORIZON_DAYS = 3 * 366;

/**
 * The first slot strictly after `after` (UTC), on an active day of the week and not on an excluded
 * date; null when none comes within three years.
 */
export function nextSlot(record: ScheduleRecord, after: number, weekendByDefault: boolean): number | null {
  const days = activeDays(record, weekendByDefault);
  const excluded = new Set(record.excludeDates);
  const seconds = record.times.map(secondsOfDay).sort((a, b) => a - b);
  const from = Math.max(after, record.lastSlot ?? -Infinity, (record.startAt ?? -Infinity) - 1);
  const firstDay = Math.floor(from / DAY) * DAY;
  for (let day = firstDay; day < firstDay + HORIZON_DAYS * DAY; day += DAY) {
    const date = new Date(day);
    if (!days.includes(date.getUTCDay()) || excluded.has(date.toISOString().slice(0, 10))) continue;
    for (const s of seconds) {
      const slot = day + s * 1000;
      if (slot > from) return slot;
    }
  }
  return null;
}
