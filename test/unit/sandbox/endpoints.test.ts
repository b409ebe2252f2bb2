// The endpoints around posting: media, validation, profiles, analytics, comments, and the
// sandbox's own request log and controls.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { IMAGE, VIDEO, call, post } from './client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
beforeEach(() => sandbox.reset(DEFAULT_SEED));
afterAll(() => sandbox.close());

const AUTH = { Authorization: 'Bearer sandbox-demo-key' };

describe('media', () => {
  it('uploads a multipart file and returns an https URL usable in mediaUrls', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(2_048)], { type: 'image/png' }), 'chart.png');
    form.append('description', 'Q3 chart');
    const res = await fetch(`${sandbox.baseUrl}/media/upload`, { method: 'POST', headers: AUTH, body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: expect.stringMatching(/-png$/), url: expect.stringMatching(/^https:\/\//), fileName: 'chart.png', description: 'Q3 chart' });

    expect(sandbox.requestsTo('POST', '/media/upload')[0]!.body).toEqual({
      fields: { description: 'Q3 chart' },
      files: [{ field: 'file', fileName: 'chart.png', contentType: 'image/png', size: 2_048 }],
    });
    expect((await post(sandbox, { post: 'Chart', platforms: ['linkedin'], mediaUrls: [body.url] })).status).toBe(200);
    // `size` is a string, as in the docs' example (addendum §2c).
    expect((await call(sandbox, '/media')).body).toEqual([expect.objectContaining({ id: body.id, size: '2048', url: body.url })]);
  });

  it('accepts a JSON data URL on the legacy /upload path', async () => {
    const file = `data:image/jpeg;base64,${Buffer.from('jpeg bytes').toString('base64')}`;
    const res = await call(sandbox, '/upload', { body: { file, fileName: 'photo.jpg' } });
    expect(res.body).toMatchObject({ fileName: 'photo.jpg', url: expect.stringMatching(/^https:\/\/images\.ayrshare\.com\/.+\.jpg$/) });
  });

  it('refuses a file over 30 MB', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(30 * 1024 * 1024 + 1)], { type: 'video/mp4' }), 'big.mp4');
    const res = await fetch(`${sandbox.baseUrl}/media/upload`, { method: 'POST', headers: AUTH, body: form });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 'error', code: 139, message: expect.stringContaining('30 MB') });
  });

  it('hands out a presigned upload URL the sandbox serves itself, single use', async () => {
    const res = await call(sandbox, '/media/uploadUrl?fileName=launch.mp4&contentType=mp4');
    expect(res.body).toMatchObject({ contentType: 'video/mp4', accessUrl: expect.stringMatching(/^https:\/\/.+launch\.mp4$/) });
    expect(res.body.uploadUrl.startsWith(`${sandbox.origin}/_uploads/`)).toBe(true);

    const put = await fetch(res.body.uploadUrl, { method: 'PUT', headers: { 'Content-Type': 'video/mp4', Origin: 'chrome-extension://ext' }, body: new Uint8Array(4_096) });
    expect(put.status).toBe(200);
    expect(put.headers.get('access-control-allow-origin')).toBe('chrome-extension://ext');
    expect((await fetch(res.body.uploadUrl, { method: 'PUT', body: 'again' })).status).toBe(403);
    expect((await call(sandbox, '/media')).body[0]).toMatchObject({ url: res.body.accessUrl, size: '4096' });
  });

  it('checks whether a media URL is reachable, with the two answers the docs show', async () => {
    const found = await call(sandbox, '/media/urlExists', { body: { mediaUrl: IMAGE } });
    expect([found.status, found.body]).toEqual([200, { status: 'success', statusCode: 200, contentType: 'image/jpeg' }]);
    const gone = await call(sandbox, '/media/urlExists', { body: { mediaUrl: 'https://gone.invalid/a.jpg' } });
    expect([gone.status, gone.body]).toEqual([200, { status: 'error', statusCode: 404, statusText: 'Not Found' }]);

    sandbox.reset({ ...DEFAULT_SEED, pessimistic: { urlExistsErrorAs400: true } });
    const refused = await call(sandbox, '/media/urlExists', { body: { mediaUrl: 'https://gone.invalid/a.jpg' } });
    expect([refused.status, refused.body]).toEqual([400, { status: 'error', statusCode: 404, statusText: 'Not Found' }]);
  });
});

