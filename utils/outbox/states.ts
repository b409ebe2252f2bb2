import { isTransient, type Failure } from '../ayrshare/failure';
import type { NetworkOutcome } from '../ayrshare/outcome';
import type { OutboxEntry, OutboxTarget } from '../storage/outbox';

/**
 * How an outbox target moves, as pure functions of (target, event, time): the background applies
 * them to storage, pages read the result. Nothing here talks to the network or the browser.
 *
 *   queued ─start→ sending ─answer→ done
 *                     │  └─refusal→ failed            (a 4xx other than 429, a missing key…)
 *                     └─transient→ waiting ─due→ sending …   (offline, timeout, 5xx, 429…)
 *   queued | waiting ─cancel→ cancelled
 */

const MINUTE = 60_000;
/** After this many failed requests a transient failure is final (about an hour of backoff). */
export const MAX_ATTEMPTS = 8;
/** Ayrshare's rate-limit window (ayrshare-api.md §5.3): with no header saying otherwise, wait it out. */
export const RATE_LIMIT_WINDOW_MS = 300_000;
/**
 * How long after a request started its target may still be waiting for the answer. Past that, a
 * `sending` target whose worker was stopped is taken for lost and checked (see isDue).
 */
export const SENDING_GRACE_MS = 2 * MINUTE;

export function isFinal(target: OutboxTarget): boolean {
  return target.state === 'done' || target.state === 'failed' || target.state === 'cancelled';
}

/** Every target of the send has its final answer. */
export function isSettled(entry: OutboxEntry): boolean {
  return entry.targets.every(isFinal);
}

export function canCancel(target: OutboxTarget): boolean {
  return target.state === 'queued' || target.state === 'waiting';
}

/**
 * How long to wait before the next request. A 429 waits as long as Ayrshare said (Retry-After or
 * x-ratelimit-reset), else the whole window; anything else backs off from one minute, doubling up
 * to 15, which also gives a slow Ayrshare time to finish before the check that follows a timeout.
 */
export function retryDelayMs(failure: Failure, attempts: number): number {
  if (failure.kind === 'rateLimited') return Math.max(1000, failure.ms ?? RATE_LIMIT_WINDOW_MS);
  return Math.min(15 * MINUTE, MINUTE * 2 ** Math.max(0, attempts - 1));
}

/** A request goes out for this target. */
export function started(target: OutboxTarget, now: number): OutboxTarget {
  return { ...target, state: 'sending', retryAt: undefined, updatedAt: now };
}

/** Ayrshare answered with the post (per-network refusals are part of a definite answer). */
export function answered(
  target: OutboxTarget,
  postId: string | undefined,
  networks: NetworkOutcome[],
  now: number,
  scheduledFor?: number,
): OutboxTarget {
  const done: OutboxTarget = { ...target, state: 'done', postId, networks, failure: undefined, retryAt: undefined, updatedAt: now, checks: 0 };
  return { ...done, checkAt: postId ? followUpAt(networks, 0, now, scheduledFor) : undefined };
}

/** Networks whose outcome Ayrshare will only know later. */
export const UNSETTLED: ReadonlyArray<NetworkOutcome['status']> = ['pending', 'scheduled', 'awaitingApproval'];

/** How long Sharebeam keeps asking about a post: approval may take days, not forever. */
export const FOLLOW_UP_FOR_MS = 14 * 24 * 60 * MINUTE;

/**
 * When to ask about a post again: a network still publishing after 1, 2, 4… minutes (TikTok
 * takes a minute or two), a scheduled post just after its time, one awaiting approval every
 * 15 minutes growing to hourly; never when every network is final.
 */
export function followUpAt(networks: readonly NetworkOutcome[], checks: number, now: number, scheduledFor?: number): number | undefined {
  const open = networks.filter((n) => UNSETTLED.includes(n.status));
  if (open.length === 0) return undefined;
  if (scheduledFor !== undefined && scheduledFor > now && open.some((n) => n.status === 'scheduled')) return scheduledFor + 30_000;
  const base = open.every((n) => n.status === 'awaitingApproval') ? 15 * MINUTE : MINUTE;
  return now + Math.min(60 * MINUTE, base * 2 ** checks);
}

/** Ayrshare said where the post stands now; it is asked again later unless every network is final. */
export function followedUp(target: OutboxTarget, networks: NetworkOutcome[], sentAt: number, now: number, scheduledFor?: number): OutboxTarget {
  const checks = (target.checks ?? 0) + 1;
  const next = now - sentAt < FOLLOW_UP_FOR_MS ? followUpAt(networks, checks, now, scheduledFor) : undefined;
  return { ...target, networks, checks, checkAt: next, updatedAt: now };
}

/** The post is still being followed: its badge count and its next check. */
export function isFollowed(target: OutboxTarget): boolean {
  return target.state === 'done' && target.checkAt !== undefined;
}

/**
 * The request failed. A transient failure waits for another try with the same idempotency key; a
 * definite refusal, or a transient one after MAX_ATTEMPTS requests, is final. Being offline sent
 * nothing, so it never uses up an attempt.
 */
export function afterFailure(target: OutboxTarget, failure: Failure, now: number): OutboxTarget {
  const attempts = (target.attempts ?? 0) + (failure.kind === 'offline' ? 0 : 1);
  if (isTransient(failure) && attempts < MAX_ATTEMPTS) {
    return { ...target, state: 'waiting', attempts, failure, retryAt: now + retryDelayMs(failure, attempts), updatedAt: now };
  }
  return { ...target, state: 'failed', attempts, failure, retryAt: undefined, updatedAt: now };
}

export function cancelled(target: OutboxTarget, now: number): OutboxTarget {
  return canCancel(target) ? { ...target, state: 'cancelled', retryAt: undefined, updatedAt: now } : target;
}

/**
 * Whether to send this target now, unless this worker has a request open for it (deliver.ts
 * leaves those out). A `queued` or `sending` target with no request open was interrupted (popup
 * closed, worker stopped, browser restarted): it is sent again with its idempotency key, which is
 * how its fate is checked — if the first request reached Ayrshare, Ayrshare refuses the copy and
 * names the post it made.
 */
export function isDue(target: OutboxTarget, now: number, online: boolean): boolean {
  if (target.state === 'queued' || target.state === 'sending') return true;
  if (target.state !== 'waiting') return false;
  return (target.retryAt ?? 0) <= now || (online && target.failure?.kind === 'offline');
}

/**
 * When the background must wake up next: the earliest retry, the moment an open request is
 * surely lost, or the next check of a post that was not final.
 */
export function nextWake(entries: readonly OutboxEntry[]): number | undefined {
  let next: number | undefined;
  for (const target of entries.flatMap((e) => e.targets)) {
    const at =
      target.state === 'waiting'
        ? target.retryAt
        : target.state === 'queued' || target.state === 'sending'
          ? target.updatedAt + SENDING_GRACE_MS
          : target.checkAt;
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  return next;
}
