// A post over time: scheduling on the sandbox clock, approval, async networks, updates,
// deletion, retry, and what /history shows along the way.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox, SandboxSeed } from '../../sandbox/index.ts';
import { IMAGE, VIDEO, X_HEADERS, call, inFuture, post } from './client.ts';

const HOUR = 3_600_000;
// A fixed host clock: the sandbox clock moves only when a test advances it (reset keeps it).
const START = Date.UTC(2026, 6, 1, 9, 0, 0);

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: () => START });
});
beforeEach(() => sandbox.reset(DEFAULT_SEED));
afterAll(() => sandbox.close());

function seedWith(primary: Partial<SandboxSeed['primary']>): SandboxSeed {
  return { ...DEFAULT_SEED, primary: { ...DEFAULT_SEED.primary, ...primary } };
}

describe('scheduling', () => {
  it('stores a future post as pending and publishes it when the clock passes its date', async () => {
    const scheduleDate = inFuture(sandbox, 2 * HOUR);
    const res = await post(sandbox, { post: 'Later', platforms: ['facebook', 'linkedin'], scheduleDate });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'scheduled', id: expect.any(String), scheduleDate, postIds: [] });

    const before = await call(sandbox, `/post/${res.body.id}`);
    expect(before.body).toMatchObject({ status: 'pending', type: 'scheduled', postIds: [] });
    expect(before.body.scheduleDate.utc).toBe(new Date(scheduleDate).toISOString());

    sandbox.advanceClock(HOUR);
    expect((await call(sandbox, `/post/${res.body.id}`)).body.status).toBe('pending');

    sandbox.advanceClock(HOUR);
    const after = await call(sandbox, `/post/${res.body.id}`);
    expect(after.body.status).toBe('success');
    expect(after.body.postIds.map((p: { platform: string }) => p.platform)).toEqual(['facebook', 'linkedin']);
  });

  it('publishes a past scheduleDate immediately', async () => {
    const res = await post(sandbox, { post: 'Past', platforms: ['facebook'], scheduleDate: '2020-01-01T00:00:00Z' });
    expect(res.body).toMatchObject({ status: 'success', postIds: [expect.objectContaining({ platform: 'facebook' })] });
  });

  it('lets PATCH move, pause and resume a scheduled post; PUT /post works the same', async () => {
    const made = await post(sandbox, { post: 'Move me', platforms: ['facebook'], scheduleDate: inFuture(sandbox, HOUR) });
    const moved = await call(sandbox, '/post', { method: 'PATCH', body: { id: made.body.id, scheduleDate: inFuture(sandbox, 5 * HOUR), notes: 'moved' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'success', id: made.body.id, notes: 'moved' });

    await call(sandbox, '/post', { method: 'PUT', body: { id: made.body.id, scheduledPause: true } });
    sandbox.advanceClock(6 * HOUR);
    expect(sandbox.posts()[0]).toMatchObject({ status: 'paused', notes: 'moved' });

    // Unpausing a post whose date has passed publishes it at once (§4.5).
    const resumed = await call(sandbox, '/post', { method: 'PATCH', body: { id: made.body.id, scheduledPause: false } });
    expect(resumed.body.postStatus).toBe('success');
  });

  it('refuses to update a published post or a field that cannot change', async () => {
    const published = await post(sandbox, { post: 'Done', platforms: ['facebook'] });
    const res = await call(sandbox, '/post', { method: 'PATCH', body: { id: published.body.id, notes: 'late' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'error', code: 131 });

    const scheduled = await post(sandbox, { post: 'Later', platforms: ['facebook'], scheduleDate: inFuture(sandbox, HOUR) });
    const textChange = await call(sandbox, '/post', { method: 'PATCH', body: { id: scheduled.body.id, post: 'new text' } });
    expect(textChange.status).toBe(400);
    expect(textChange.body.message).toMatch(/Delete the post and post again/);
  });
});