describe('validation endpoints', () => {
  it('validates without storing, warning about unlinked networks with 156', async () => {
    const ok = await call(sandbox, '/validate/post', { body: { post: 'Check me', platforms: ['facebook', 'gmb'] }, profileKey: 'sandbox-profile-globex' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'success', warnings: [expect.objectContaining({ code: 156, platform: 'facebook' }), expect.objectContaining({ code: 156, platform: 'gmb' })] });
    expect(sandbox.posts('sandbox-profile-globex')).toHaveLength(0);

    const bad = await call(sandbox, '/validate/post', { body: { post: 'x', platforms: ['instagram'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ platform: 'instagram', code: 121 });
    expect((await call(sandbox, '/validate/post', { body: { post: 'x', platforms: ['fb'] } })).body.code).toBe(101);
  });

  it('reports weighted lengths and limits on /validate/postLength', async () => {
    const res = await call(sandbox, '/validate/postLength', { body: { post: `${'a'.repeat(270)} 😀😀😀😀😀` } });
    expect(res.body).toMatchObject({ status: 'success', twitterWeightedLength: 281, twitterValid: false, twitterLongValid: true, facebookValid: true });
    expect(res.body.maxCharLimits).toMatchObject({ twitter: 280, bluesky: 300, instagram: 2_200, twitterLong: 25_000 });
  });
});

describe('profiles', () => {
  it('lists User Profiles without keys and without the Primary Profile', async () => {
    const res = await call(sandbox, '/profiles');
    expect(res.body.profiles.map((p: { title: string }) => p.title)).toEqual(['Acme Coffee', 'Globex Studio']);
    expect(res.body.profiles[0]).toMatchObject({ status: 'active', refId: expect.any(String), activeSocialAccounts: expect.any(Array) });
    expect(JSON.stringify(res.body)).not.toContain('sandbox-profile-');
    expect(res.body.count).toBe(2);
  });
});

describe('analytics', () => {
  it('returns per-network numbers for a published post that grow with time', async () => {
    const made = await post(sandbox, { post: 'Measure me', platforms: ['facebook', 'twitter'] });
    const first = await call(sandbox, '/analytics/post', { body: { id: made.body.id } });
    expect(first.status).toBe(200);
    expect(first.body.twitter).toMatchObject({ id: expect.any(String), postUrl: expect.stringMatching(/^https:\/\/x\.com/), analytics: { impressionCount: expect.any(Number), likeCount: expect.any(Number) } });
    sandbox.advanceClock(24 * 3_600_000);
    const later = await call(sandbox, '/analytics/post', { body: { id: made.body.id, platforms: ['twitter'] } });
    expect(later.body.twitter.analytics.impressionCount).toBeGreaterThan(first.body.twitter.analytics.impressionCount);
    expect(later.body.facebook).toBeUndefined();
  });

  it('reports a network where the post is not live', async () => {
    const made = await post(sandbox, { post: 'Clip', platforms: ['tiktok'], mediaUrls: [VIDEO] });
    const res = await call(sandbox, '/analytics/post', { body: { id: made.body.id } });
    expect(res.status).toBe(400);
    expect(res.body.tiktok).toMatchObject({ status: 'error' });
  });
});

describe('comments', () => {
  it('adds, lists (both paths) and deletes comments', async () => {
    const made = await post(sandbox, { post: 'Talk to me', platforms: ['facebook', 'pinterest'], mediaUrls: [IMAGE] });
    const added = await call(sandbox, '/comments', { body: { id: made.body.id, comment: 'Thanks all!', platforms: ['facebook'] } });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ status: 'success', commentId: expect.any(String), facebook: { status: 'success', comment: 'Thanks all!', commentId: expect.any(String) } });

    const byPath = await call(sandbox, `/comments/${made.body.id}`);
    const byQuery = await call(sandbox, `/comments?id=${made.body.id}`);
    expect(byPath.body).toEqual(byQuery.body);
    expect(byPath.body.facebook).toEqual([expect.objectContaining({ comment: 'Thanks all!', platform: 'facebook' })]);

    const pinterest = await call(sandbox, '/comments', { body: { id: made.body.id, comment: 'pin', platforms: ['pinterest'] } });
    expect(pinterest.status).toBe(400);

    // The documented item: the network's commentId, and no Ayrshare comment id (addendum §5b).
    expect(byPath.body.facebook[0]).not.toHaveProperty('id');

    const deleted = await call(sandbox, `/comments/${made.body.id}`, { method: 'DELETE' });
    expect(deleted.body.facebook).toEqual(expect.objectContaining({ action: 'delete', status: 'success' }));
    expect((await call(sandbox, `/comments/${made.body.id}`)).body.facebook).toEqual([]);
  });

  it("deletes one network's comment by its own id, with searchPlatformId and the platform", async () => {
    const made = await post(sandbox, { post: 'Talk to me', platforms: ['facebook', 'linkedin'] });
    const added = await call(sandbox, '/comments', { body: { id: made.body.id, comment: 'Hi', platforms: ['facebook', 'linkedin'] } });
    const commentId = added.body.facebook.commentId as string;
    expect((await call(sandbox, `/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE' })).status).toBe(404);
    const deleted = await call(sandbox, `/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE', body: { searchPlatformId: true, platform: 'facebook' } });
    expect(deleted.body).toEqual({ status: 'success', facebook: { action: 'delete', status: 'success', id: commentId, comment: 'Hi' } });
    const left = (await call(sandbox, `/comments/${made.body.id}`)).body;
    expect([left.facebook, left.linkedin.map((c: { comment: string }) => c.comment)]).toEqual([[], ['Hi']]);
  });
});

describe('request log and controls', () => {
  it('records method, path under /api, query, lowercased headers and the parsed body', async () => {
    await call(sandbox, '/history?limit=5&platforms=facebook&platforms=linkedin', { profileKey: 'sandbox-profile-acme' });
    await post(sandbox, { post: 'Logged', platforms: ['facebook'] });
    const [history, created] = sandbox.requests;
    expect(history).toMatchObject({ method: 'GET', path: '/history', query: { limit: '5', platforms: ['facebook', 'linkedin'] }, processed: true, status: 200 });
    expect(history!.headers['profile-key']).toBe('sandbox-profile-acme');
    expect(created).toMatchObject({ method: 'POST', path: '/post', body: { post: 'Logged', platforms: ['facebook'] }, receivedAt: expect.any(Number) });
    expect(sandbox.requestsTo('post', '/post')).toHaveLength(1);
  });

  it('exposes requests, posts, the clock and reset over HTTP without recording them', async () => {
    await post(sandbox, { post: 'Via HTTP', platforms: ['facebook'] });
    const requests = await (await fetch(`${sandbox.origin}/_sandbox/requests`)).json();
    expect(requests).toHaveLength(1);
    const posts = await (await fetch(`${sandbox.origin}/_sandbox/posts`)).json();
    expect(posts[0]).toMatchObject({ post: 'Via HTTP', status: 'success' });
    expect(await (await fetch(`${sandbox.origin}/_sandbox/posts?profileKey=sandbox-profile-acme`)).json()).toEqual([]);

    const before = sandbox.now();
    const clock = await (await fetch(`${sandbox.origin}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceMs": 60000}' })).json();
    expect(clock.nowMs - before).toBeGreaterThanOrEqual(60_000);

    expect((await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect(sandbox.requests).toHaveLength(0);
    expect(sandbox.posts()).toHaveLength(0);
  });

  it('reseeds on reset with a seed', async () => {
    sandbox.reset({ apiKeys: ['other-key'], primary: { title: 'Tiny', linked: ['telegram'] } });
    expect((await call(sandbox, '/user')).status).toBe(401);
    const user = await call(sandbox, '/user', { apiKey: 'other-key' });
    expect(user.body).toMatchObject({ title: 'Tiny', activeSocialAccounts: ['telegram'] });
  });
});
