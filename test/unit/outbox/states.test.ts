import { describe, expect, it } from 'vitest';
import type { Failure } from '@/utils/ayrshare/failure';
import {
  afterFailure,
  answered,
  cancelled,
  FOLLOW_UP_FOR_MS,
  followedUp,
  isDue,
  isFollowed,
  isSettled,
  MAX_ATTEMPTS,
  nextWake,
  RATE_LIMIT_WINDOW_MS,
  retryDelayMs,
  SENDING_GRACE_MS,
  started,
} from '@/utils/outbox/states';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';

const NOW = Date.UTC(2026, 6, 8, 12, 0);
const MINUTE = 60_000;

function target(change: Partial<OutboxTarget> = {}): OutboxTarget {
  return { profileId: 'primary', idempotencyKey: 'key-1', state: 'queued', networks: [], updatedAt: NOW, ...change };
}

function entry(...targets: OutboxTarget[]): OutboxEntry {
  return { id: 'send-1', createdAt: NOW, post: { post: 'Hello', platforms: ['bluesky'] }, targets };
}

const transient: Failure[] = [
  { kind: 'offline' },
  { kind: 'unreachable', host: 'api.ayrshare.com' },
  { kind: 'timeout', host: 'api.ayrshare.com', ms: 60_000 },
  { kind: 'interrupted', host: 'api.ayrshare.com' },
  { kind: 'server', status: 503 },
  { kind: 'rateLimited', status: 429 },
  { kind: 'malformed', host: 'api.ayrshare.com' },
];
const definite: Failure[] = [
  { kind: 'unauthorized', status: 401 },
  { kind: 'forbidden', status: 403 },
  { kind: 'xCredentials', status: 419 },
  { kind: 'rejected', status: 400, code: 101 },
  { kind: 'noApiKey' },
  { kind: 'unexpected' },
];

describe('a send after a failure', () => {
  it.each(transient)('waits for another try after $kind, keeping its idempotency key', (failure) => {
    const next = afterFailure(started(target(), NOW), failure, NOW);
    expect(next).toMatchObject({ state: 'waiting', failure, idempotencyKey: 'key-1' });
    expect(next.retryAt).toBeGreaterThan(NOW);
  });

  it.each(definite)('is final after a definite refusal ($kind)', (failure) => {
    expect(afterFailure(started(target(), NOW), failure, NOW)).toMatchObject({ state: 'failed', failure, retryAt: undefined });
  });

  it('gives up after MAX_ATTEMPTS requests, and says why', () => {
    let current = target();
    for (let i = 0; i < MAX_ATTEMPTS; i++) current = afterFailure(started(current, NOW), { kind: 'rateLimited', status: 429 }, NOW);
    expect(current).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS, failure: { kind: 'rateLimited' } });
  });

  it('never calls failed what may have been posted: after the last attempt it is unknown, and looked up', () => {
    let current = target();
    for (let i = 0; i < MAX_ATTEMPTS; i++) current = afterFailure(started(current, NOW), { kind: 'server', status: 500 }, NOW);
    expect(current).toMatchObject({ state: 'unknown', attempts: MAX_ATTEMPTS, failure: { kind: 'server' }, checkAt: NOW + MINUTE });
  });

  it('counts every request toward the limit, a re-send after a lost worker too', () => {
    expect(started(started(target(), NOW), NOW + SENDING_GRACE_MS).attempts).toBe(2);
  });

  it('never gives up for being offline: nothing was sent', () => {
    let current = target();
    for (let i = 0; i < MAX_ATTEMPTS * 2; i++) current = afterFailure(current, { kind: 'offline' }, NOW);
    expect(current).toMatchObject({ state: 'waiting', attempts: 0 });
  });
});

describe('how long a send waits', () => {
  it('waits as long as a 429 asked', () => {
    expect(retryDelayMs({ kind: 'rateLimited', ms: 42_000 }, 1)).toBe(42_000);
  });

  it("waits out Ayrshare's whole rate-limit window when a 429 names no time", () => {
    expect(retryDelayMs({ kind: 'rateLimited' }, 1)).toBe(RATE_LIMIT_WINDOW_MS);
  });

  it('never retries a 429 sooner than a second, whatever the header said', () => {
    expect(retryDelayMs({ kind: 'rateLimited', ms: 0 }, 1)).toBe(1000);
  });

  it('backs off from a minute, doubling, up to 15 minutes', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs({ kind: 'server', status: 500 }, n) / MINUTE);
    expect(delays).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });
});