describe('approval', () => {
  it('holds a post in "awaiting approval" until PATCH approved: true publishes it', async () => {
    const res = await post(sandbox, { post: 'Needs a yes', platforms: ['facebook'], requiresApproval: true });
    expect(res.body.status).toBe('awaiting approval');
    sandbox.advanceClock(24 * HOUR);
    expect(sandbox.posts()[0]!.status).toBe('awaiting approval');

    const approved = await call(sandbox, '/post', { method: 'PATCH', body: { id: res.body.id, approved: true } });
    expect(approved.body).toMatchObject({ status: 'success', approved: true, postStatus: 'success' });
    expect((await call(sandbox, `/post/${res.body.id}`)).body.postIds).toHaveLength(1);
  });

  it('keeps an approved scheduled post waiting for its date', async () => {
    const res = await post(sandbox, { post: 'Yes, later', platforms: ['facebook'], requiresApproval: true, scheduleDate: inFuture(sandbox, HOUR) });
    await call(sandbox, '/post', { method: 'PATCH', body: { id: res.body.id, approved: true } });
    expect(sandbox.posts()[0]!.status).toBe('pending');
    sandbox.advanceClock(HOUR);
    expect(sandbox.posts()[0]!.status).toBe('success');
  });
});

describe('async networks', () => {
  it('answers TikTok with id "pending" and completes it when the clock passes', async () => {
    const res = await post(sandbox, { post: 'Clip', platforms: ['tiktok'], mediaUrls: [VIDEO] });
    expect(res.body.postIds[0]).toMatchObject({ platform: 'tiktok', id: 'pending', isVideo: true });
    sandbox.advanceClock(89_000);
    expect((await call(sandbox, `/post/${res.body.id}`)).body.postIds[0].id).toBe('pending');
    sandbox.advanceClock(1_000);
    const done = await call(sandbox, `/post/${res.body.id}`);
    expect(done.body.postIds[0]).toMatchObject({ status: 'success', id: expect.stringMatching(/^\d{19}$/), postUrl: expect.stringMatching(/^https:\/\/www\.tiktok\.com\/@sharebeam\.demo\/video\/\d{19}$/) });
  });

  it('turns a pending network that fails into id "failed" plus a retryable error', async () => {
    sandbox.reset(seedWith({ pending: { tiktok: { afterMs: 60_000, outcome: { code: 436, message: 'TikTok media processing timed out.' } } } }));
    const res = await post(sandbox, { post: 'Clip', platforms: ['tiktok', 'facebook'], mediaUrls: [VIDEO] });
    expect(res.status).toBe(200);
    sandbox.advanceClock(60_000);
    const read = await call(sandbox, `/post/${res.body.id}`);
    expect(read.body.status).toBe('error');
    expect(read.body.postIds.find((p: { platform: string }) => p.platform === 'tiktok')).toMatchObject({ status: 'error', id: 'failed' });
    expect(read.body.errors[0]).toMatchObject({ platform: 'tiktok', code: 436, retryAvailable: true });
  });
});

