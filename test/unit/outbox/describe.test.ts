import { describe, expect, it } from 'vitest';
import { timeOfDay } from '@/utils/format';
import { describeTarget } from '@/utils/outbox/describe';
import { allTaken, RECENT_MS, sendOfDraft } from '@/utils/outbox/draft-send';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';

const NOW = Date.UTC(2026, 6, 8, 12, 0);
const AT = NOW + 5 * 60_000;

function target(change: Partial<OutboxTarget>): OutboxTarget {
  return { profileId: 'primary', idempotencyKey: 'k', state: 'queued', networks: [], updatedAt: NOW, ...change };
}

describe('where a send stands, in words', () => {
  it('says when a rate-limited send goes out again', () => {
    const text = describeTarget(target({ state: 'waiting', retryAt: AT, failure: { kind: 'rateLimited', ms: 300_000 } }));
    expect(text).toBe(`Ayrshare asked Sharebeam to slow down. Retries at ${timeOfDay(AT)}.`);
  });

  it('names the server error and the retry time', () => {
    expect(describeTarget(target({ state: 'waiting', retryAt: AT, failure: { kind: 'server', status: 502 } }))).toBe(
      `Ayrshare had a problem (HTTP 502). Retries at ${timeOfDay(AT)}.`,
    );
  });

  it('promises a check, not a second post, after no clear answer', () => {
    for (const kind of ['timeout', 'interrupted', 'malformed'] as const) {
      expect(describeTarget(target({ state: 'waiting', retryAt: AT, failure: { kind, host: 'api.ayrshare.com' } }))).toBe(
        `No clear answer from api.ayrshare.com. Checks again at ${timeOfDay(AT)}, without posting twice.`,
      );
    }
  });

  it('waits for the network without a time', () => {
    expect(describeTarget(target({ state: 'waiting', retryAt: AT, failure: { kind: 'offline' } }))).toBe(
      'Waiting for the network. It goes out as soon as you are back online.',
    );
  });

  it('warns that a cancelled send may still have gone out when an earlier try had no answer', () => {
    expect(describeTarget(target({ state: 'cancelled', failure: { kind: 'timeout', host: 'api.ayrshare.com' } }))).toContain(
      'An earlier try may have reached api.ayrshare.com',
    );
    // A 500 may come from a post that was published all the same (the sandbox's pessimistic reading).
    expect(describeTarget(target({ state: 'cancelled', failure: { kind: 'server', status: 500 } }))).toContain('An earlier try may have reached');
    expect(describeTarget(target({ state: 'cancelled', failure: { kind: 'rateLimited', status: 429 } }))).toBe('Cancelled: not posted.');
  });

  it('never calls a send failed that may have made a post: it says to check History first', () => {
    const unknown = target({ state: 'unknown', failure: { kind: 'rejected', status: 400, host: 'api.ayrshare.com' } });
    expect(describeTarget({ ...unknown, checkAt: 1 })).toContain('Sharebeam is looking for the post in History');
    expect(describeTarget(unknown)).toContain('could not find it in History. Check History');
  });

  it("puts a final refusal in Ayrshare's words", () => {
    expect(describeTarget(target({ state: 'failed', failure: { kind: 'unauthorized', status: 401 } }))).toContain('API key');
  });

  it('leaves an answered send to its per-network results', () => {
    expect(describeTarget(target({ state: 'done' }))).toBeUndefined();
  });
});

describe('the send a reopened composer shows', () => {
  const entry = (id: string, draftKey: string, state: OutboxTarget['state'], updatedAt = NOW): OutboxEntry => ({
    id,
    createdAt: updatedAt,
    draftKey,
    post: { post: 'x', platforms: ['bluesky'] },
    targets: [target({ state, updatedAt, networks: state === 'done' ? [{ platform: 'bluesky', status: 'published' }] : [] })],
  });

  it("is the draft's newest send while it is under way, however old", () => {
    const list = [entry('a', 'tab:1', 'done', NOW - 3 * RECENT_MS), entry('b', 'tab:1', 'waiting', NOW - 2 * RECENT_MS), entry('c', 'tab:2', 'queued')];
    expect(sendOfDraft(list, 'tab:1', NOW)?.id).toBe('b');
  });

  it('is a finished send only while it is recent', () => {
    expect(sendOfDraft([entry('a', 'tab:1', 'done', NOW - 1000)], 'tab:1', NOW)?.id).toBe('a');
    expect(sendOfDraft([entry('a', 'tab:1', 'done', NOW - RECENT_MS)], 'tab:1', NOW)).toBeUndefined();
  });

  it('counts a send as taken only when every network took it', () => {
    expect(allTaken(entry('a', 't', 'done'))).toBe(true);
    expect(allTaken(entry('a', 't', 'cancelled'))).toBe(false);
    const partly = entry('a', 't', 'done');
    partly.targets[0]!.networks = [{ platform: 'bluesky', status: 'failed', message: 'no' }];
    expect(allTaken(partly)).toBe(false);
  });
});
