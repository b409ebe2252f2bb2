import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { entryOf } from '@/utils/history/entry';
import { msOf } from '@/utils/ayrshare/post-reply';
import { HistoryPost } from '@/utils/ayrshare/replies';

const post = (fields: Record<string, unknown>) => ({ id: 'p1', ...z.parse(HistoryPost, { id: 'p1', ...fields }) });

describe('times as Ayrshare writes them', () => {
  it('reads the Firestore object of the history examples and a plain string alike', () => {
    const ms = Date.parse('2030-12-01T17:30:00Z');
    expect(msOf({ _seconds: ms / 1000, _nanoseconds: 250_000_000, utc: '2030-12-01T17:30:00.250Z' })).toBe(ms + 250);
    expect(msOf({ _seconds: ms / 1000 })).toBe(ms);
    expect(msOf('2030-12-01T17:30:00Z')).toBe(ms);
  });

  it('treats anything else as no time rather than a wrong one', () => {
    for (const value of [undefined, null, 'soon', 17, { seconds: 1 }]) expect(msOf(value)).toBeUndefined();
  });
});

describe('what a post of the history says to the user', () => {
  it('maps Ayrshare statuses to the ones the page shows', () => {
    expect(entryOf(post({ status: 'success' })).status).toBe('published');
    expect(entryOf(post({ status: 'error' })).status).toBe('failed');
    expect(entryOf(post({ status: 'awaiting approval' })).status).toBe('awaitingApproval');
    expect(entryOf(post({ status: 'deleted' })).status).toBe('deleted');
    expect(entryOf(post({ status: 'processing' })).status).toBe('pending');
    expect(entryOf(post({ status: 'something new' })).status).toBe('pending');
  });

  it('calls a pending post with a date that has not gone out "scheduled", and a retry under way "pending"', () => {
    const date = { _seconds: 1_922_000_000, _nanoseconds: 0 };
    expect(entryOf(post({ status: 'pending', scheduleDate: date })).status).toBe('scheduled');
    expect(entryOf(post({ status: 'paused', scheduleDate: date, postIds: [] })).status).toBe('scheduled');
    expect(entryOf(post({ status: 'pending' })).status).toBe('pending');
    const retrying = post({ status: 'pending', scheduleDate: date, errors: [{ platform: 'bluesky', code: 503, message: 'busy' }] });
    expect(entryOf(retrying).status).toBe('pending');
  });

  it("gives every network its own state, link and words, and a refused network's code", () => {
    const entry = entryOf(
      post({
        status: 'error',
        platforms: ['bluesky', 'facebook', 'tiktok', 'linkedin', 'youtube'],
        postIds: [
          { platform: 'bluesky', status: 'success', id: 'at://x', postUrl: 'https://bsky.app/profile/x/post/1' },
          { platform: 'tiktok', status: 'success', id: 'pending' },
          { platform: 'linkedin', status: 'success', id: 'urn:1', postUrl: 'javascript:alert(1)' },
          { platform: 'youtube', status: 'error', id: 'failed' },
        ],
        errors: [{ platform: 'facebook', code: 161, message: 'Facebook authorization error.', retryAvailable: true }],
      }),
    );
    expect(entry.networks).toEqual([
      { platform: 'bluesky', state: 'live', postUrl: 'https://bsky.app/profile/x/post/1' },
      { platform: 'facebook', state: 'failed', message: 'Facebook authorization error.', code: 161 },
      { platform: 'tiktok', state: 'processing' },
      // Only public https links are ever shown.
      { platform: 'linkedin', state: 'live', postUrl: undefined },
      { platform: 'youtube', state: 'failed' },
    ]);
    expect(entry.retryable).toBe(true);
  });

  it('lists networks the reply names beyond those asked for, once, and skips names it does not know', () => {
    const entry = entryOf(post({ platforms: ['bluesky', 'myspace'], postIds: [{ platform: 'bluesky' }, { platform: 'x-new' }], errors: [{ platform: 'gmb' }] }));
    expect(entry.networks.map((n) => n.platform)).toEqual(['bluesky', 'gmb']);
  });

  it('shows networks of a scheduled post as not sent yet, and of a deleted one as deleted', () => {
    expect(entryOf(post({ status: 'pending', platforms: ['bluesky'] })).networks).toEqual([{ platform: 'bluesky', state: 'waiting' }]);
    const deleted = entryOf(post({ status: 'deleted', platforms: ['bluesky'], postIds: [{ platform: 'bluesky', status: 'success', id: '1' }] }));
    expect(deleted.networks[0]?.state).toBe('removed');
  });

  it('keeps text, notes and times, and reads null or empty notes as none', () => {
    const entry = entryOf(post({ post: 'Hello', notes: 'For Monday', created: '2026-11-23T10:00:00.000Z', scheduleDate: '2030-01-02T08:00:00Z' }));
    expect(entry).toMatchObject({ text: 'Hello', notes: 'For Monday', created: Date.parse('2026-11-23T10:00:00Z'), scheduledAt: Date.parse('2030-01-02T08:00:00Z') });
    expect(entryOf(post({ notes: null, scheduleDate: null })).notes).toBeUndefined();
    expect(entryOf(post({ notes: '' })).notes).toBeUndefined();
    expect(entryOf(post({})).text).toBe('');
  });

  it('knows a retryable failure from the post or from any of its errors, and a post already retried', () => {
    expect(entryOf(post({ status: 'error', retryAvailable: true })).retryable).toBe(true);
    expect(entryOf(post({ status: 'error', errors: [{ platform: 'x', code: 1 }] })).retryable).toBe(false);
    expect(entryOf(post({ status: 'error', retried: true })).retried).toBe(true);
  });
});