describe('retry', () => {
  it('retries a failed network once: pending, then the clock resolves it', async () => {
    sandbox.reset(seedWith({ rejects: { linkedin: { code: 500, message: 'LinkedIn is having trouble. Try again later.', times: 1 } } }));
    const res = await post(sandbox, { post: 'Retry me', platforms: ['facebook', 'linkedin'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ platform: 'linkedin', retryAvailable: true });

    const retry = await call(sandbox, '/post/retry', { method: 'PUT', body: { id: res.body.id } });
    expect(retry.status).toBe(200);
    expect((await call(sandbox, `/post/${res.body.id}`)).body.status).toBe('pending');

    sandbox.advanceClock(5_000);
    const after = await call(sandbox, `/post/${res.body.id}`);
    expect(after.body).toMatchObject({ status: 'success', errors: [], retried: true });
    expect(after.body.postIds.map((p: { platform: string }) => p.platform).sort()).toEqual(['facebook', 'linkedin']);

    const again = await call(sandbox, '/post/retry', { method: 'PUT', body: { id: res.body.id } });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/already retried|status "error"/);
  });

  it('keeps failing a network seeded to fail forever, and allows only one retry', async () => {
    sandbox.reset(seedWith({ rejects: { facebook: { code: 161, message: 'Facebook authorization error.' } } }));
    const res = await post(sandbox, { post: 'Never', platforms: ['facebook'] });
    await call(sandbox, '/post/retry', { method: 'PUT', body: { id: res.body.id } });
    sandbox.advanceClock(5_000);
    expect(sandbox.posts()[0]).toMatchObject({ status: 'error', retried: true });
    expect((await call(sandbox, '/post/retry', { method: 'PUT', body: { id: res.body.id } })).body.code).toBe(132);
  });

  it('refuses to retry a post that did not fail', async () => {
    const ok = await post(sandbox, { post: 'Fine', platforms: ['facebook'] });
    const res = await call(sandbox, '/post/retry', { method: 'PUT', body: { id: ok.body.id } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/status "error"/);
  });
});

describe('delete', () => {
  it('deletes a published post from networks that allow it', async () => {
    const made = await post(sandbox, { post: 'Bye', platforms: ['facebook', 'twitter'] });
    const res = await call(sandbox, '/post', { method: 'DELETE', body: { id: made.body.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'success', id: made.body.id, facebook: { action: 'delete', status: 'success' }, twitter: { status: 'success' } });
    expect((await call(sandbox, `/post/${made.body.id}`)).body.status).toBe('deleted');
  });

  it('reports Instagram, TikTok and Threads as not deletable through the API', async () => {
    const made = await post(sandbox, { post: 'Sticky', platforms: ['instagram', 'threads', 'facebook'], mediaUrls: [IMAGE] });
    const res = await call(sandbox, '/post', { method: 'DELETE', body: { id: made.body.id } });
    expect(res.status).toBe(400);
    expect(res.body.status).toBe('error');
    expect(res.body.instagram).toMatchObject({ action: 'delete', status: 'error', code: 128 });
    expect(res.body.threads).toMatchObject({ status: 'error' });
    expect(res.body.facebook).toMatchObject({ status: 'success' });
    expect(sandbox.posts()[0]!.status).toBe('success');

    const manual = await call(sandbox, '/post', { method: 'DELETE', body: { id: made.body.id, markManualDeleted: true } });
    expect(manual.body).toMatchObject({ status: 'success', markManualDeleted: true });
    expect(sandbox.posts()[0]!.status).toBe('deleted');
  });

  it('cancels a scheduled post, deletes in bulk, and clears all scheduled posts', async () => {
    const a = await post(sandbox, { post: 'A', platforms: ['facebook'], scheduleDate: inFuture(sandbox, HOUR) });
    const b = await post(sandbox, { post: 'B', platforms: ['facebook'] });
    const bulk = await call(sandbox, '/post', { method: 'DELETE', body: { bulk: [a.body.id, b.body.id, 'missing'] } });
    expect(bulk.status).toBe(400);
    expect(bulk.body.bulk.map((r: { status: string }) => r.status)).toEqual(['success', 'success', 'error']);

    await post(sandbox, { post: 'C', platforms: ['facebook'], scheduleDate: inFuture(sandbox, HOUR) });
    await post(sandbox, { post: 'D', platforms: ['facebook'], requiresApproval: true, scheduleDate: inFuture(sandbox, HOUR) });
    await post(sandbox, { post: 'E', platforms: ['facebook'], requiresApproval: true });
    const all = await call(sandbox, '/post', { method: 'DELETE', body: { deleteAllScheduled: true } });
    expect(all.body).toMatchObject({ status: 'success', deleted: 2 });
    sandbox.advanceClock(2 * HOUR);
    expect(sandbox.posts().map((p) => p.status)).toEqual(['deleted', 'deleted', 'deleted', 'deleted', 'awaiting approval']);
  });

  it('answers 404 for an unknown id and 400 for a second delete', async () => {
    expect((await call(sandbox, '/post', { method: 'DELETE', body: { id: 'nope' } })).status).toBe(404);
    const made = await post(sandbox, { post: 'Twice', platforms: ['facebook'] });
    await call(sandbox, '/post', { method: 'DELETE', body: { id: made.body.id } });
    const again = await call(sandbox, '/post', { method: 'DELETE', body: { id: made.body.id } });
    expect(again.body).toMatchObject({ status: 'error', code: 133 });
  });
});

describe('history', () => {
  async function makeHistory() {
    const first = await post(sandbox, { post: 'First', platforms: ['facebook'] });
    sandbox.advanceClock(HOUR);
    const second = await post(sandbox, { post: 'Second', platforms: ['twitter'] });
    sandbox.advanceClock(HOUR);
    const scheduled = await post(sandbox, { post: 'Third', platforms: ['linkedin'], scheduleDate: inFuture(sandbox, 10 * HOUR) });
    const deleted = await post(sandbox, { post: 'Gone', platforms: ['facebook'] });
    await call(sandbox, '/post', { method: 'DELETE', body: { id: deleted.body.id } });
    return { first: first.body.id, second: second.body.id, scheduled: scheduled.body.id, deleted: deleted.body.id };
  }

  const ids = (res: { body: { history: Array<{ id: string }> } }) => res.body.history.map((h) => h.id);

  it('lists newest first and leaves out deleted posts unless asked', async () => {
    const made = await makeHistory();
    const res = await call(sandbox, '/history');
    expect(ids(res)).toEqual([made.scheduled, made.second, made.first]);
    expect(res.body.history[1]).toMatchObject({ post: 'Second', status: 'success', type: 'now', urls: [expect.stringMatching(/^https:\/\/x\.com\//)] });
    expect(ids(await call(sandbox, '/history?status=deleted'))).toEqual([made.deleted]);
  });

  it('filters by status, type, platforms (both spellings), limit and lastRecords', async () => {
    const made = await makeHistory();
    expect(ids(await call(sandbox, '/history?status=pending'))).toEqual([made.scheduled]);
    expect(ids(await call(sandbox, '/history?type=scheduled'))).toEqual([made.scheduled]);
    expect(ids(await call(sandbox, '/history?type=immediate'))).toEqual([made.second, made.first]);
    expect(ids(await call(sandbox, '/history?platforms=facebook&platforms=linkedin'))).toEqual([made.scheduled, made.first]);
    expect(ids(await call(sandbox, '/history?platform=twitter'))).toEqual([made.second]);
    expect(ids(await call(sandbox, '/history?limit=1'))).toEqual([made.scheduled]);
    expect(ids(await call(sandbox, '/history?lastRecords=2'))).toEqual([made.scheduled, made.second]);
  });

  it('filters by lastDays and by an inclusive startDate/endDate window', async () => {
    const day = new Date(sandbox.now()).toISOString().slice(0, 10);
    const old = await post(sandbox, { post: 'Old', platforms: ['facebook'] });
    sandbox.advanceClock(40 * 24 * HOUR);
    const recent = await post(sandbox, { post: 'Recent', platforms: ['facebook'] });
    expect(ids(await call(sandbox, '/history'))).toEqual([recent.body.id]);
    expect(ids(await call(sandbox, '/history?lastDays=0'))).toEqual([recent.body.id, old.body.id]);
    expect(ids(await call(sandbox, `/history?startDate=${day}&endDate=${day}`))).toEqual([old.body.id]);
  });

  it('windows by the publish date: a post scheduled in the window counts, whenever it was created (§4.7)', async () => {
    const scheduled = await post(sandbox, { post: 'Later', platforms: ['facebook'], scheduleDate: inFuture(sandbox, 40 * 24 * HOUR) });
    const now = await post(sandbox, { post: 'Now', platforms: ['facebook'] });
    sandbox.advanceClock(40 * 24 * HOUR + HOUR);
    // Created 40 days ago, published an hour ago: in the last 30 days by its publish date.
    expect(ids(await call(sandbox, '/history'))).toEqual([scheduled.body.id]);
    expect(ids(await call(sandbox, '/history?lastDays=0'))).toEqual([now.body.id, scheduled.body.id]);
  });

  it('keeps lastDays when only one date is given: ignored only with both (§4.7)', async () => {
    const old = await post(sandbox, { post: 'Old', platforms: ['facebook'] });
    sandbox.advanceClock(40 * 24 * HOUR);
    const recent = await post(sandbox, { post: 'Recent', platforms: ['facebook'] });
    const later = new Date(sandbox.now() + HOUR).toISOString();
    expect(ids(await call(sandbox, `/history?endDate=${later}`))).toEqual([recent.body.id]);
    expect(ids(await call(sandbox, `/history?lastDays=0&endDate=${later}`))).toEqual([recent.body.id, old.body.id]);
    expect(ids(await call(sandbox, '/history?startDate=2000-01-01'))).toEqual([recent.body.id]);
  });

  it('returns one post on GET /history/:id and 404 for an unknown one', async () => {
    const made = await makeHistory();
    expect((await call(sandbox, `/history/${made.first}`)).body).toMatchObject({ id: made.first, post: 'First' });
    expect((await call(sandbox, '/history/unknown-id')).status).toBe(404);
  });

  it('rejects an unknown status or platform filter', async () => {
    expect((await call(sandbox, '/history?status=published')).status).toBe(400);
    expect((await call(sandbox, '/history?platforms=x')).status).toBe(400);
  });

  it('needs the X headers when the filter targets X', async () => {
    expect((await call(sandbox, '/history?platforms=twitter', { x: false })).status).toBe(419);
    expect((await call(sandbox, '/history?platforms=twitter', { headers: X_HEADERS, x: false })).status).toBe(200);
  });
});
