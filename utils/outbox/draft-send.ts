import type { OutboxEntry } from '../storage/outbox';
import { isSettled } from './states';

/** How long a finished send is still shown when its composer is opened again. */
export const RECENT_MS = 30 * 60_000;

/**
 * The send a composer shows when it opens on a draft: the newest one made from it, while it is not
 * final or finished only recently. A send that finished while no popup was open was reported by
 * a notification; showing it again here says the same thing where the user now looks.
 */
export function sendOfDraft(entries: readonly OutboxEntry[], draftKey: string, now: number): OutboxEntry | undefined {
  const newest = entries.filter((e) => e.draftKey === draftKey).at(-1);
  if (!newest) return undefined;
  const last = Math.max(...newest.targets.map((target) => target.updatedAt));
  return !isSettled(newest) || now - last < RECENT_MS ? newest : undefined;
}

/** Every network of the send took it (published, scheduled, pending or awaiting approval). */
export function allTaken(entry: OutboxEntry): boolean {
  return entry.targets.every((target) => target.state === 'done' && target.networks.every((n) => n.status !== 'failed' && n.status !== 'unreported'));
}
