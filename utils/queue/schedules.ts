import { ask } from '../ayrshare/ask';
import { FailureError, failureOf } from '../ayrshare/failure';
import { byPlan, isPlanRefusal } from '../ayrshare/plan';
import { msOf } from '../ayrshare/post-reply';
import type { ReplyTo } from '../ayrshare/replies';
import { withProfileSnapshot } from '../storage/profile-cache';
import { scheduleCache, type QueueSchedule, type ScheduleSnapshot } from '../storage/schedules';

const UTC_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = <T>(value: unknown, ok: (item: unknown) => item is T): T[] | undefined => (Array.isArray(value) && value.every(ok) ? value : undefined);
const isDay = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6;
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && UTC_TIME.test(value);

/** One listed schedule; undefined when it has no title or times Sharebeam can read. */
function scheduleOf(title: unknown, item: unknown): QueueSchedule | undefined {
  if (typeof title !== 'string' || !isRecord(item)) return undefined;
  const times = listOf(item.schedule, isTime);
  if (!times || times.length === 0) return undefined;
  const daysOfWeek = listOf(item.daysOfWeek, isDay);
  const excludeDates = listOf(item.excludeDates, isDate);
  const next = msOf(item.lastScheduleDate);
  return { title, times, ...(daysOfWeek && { daysOfWeek }), ...(excludeDates && { excludeDates }), ...(next !== undefined && { lastScheduleDate: next }) };
}

/**
 * The schedules of GET /auto-schedule/list: an object keyed by title in the docs' example, "an
 * array of schedules" in their text (addendum §1b), each with its title then. A schedule that
 * cannot be read is left out rather than hiding the others.
 */
export function schedulesOf(reply: ReplyTo<'schedules'>): QueueSchedule[] {
  const listed = reply.schedules;
  const pairs = Array.isArray(listed) ? listed.map((item) => [isRecord(item) ? item.title : undefined, item] as const) : isRecord(listed) ? Object.entries(listed) : [];
  return pairs.flatMap(([title, item]) => scheduleOf(title, item) ?? []);
}

/**
 * Asks Ayrshare for each profile's schedules and keeps them in one write. A plan without
 * schedules is kept too, as the explanation to show; any other failure keeps what was known (and
 * comes back with it, to be said). Excluded dates Ayrshare does not list (one reading of the
 * docs) are kept from what this browser saved.
 */
export async function refreshSchedules(profileIds: readonly string[], now = Date.now()): Promise<ScheduleSnapshot[]> {
  const outcomes = await Promise.allSettled(profileIds.map((profileId) => ask(profileId, 'schedules', {})));
  let snapshots: ScheduleSnapshot[] = [];
  await scheduleCache.update((cache) => {
    snapshots = outcomes.map((outcome, i): ScheduleSnapshot => {
      const profileId = profileIds[i]!;
      const before = cache.find((s) => s.profileId === profileId);
      if (outcome.status === 'rejected') {
        const failure = byPlan('queue', failureOf(outcome.reason));
        return isPlanRefusal(failure) ? { profileId, fetchedAt: now, failure } : { ...(before ?? { profileId, fetchedAt: 0 }), failure };
      }
      const listed = schedulesOf(outcome.value).map((schedule) => {
        const kept = before?.value?.find((s) => s.title === schedule.title);
        return schedule.excludeDates || !kept?.excludeDates ? schedule : { ...schedule, excludeDates: kept.excludeDates };
      });
      return { profileId, fetchedAt: now, value: listed };
    });
    return snapshots.filter((s) => s.fetchedAt === now).reduce(withProfileSnapshot, cache);
  });
  return snapshots;
}

/** Saves a schedule (POST /auto-schedule/set) and keeps it in the cache as it was sent. */
export async function saveSchedule(profileId: string, body: { title: string; schedule: string[]; daysOfWeek: number[]; excludeDates: string[] }): Promise<void> {
  try {
    await ask(profileId, 'setSchedule', { json: body });
  } catch (error) {
    throw byPlanError(error);
  }
  const saved: QueueSchedule = { title: body.title, times: body.schedule, daysOfWeek: body.daysOfWeek, excludeDates: body.excludeDates };
  await scheduleCache.update((cache) => {
    const before = cache.find((s) => s.profileId === profileId)?.value ?? [];
    const kept = before.find((s) => s.title === body.title);
    const value = [...before.filter((s) => s.title !== body.title), { ...saved, ...(kept?.lastScheduleDate !== undefined && { lastScheduleDate: kept.lastScheduleDate }) }];
    return withProfileSnapshot(cache, { profileId, fetchedAt: Date.now(), value });
  });
}

/** Deletes a schedule (DELETE /auto-schedule/delete); posts already queued keep their dates. */
export async function removeSchedule(profileId: string, title: string): Promise<void> {
  try {
    await ask(profileId, 'deleteSchedule', { json: { title } });
  } catch (error) {
    throw byPlanError(error);
  }
  await scheduleCache.update((cache) => {
    const before = cache.find((s) => s.profileId === profileId)?.value ?? [];
    return withProfileSnapshot(cache, { profileId, fetchedAt: Date.now(), value: before.filter((s) => s.title !== title) });
  });
}

/** A refusal by the account's plan, as the queue's explanation; other errors as they are. */
function byPlanError(error: unknown): unknown {
  return error instanceof FailureError ? new FailureError(byPlan('queue', error.failure)) : error;
}
