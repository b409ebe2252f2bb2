import * as z from 'zod/mini';
import { profileSnapshot } from './profile-cache';
import { storedValue } from './stored-value';

/** A posting schedule as Ayrshare keeps it (GET /auto-schedule/list, addendum §1b): UTC times, days and dates. */
export const QueueSchedule = z.object({
  title: z.string(),
  /** UTC times of day, "HH:MMZ". */
  times: z.array(z.string()),
  /** 0 = Sunday … 6 = Saturday, UTC; absent when Ayrshare lists none. */
  daysOfWeek: z.optional(z.array(z.number())),
  /** "YYYY-MM-DD", UTC. */
  excludeDates: z.optional(z.array(z.string())),
  /** The next slot, or the last one taken when nothing waits (ms). */
  lastScheduleDate: z.optional(z.number()),
});
export type QueueSchedule = z.infer<typeof QueueSchedule>;

export const ScheduleSnapshot = profileSnapshot(z.array(QueueSchedule));
export type ScheduleSnapshot = z.infer<typeof ScheduleSnapshot>;

/** Each profile's schedules, for Add to queue; written by the options page and the composer. */
export const scheduleCache = storedValue('schedules', z.array(ScheduleSnapshot), []);
