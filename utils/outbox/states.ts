import { isTransient, type Failure } from '../ayrshare/failure';
import type { NetworkOutcome } from '../ayrshare/outcome';
import type { OutboxEntry, OutboxTarget } from '../storage/outbox';

/**
 * How an outbox target moves, as pure functions of (target, event, time): the background applies
 * them to storage, pages read the result. Nothing here talks to the network or the browser.
 *
 *   queued ─start→ sending ─answer→ done
 *                     │  ├─refusal→ failed            (a 4xx other than 429, a missing key…)
 *                     │  └─refusal of a re-send, no post found→ unknown ─found→ done
 *                     └─transient→ waiting ─due→ sending …   (offline, timeout, 5xx, 429…)
 *   queued | waiting ─cancel→ cancelled
 *
 * `unknown` is for a request that may have made a post nobody can point to: a re-sent copy
 * refused without naming the post (Ayrshare documents only that a used idempotency key is
 * refused), or a request lost after its last attempt. It is never reported as failed: Sharebeam
 * keeps looking the post up by its key for a while, and says to check History before posting again.
 */

const MINUTE = 60_000;
/** After this many failed requests a transient failure is final (about an hour of backoff). */
export const MAX_ATTEMPTS = 8;
/** Ayrshare's rate-limit window (ayrshare-api.md §5.3): with no header saying otherwise, wait it out. */
export const RATE_LIMIT_WINDOW_MS = 300_000;
/**
 * How long after a request started its target may still be waiting for the answer: longer than
 * the longest request (POST_TIMEOUT_MS), which the worker is kept alive for. Only past that is a
 * `sending` target whose worker was stopped taken for lost and sent again (see isDue): a copy sent
 * while Ayrshare still works on the first may be taken as a second post (ayrshare-api.md §4.2).
 */
export const SENDING_GRACE_MS = 2 * MINUTE;

/** No request will be sent for it again (an `unknown` one may still be looked up). */
export function isFinal(target: OutboxTarget): boolean {
  return target.state === 'done' || target.state === 'failed' || target.state === 'cancelled' || target.state === 'unknown';
}

/**
 * Failures after which the request may have reached Ayrshare although no answer said so. A 500 or
 * a gateway's 504 may come after the post was made (the sandbox's pessimistic reading); a 502 or
 * 503 says the service did not take it.
 */
export function mayHaveArrived(failure: Failure | undefined): boolean {
  if (failure?.kind === 'server') return failure.status === 500 || failure.status === 504;
  return ['timeout', 'interrupted', 'unreachable', 'malformed'].includes(failure?.kind ?? '');
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
  // The client already keeps a wait Ayrshare asked for within 1 s and 15 min (server-text.ts).
  if (failure.kind === 'rateLimited') return Math.max(1000, failure.ms ?? RATE_LIMIT_WINDOW_MS);
  return Math.min(15 * MINUTE, MINUTE * 2 ** Math.max(0, attempts - 1));
}

/**
 * A request goes out for this target: every one counts toward MAX_ATTEMPTS, a re-send after a lost
 * worker too. (One left `sending` by a version that did not count had sent one.)
 */
export function started(target: OutboxTarget, now: number): OutboxTarget {
  const before = target.attempts ?? (target.state === 'sending' ? 1 : 0);
  return { ...target, state: 'sending', attempts: before + 1, retryAt: undefined, updatedAt: now };
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

/** How often a post that may exist is looked up before Sharebeam leaves it to the user. */
export const LOOKUPS = 5;

/**
 * Nobody can say whether the request made a post (see the top of this file): looked up by its
 * idempotency key after 1, 2, 4, 8 and 16 minutes, then left to the user.
 */
export function unconfirmed(target: OutboxTarget, failure: Failure, now: number): OutboxTarget {
  return { ...target, state: 'unknown', failure, retryAt: undefined, updatedAt: now, checks: 0, checkAt: now + MINUTE };
}

/** A look-up found no post with the key (yet). */
export function notFound(target: OutboxTarget, now: number): OutboxTarget {
  const checks = (target.checks ?? 0) + 1;
  return { ...target, checks, checkAt: checks < LOOKUPS ? now + MINUTE * 2 ** checks : undefined, updatedAt: now };
}

/** A post that may exist is still looked for. */
export function isLookedFor(target: OutboxTarget): boolean {
  return target.state === 'unknown' && target.checkAt !== undefined;
}

/**
 * The request failed. A transient failure waits for another try with the same idempotency key; a
 * definite refusal is final. After MAX_ATTEMPTS requests a failure that may have let the post
 * through leaves it unknown, any other is final. Being offline sent nothing, so it gives its
 * attempt back.
 */
export function afterFailure(target: OutboxTarget, failure: Failure, now: number): OutboxTarget {
  const attempts = Math.max(0, (target.attempts ?? 0) - (failure.kind === 'offline' ? 1 : 0));
  if (isTransient(failure) && attempts < MAX_ATTEMPTS) {
    return { ...target, state: 'waiting', attempts, failure, retryAt: now + retryDelayMs(failure, attempts), updatedAt: now };
  }
  if (mayHaveArrived(failure)) return unconfirmed({ ...target, attempts }, failure, now);
  return { ...target, state: 'failed', attempts, failure, retryAt: undefined, updatedAt: now };
}

export function cancelled(target: OutboxTarget, now: number): OutboxTarget {
  return canCancel(target) ? { ...target, state: 'cancelled', retryAt: undefined, updatedAt: now } : target;
}

/**
 * Whether to send this target now, unless this worker has a request open for it (deliver.ts
 * leaves those out). A `queued` target was never sent (popup closed, worker stopped before the
 * request). A `sending` one with no request open lost its worker mid-request: once its grace
 * period is over (Ayrshare is done with the first copy by then) it is sent again with its
 * idempotency key, which is how its fate is checked — if the first request reached Ayrshare, the
 * copy is refused, and the post is found (see deliver.ts).
 */
export function isDue(target: OutboxTarget, now: number, online: boolean): boolean {
  // A queued target may be held back for Undo until retryAt (share-now).
  if (target.state === 'queued') return (target.retryAt ?? 0) <= now;
  if (target.state === 'sending') return now >= target.updatedAt + SENDING_GRACE_MS;
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
    // A retry, or the end of a hold for Undo; else the moment an open request is surely lost; else
    // the next check of a post followed up or looked for.
    const at =
      target.retryAt ?? (target.state === 'queued' || target.state === 'sending' ? target.updatedAt + SENDING_GRACE_MS : target.checkAt);
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  return next;
}