describe('what is due', () => {
  it('sends a queued target at once, and a "sending" one whose request was lost only after its grace period', () => {
    expect(isDue(target(), NOW, true)).toBe(true);
    // Ayrshare may still be working on a long request: a copy now could be taken as a second post.
    expect(isDue(target({ state: 'sending', updatedAt: NOW }), NOW + SENDING_GRACE_MS - 1, true)).toBe(false);
    expect(isDue(target({ state: 'sending', updatedAt: NOW }), NOW + SENDING_GRACE_MS, true)).toBe(true);
  });

  it('sends a waiting target at its time, not before', () => {
    const waiting = target({ state: 'waiting', retryAt: NOW + MINUTE, failure: { kind: 'server' } });
    expect(isDue(waiting, NOW, true)).toBe(false);
    expect(isDue(waiting, NOW + MINUTE, true)).toBe(true);
  });

  it('sends what waits for the network as soon as the network is back', () => {
    const waiting = target({ state: 'waiting', retryAt: NOW + MINUTE, failure: { kind: 'offline' } });
    expect(isDue(waiting, NOW, false)).toBe(false);
    expect(isDue(waiting, NOW, true)).toBe(true);
  });

  it('never sends a final target', () => {
    for (const state of ['done', 'failed', 'cancelled', 'unknown'] as const) expect(isDue(target({ state }), NOW + 1e9, true)).toBe(false);
  });
});

describe('when the background wakes', () => {
  it('at the earliest retry', () => {
    const entries = [
      entry(target({ state: 'waiting', retryAt: NOW + 5 * MINUTE })),
      entry(target({ state: 'waiting', retryAt: NOW + 2 * MINUTE }), target({ profileId: 'p2', state: 'done' })),
    ];
    expect(nextWake(entries)).toBe(NOW + 2 * MINUTE);
  });

  it('when a request in flight is surely lost, in case the worker is stopped under it', () => {
    expect(nextWake([entry(target({ state: 'sending', updatedAt: NOW }))])).toBe(NOW + SENDING_GRACE_MS);
  });

  it('not at all when everything is final', () => {
    expect(nextWake([entry(target({ state: 'done' }), target({ state: 'cancelled' }))])).toBeUndefined();
  });
});

describe('cancelling', () => {
  it('stops a queued or waiting target', () => {
    expect(cancelled(target(), NOW).state).toBe('cancelled');
    expect(cancelled(target({ state: 'waiting', retryAt: NOW + MINUTE }), NOW)).toMatchObject({ state: 'cancelled', retryAt: undefined });
  });

  it('cannot stop a request already on its way, nor change a final answer', () => {
    for (const state of ['sending', 'done', 'failed'] as const) expect(cancelled(target({ state }), NOW).state).toBe(state);
  });
});

it('a send is settled once every profile has its final answer', () => {
  const done = answered(target({ state: 'sending' }), 'post-1', [{ platform: 'bluesky', status: 'published' }], NOW);
  expect(done).toMatchObject({ state: 'done', postId: 'post-1', failure: undefined });
  expect(isSettled(entry(done, target({ profileId: 'p2', state: 'waiting' })))).toBe(false);
  expect(isSettled(entry(done, target({ profileId: 'p2', state: 'cancelled' })))).toBe(true);
});

describe('following a post that was not final', () => {
  const MIN = 60_000;
  const now = 1_000_000_000_000;
  const base = { profileId: 'primary', idempotencyKey: 'k', state: 'sending' as const, networks: [], updatedAt: now };

  it('asks again soon about a network still publishing, backing off', () => {
    const pending = [{ platform: 'tiktok' as const, status: 'pending' as const }];
    const done = answered(base, 'post-1', pending, now);
    expect(done).toMatchObject({ state: 'done', checkAt: now + MIN, checks: 0 });
    expect(followedUp(done, pending, now, now + MIN)).toMatchObject({ checkAt: now + MIN + 2 * MIN, checks: 1 });
    expect(isFollowed(done)).toBe(true);
  });

  it('asks about a scheduled post just after its time, and an awaiting one every quarter hour', () => {
    const at = now + 60 * MIN;
    expect(answered(base, 'p', [{ platform: 'bluesky', status: 'scheduled' }], now, at).checkAt).toBe(at + 30_000);
    expect(answered(base, 'p', [{ platform: 'bluesky', status: 'awaitingApproval' }], now).checkAt).toBe(now + 15 * MIN);
  });

  it('stops once every network is final, and after two weeks at most', () => {
    const followed = answered(base, 'p', [{ platform: 'tiktok', status: 'pending' }], now);
    const published = followedUp(followed, [{ platform: 'tiktok', status: 'published', postUrl: 'https://t.example/1' }], now, now + MIN);
    expect(published.checkAt).toBeUndefined();
    expect(isFollowed(published)).toBe(false);
    const late = followedUp(followed, followed.networks, now, now + FOLLOW_UP_FOR_MS + 1);
    expect(late.checkAt).toBeUndefined();
  });

  it('does not follow a post with no id or whose networks are all final', () => {
    expect(answered(base, undefined, [{ platform: 'tiktok', status: 'pending' }], now).checkAt).toBeUndefined();
    expect(answered(base, 'p', [{ platform: 'bluesky', status: 'published' }], now).checkAt).toBeUndefined();
  });

  it('wakes the background for the next check', () => {
    const entry = { id: 'e', createdAt: now, post: { post: 'x', platforms: ['tiktok' as const] }, targets: [answered(base, 'p', [{ platform: 'tiktok' as const, status: 'pending' as const }], now)] };
    expect(nextWake([entry])).toBe(now + MIN);
  });
});
