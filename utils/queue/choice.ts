import type { Failure } from '../ayrshare/failure';
import type { ScheduleSnapshot } from '../storage/schedules';

/**
 * What Add to queue can do for the chosen profiles: the titles of the schedules they all have
 * (each profile's copy takes that schedule's next slot; titles match exactly, addendum §1d), or
 * why it cannot. Undefined while a chosen profile's schedules are not known yet.
 */
export type QueueChoice = { titles: string[] } | { failure: Failure };

export function queueChoice(snapshots: readonly ScheduleSnapshot[], profileIds: readonly string[]): QueueChoice | undefined {
  const chosen = profileIds.map((id) => snapshots.find((s) => s.profileId === id));
  if (chosen.length === 0 || chosen.some((s) => s === undefined || (s.value === undefined && s.failure === undefined))) return undefined;
  const refused = chosen.find((s) => s!.value === undefined);
  if (refused) return { failure: refused.failure! };
  const [first, ...others] = chosen.map((s) => s!.value!.map((schedule) => schedule.title));
  const titles = first!.filter((title) => others.every((list) => list.includes(title))).sort((a, b) => a.localeCompare(b));
  if (titles.length > 0) return { titles };
  return { failure: { kind: chosen.every((s) => s!.value!.length === 0) ? 'noQueue' : 'queueNotShared' } };
}
