import { FailureError } from '@/utils/ayrshare/failure';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Credentials } from '@/utils/ayrshare/client';
import type { PostContent } from '@/utils/ayrshare/post-body';
import { cancelSend, OUTBOX_ALARM, resume } from '@/utils/outbox/deliver';
import { SENDING_GRACE_MS } from '@/utils/outbox/states';
import { submitPost, type SubmitDeps } from '@/utils/outbox/submit';
import { outbox, type OutboxEntry } from '@/utils/storage/outbox';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const KEY = 'unit-outbox-key-0001';
const T0 = Date.UTC(2026, 6, 8, 12, 0);
const MINUTE = 60_000;

let sandbox: Sandbox;
let now: number;
let ids: number;
let deps: SubmitDeps;
let contexts: Array<{ documentUrl?: string }>;

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: { apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky', 'facebook'] } } });
  now = T0;
  ids = 0;
  contexts = [];
  const credentials: Credentials = { baseUrl: sandbox.baseUrl, apiKey: KEY };
  deps = { credentialsFor: async () => credentials, now: () => now, newId: () => `id-${++ids}` };
  // The fake browser has no getContexts: the test says which Sharebeam pages are open.
  fakeBrowser.runtime.getContexts = vi.fn(async () => contexts) as never;
});
afterEach(() => sandbox.close());

const POST: PostContent = { post: 'Hello from the outbox', platforms: ['bluesky'] };
const send = (post: PostContent = POST) => submitPost({ post, targets: [{ profileId: 'primary', platforms: post.platforms }], draftKey: 'tab:7' }, deps);

async function stored(id: string): Promise<OutboxEntry> {
  const entry = (await outbox.get()).find((e) => e.id === id);
  if (!entry) throw new Error(`no outbox entry ${id}`);
  return entry;
}

const postsSent = () => sandbox.requestsTo('POST', '/post');
const keysSent = () => postsSent().map((r) => (r.body as { idempotencyKey?: string }).idempotencyKey);
const alarm = () => fakeBrowser.alarms.get(OUTBOX_ALARM);

/** What Chrome does when the outbox alarm comes due. */
async function alarmFires() {
  const due = await alarm();
  if (!due) throw new Error('no outbox alarm is set');
  now = due.scheduledTime;
  await resume(deps, due.scheduledTime);
}

describe('the outbox', () => {
  it('writes the send, with its idempotency key, before the request leaves', async () => {
    sandbox.fault({ path: '/post', kind: 'delay', ms: 300 });
    const sending = send();
    await vi.waitUntil(() => postsSent().length === 1);
    const [entry] = await outbox.get();
    expect(entry?.targets).toMatchObject([{ state: 'sending', idempotencyKey: keysSent()[0], profileId: 'primary' }]);
    expect(entry).toMatchObject({ post: POST, draftKey: 'tab:7' });
    expect((await sending).targets[0]).toMatchObject({ state: 'done', networks: [{ platform: 'bluesky', status: 'published' }] });
  });

  it('keeps a send the server failed (500) and sends it again, once, with the same key, when the alarm fires', async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 500 });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'waiting', failure: { kind: 'server', status: 500 }, retryAt: T0 + MINUTE });
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + MINUTE });

    await alarmFires();
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'done', networks: [{ status: 'published' }] });
    expect(keysSent()).toEqual([entry.targets[0]?.idempotencyKey, entry.targets[0]?.idempotencyKey]);
    expect(sandbox.posts()).toHaveLength(1);
    expect(await alarm()).toBeUndefined();
  });

  it("waits as long as a 429's Retry-After says, and sends nothing before", async () => {
    sandbox.fault({ path: '/post', kind: 'rateLimit', headers: { 'retry-after': '90' } });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'waiting', failure: { kind: 'rateLimited', ms: 90_000 }, retryAt: T0 + 90_000 });

    now = T0 + 60_000;
    await resume(deps);
    expect(postsSent()).toHaveLength(1);
    await alarmFires();
    expect(postsSent()).toHaveLength(2);
    expect((await stored(entry.id)).targets[0]?.state).toBe('done');
  });

  it("waits for the end of Ayrshare's window when a 429 has only x-ratelimit headers", async () => {
    // A reset of 42 s: the header read, not the five-minute window assumed without one.
    sandbox.fault({ path: '/post', kind: 'rateLimit', headers: { 'x-ratelimit-reset': '42000' } });
    const entry = await send();
    expect((entry.targets[0]?.retryAt ?? 0) - T0).toBe(42_000);
  });

  it('checks a send whose answer was lost after Ayrshare made the post, instead of posting again', async () => {
    sandbox.fault({ path: '/post', kind: 'dropAfterAccept' });
    const entry = await send();
    expect(entry.targets[0]?.state).toBe('waiting');
    expect(sandbox.posts()).toHaveLength(1);

    await alarmFires();
    const [made] = sandbox.posts();
    expect(sandbox.posts()).toHaveLength(1);
    // The re-sent copy is refused; the post is found by its idempotency key (GET /history).
    expect(sandbox.requestsTo('GET', '/history')).toHaveLength(1);
    expect((await stored(entry.id)).targets[0]).toMatchObject({
      state: 'done',
      postId: made?.id,
      networks: [{ platform: 'bluesky', status: 'published', postUrl: expect.stringMatching(/^https:\/\/bsky\.app\//) }],
    });
  });

  it('picks up a send a stopped worker left "sending", and finds the post it had made', async () => {
    // What a worker stopped mid-request leaves behind: the target written as sending, the post made.
    const idempotencyKey = 'key-from-the-stopped-worker';
    await fetch(`${sandbox.baseUrl}/post`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...POST, idempotencyKey }),
    });
    await outbox.set([
      { id: 'left', createdAt: T0, post: POST, targets: [{ profileId: 'primary', idempotencyKey, state: 'sending', networks: [], updatedAt: T0 }] },
    ]);

    // Until its grace period is over, Ayrshare may still be working on the first copy: nothing is sent.
    await resume(deps);
    expect(postsSent()).toHaveLength(1);
    expect((await stored('left')).targets[0]?.state).toBe('sending');
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + SENDING_GRACE_MS });

    await alarmFires();
    expect(postsSent()).toHaveLength(2);
    expect(sandbox.posts()).toHaveLength(1);
    expect((await stored('left')).targets[0]).toMatchObject({ state: 'done', attempts: 2, networks: [{ status: 'published' }] });
  });

  it.each([
    ['a truncated reply', 'truncated', 'interrupted'],
    ['a reply that is not JSON', 'malformed', 'malformed'],
  ] as const)('treats %s as no answer: waits, then learns the real outcome without a second post', async (_, kind, failure) => {
    sandbox.fault({ path: '/post', kind });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'waiting', failure: { kind: failure } });
    await alarmFires();
    expect((await stored(entry.id)).targets[0]?.state).toBe('done');
    expect(sandbox.posts()).toHaveLength(1);
  });

  it('is final on a definite refusal, and never sends it again', async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 401, body: { action: 'authorization', status: 'error', code: 102, message: 'API Key not valid.' } });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'failed', failure: { kind: 'unauthorized', said: 'API Key not valid.' } });
    now += 60 * MINUTE;
    await resume(deps);
    expect(postsSent()).toHaveLength(1);
    expect(await alarm()).toBeUndefined();
  });

  describe('offline', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** What the browser does offline: says so, and fails every fetch at once. */
    function goOffline(offline: boolean) {
      vi.stubGlobal('navigator', { onLine: !offline });
      if (offline) vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
      else vi.unstubAllGlobals();
    }

    it('waits for the network, never counting it as a failed try, then sends as soon as it is back', async () => {
      goOffline(true);
      const entry = await send();
      expect(entry.targets[0]).toMatchObject({ state: 'waiting', failure: { kind: 'offline' }, attempts: 0 });
      expect(postsSent()).toHaveLength(0);

      await resume(deps);
      expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'waiting', failure: { kind: 'offline' }, attempts: 0 });
      goOffline(false);
      await resume(deps);
      expect((await stored(entry.id)).targets[0]?.state).toBe('done');
      expect(postsSent()).toHaveLength(1);
    });
  });

  it('cancels a waiting send: it never goes out and the alarm is cleared', async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 503 });
    const entry = await send();
    await cancelSend(entry.id, deps);
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'cancelled', failure: { kind: 'server' } });
    expect(await alarm()).toBeUndefined();
    now += 60 * MINUTE;
    await resume(deps);
    expect(postsSent()).toHaveLength(1);
  });

  it('never sends the same target twice at once, however often it is woken', async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 500 });
    const entry = await send();
    sandbox.fault({ path: '/post', kind: 'delay', ms: 200 });
    now = T0 + MINUTE;
    await Promise.all([resume(deps), resume(deps), resume(deps)]);
    expect(postsSent()).toHaveLength(2);
    expect((await stored(entry.id)).targets[0]?.state).toBe('done');
  });

  it('sends to several profiles at once, and retries only those that failed, each with its own key', async () => {
    const targets = ['primary', 'acme', 'globex'].map((profileId) => ({ profileId, platforms: POST.platforms }));
    sandbox.fault({ path: '/post', kind: 'status', status: 500, times: 2 });
    const entry = await submitPost({ post: POST, targets }, deps);
    const failed = entry.targets.filter((t) => t.state === 'waiting');
    expect(failed).toHaveLength(2);
    expect(entry.targets.filter((t) => t.state === 'done')).toHaveLength(1);

    // The alarm's retry sends the two together: both requests are out before either is answered.
    sandbox.fault({ path: '/post', kind: 'delay', ms: 300, times: 2 });
    const retrying = alarmFires();
    await vi.waitUntil(() => postsSent().length === 5);
    expect((await stored(entry.id)).targets.filter((t) => t.state === 'sending')).toHaveLength(2);
    await retrying;
    expect((await stored(entry.id)).targets.map((t) => t.state)).toEqual(['done', 'done', 'done']);
    expect(keysSent().slice(3).sort()).toEqual(failed.map((t) => t.idempotencyKey).sort());
    expect(sandbox.posts()).toHaveLength(3);
  });

  it('refuses a send that names a profile twice, rather than posting two copies', async () => {
    const target = { profileId: 'primary', platforms: POST.platforms };
    await expect(submitPost({ post: POST, targets: [target, target] }, deps)).rejects.toEqual(new FailureError({ kind: 'badRequest' }));
    expect(postsSent()).toHaveLength(0);
  });
});

describe('a post added to the queue', () => {
  const QUEUED: PostContent = { post: 'Into the queue', platforms: ['bluesky'], autoSchedule: { schedule: true, title: 'Mornings' } };
  async function setSchedule() {
    const res = await fetch(`${sandbox.baseUrl}/auto-schedule/set`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Mornings', schedule: ['09:00Z'], daysOfWeek: [0, 1, 2, 3, 4, 5, 6] }),
    });
    expect(res.status).toBe(200);
  }
  const slot = () => Date.parse(sandbox.posts()[0]!.scheduleDate!);

  it('is scheduled for the slot the answer names, and checked just after it, like a scheduled post', async () => {
    await setSchedule();
    const entry = await send(QUEUED);
    expect(postsSent()[0]?.body).not.toHaveProperty('scheduleDate');
    expect(entry.targets[0]).toMatchObject({ state: 'done', dueAt: slot(), networks: [{ platform: 'bluesky', status: 'scheduled' }] });
    expect(await alarm()).toMatchObject({ scheduledTime: slot() + 30_000 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    sandbox.advanceClock(slot() - sandbox.now() + 1_000);
    await alarmFires();
    const published = (await stored(entry.id)).targets[0]!;
    expect(published).toMatchObject({ state: 'done', networks: [{ status: 'published' }] });
    expect(published.checkAt).toBeUndefined();
  });

  it('pessimistic sandbox: an answer without the slot is followed up, and GET /post/:id tells the slot', async () => {
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky', 'facebook'] }, pessimistic: { autoScheduleWithoutDate: true } });
    await setSchedule();
    const entry = await send(QUEUED);
    expect(entry.targets[0]).toMatchObject({ state: 'done', networks: [{ status: 'scheduled' }] });
    expect(entry.targets[0]?.dueAt).toBeUndefined();
    expect(await alarm()).toMatchObject({ scheduledTime: now + MINUTE });

    await alarmFires();
    expect(sandbox.requestsTo('GET', `/post/${entry.targets[0]?.postId}`)).toHaveLength(1);
    expect((await stored(entry.id)).targets[0]).toMatchObject({ dueAt: slot(), networks: [{ status: 'scheduled' }] });
    expect(await alarm()).toMatchObject({ scheduledTime: slot() + 30_000 });
  });
});

describe('when nobody can point to the post', () => {
  it('pessimistic sandbox: a re-sent copy refused with a generic error finds the post by its key, and one is made', async () => {
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky', 'facebook'] }, pessimistic: true });
    sandbox.fault({ path: '/post', kind: 'dropAfterAccept' });
    const entry = await send();
    await alarmFires();
    expect(sandbox.requestsTo('POST', '/post').map((r) => r.status ?? r.fault)).toEqual(['dropAfterAccept', 400]);
    expect(sandbox.posts()).toHaveLength(1);
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'done', postId: sandbox.posts()[0]?.id, networks: [{ status: 'published' }] });
  });

  it('pessimistic sandbox: a slow post answered with a 500 yet published is found, not posted again', async () => {
    sandbox.reset({
      apiKeys: [KEY],
      primary: { title: 'Unit', linked: ['bluesky', 'facebook'] },
      pessimistic: { duplicateKeyWithoutId: true, slowPostAnswers500: { afterMs: 10 } },
    });
    sandbox.fault({ path: '/post', kind: 'delay', ms: 10 });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'waiting', failure: { kind: 'server', status: 500 } });
    await alarmFires();
    expect(sandbox.posts()).toHaveLength(1);
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'done', networks: [{ status: 'published' }] });
  });

  it('keeps a refused re-send unknown, never failed, while it looks for the post; then leaves it to the user', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    sandbox.fault({ path: '/post', kind: 'status', status: 502 });
    const entry = await send();
    // Whatever the copy is refused for, the first request may have made the post.
    sandbox.fault({ path: '/post', kind: 'status', status: 400, body: { action: 'post', status: 'error', code: 101, message: 'Missing or incorrect parameters.' } });
    await alarmFires();
    let target = (await stored(entry.id)).targets[0]!;
    expect(target).toMatchObject({ state: 'unknown', failure: { kind: 'rejected', code: 101 }, checkAt: now + MINUTE });
    expect(create).toHaveBeenCalledWith(entry.id, expect.objectContaining({ title: 'Not confirmed on Bluesky: check History' }));
    for (let check = 1; check <= 5; check++) {
      await alarmFires();
      target = (await stored(entry.id)).targets[0]!;
      expect(target.state).toBe('unknown');
    }
    expect(target.checkAt).toBeUndefined();
    expect(await alarm()).toBeUndefined();
    expect(create).toHaveBeenCalledTimes(1);
    expect(sandbox.requestsTo('GET', '/history')).toHaveLength(6);
    expect(postsSent()).toHaveLength(2);
  });

  it("a post found on a later look is the send's result", async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 502 });
    const entry = await send();
    sandbox.fault({ path: '/post', kind: 'status', status: 400, body: { status: 'error', code: 101, message: 'No.' } });
    await alarmFires();
    // Made meanwhile with the send's key (as a first request still being worked on would be).
    await fetch(`${sandbox.baseUrl}/post`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...POST, idempotencyKey: entry.targets[0]!.idempotencyKey }),
    });
    await alarmFires();
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'done', postId: sandbox.posts()[0]?.id, networks: [{ status: 'published' }] });
  });
});

describe('a refusal', () => {
  it("of a first request, when no post has its key, is final in Ayrshare's words", async () => {
    sandbox.fault({ path: '/post', kind: 'status', status: 400, body: { action: 'post', status: 'error', code: 101, message: 'Missing or incorrect parameters.' } });
    const entry = await send();
    expect(entry.targets[0]).toMatchObject({ state: 'failed', failure: { kind: 'rejected', code: 101, said: 'Missing or incorrect parameters.' } });
    expect(sandbox.requestsTo('GET', '/history')).toHaveLength(1);
  });

  it('of the copy the browser re-sends by itself is the post that copy repeats, found by its key', async () => {
    // What Chromium does after a connection closed without an answer: the same request, again.
    const first = send();
    await vi.waitUntil(() => postsSent().length === 1);
    const key = (postsSent()[0]!.body as { idempotencyKey: string }).idempotencyKey;
    const entry = await first;
    sandbox.fault({ path: '/post', kind: 'status', status: 400, body: { action: 'post', status: 'error', code: 101, message: 'Missing or incorrect parameters.' } });
    await outbox.update((list) => list.map((e) => ({ ...e, targets: e.targets.map((t) => ({ ...t, state: 'queued' as const, attempts: 0 })) })));
    await resume(deps);
    expect((await stored(entry.id)).targets[0]).toMatchObject({ state: 'done', idempotencyKey: key, networks: [{ status: 'published' }] });
    expect(sandbox.posts()).toHaveLength(1);
  });
});

describe('X without the X app', () => {
  it('never sends twitter without both X headers: the other networks go, X reads as refused (419)', async () => {
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky', 'twitter'] } });
    const entry = await send({ post: 'Both', platforms: ['bluesky', 'twitter'] });
    expect(postsSent().map((r) => (r.body as { platforms: string[] }).platforms)).toEqual([['bluesky']]);
    expect(entry.targets[0]?.networks).toEqual([
      { platform: 'bluesky', status: 'published', postUrl: expect.stringMatching(/^https:/) },
      { platform: 'twitter', status: 'failed', code: 419 },
    ]);
  });

  it('sends nothing at all when X was the only network', async () => {
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['twitter'] } });
    const entry = await send({ post: 'X only', platforms: ['twitter'] });
    expect(postsSent()).toHaveLength(0);
    expect(entry.targets[0]).toMatchObject({ state: 'done', networks: [{ platform: 'twitter', status: 'failed', code: 419 }] });
  });
});

describe('reporting a finished send', () => {
  it('notifies once when no popup is open', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky'] } });
    const entry = await send({ post: 'Two networks', platforms: ['bluesky', 'facebook'] });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(entry.id, expect.objectContaining({ title: 'Not posted to Facebook', message: 'Two networks' }));
  });

  it('says where it went', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await send({ post: 'To both', platforms: ['bluesky', 'facebook'] });
    expect(create).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ title: 'Posted to Bluesky and Facebook', message: 'To both' }));
  });

  it('stays quiet while a popup shows the outcome', async () => {
    contexts = [{ documentUrl: 'chrome-extension://id/popup.html?url=x' }];
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await send();
    expect(create).not.toHaveBeenCalled();
  });

  it('does not notify about a send that is still waiting', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    sandbox.fault({ path: '/post', kind: 'status', status: 500 });
    await send();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('what the outbox accepts', () => {
  it.each<[string, PostContent]>([
    ['no network', { post: 'x', platforms: [] }],
    ['media that is not public https', { post: 'x', platforms: ['bluesky'], mediaUrls: ['http://cdn.example/a.jpg'] }],
    ['media with credentials in the URL', { post: 'x', platforms: ['bluesky'], mediaUrls: ['https://user:pw@cdn.example/a.jpg'] }],
    ['text far beyond any network', { post: 'x'.repeat(100_001), platforms: ['bluesky'] }],
  ])('refuses %s before writing anything', async (_, post) => {
    await expect(send(post)).rejects.toMatchObject({ failure: { kind: 'badRequest' } });
    expect(await outbox.get()).toEqual([]);
    expect(postsSent()).toHaveLength(0);
  });
});

describe('a full storage', () => {
  const finished = (i: number): OutboxEntry => ({
    id: `old-${i}`,
    createdAt: T0 - i,
    post: { post: `Old post ${i} ${'x'.repeat(500)}`, platforms: ['bluesky'] },
    targets: [{ profileId: 'primary', idempotencyKey: `k-${i}`, state: 'done', networks: [{ platform: 'bluesky', status: 'published' }], updatedAt: T0 - i }],
  });
  const quota = () => new Error('Resource::kQuotaBytes quota exceeded');

  /** From now on, a write that would make storage bigger than it is fails as Chrome's does (`always`: any write). */
  async function fillStorage(always = false) {
    const size = (items: object) => JSON.stringify(items).length;
    const limit = size(await fakeBrowser.storage.local.get(null));
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const after = { ...(await fakeBrowser.storage.local.get(null)), ...items };
      if (always || size(after) > limit) throw quota();
      return real(items);
    });
  }

  it('after a post was made, makes room (old drafts, finished sends), records it once, and tells the user', async () => {
    await fakeBrowser.storage.local.set({
      outbox: Array.from({ length: 20 }, (_, i) => finished(19 - i)),
      drafts: Array.from({ length: 12 }, (_, i) => ({ key: `tab:${i}`, updatedAt: T0 - i })),
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    sandbox.fault({ path: '/post', kind: 'delay', ms: 200 });
    const sending = send();
    await vi.waitUntil(() => postsSent().length === 1);
    await fillStorage();

    const entry = await sending;
    expect(entry.targets[0]).toMatchObject({ state: 'done' });
    expect(sandbox.posts()).toHaveLength(1);
    // The five newest finished sends are kept, this one among them.
    expect((await outbox.get()).map((e) => e.id)).toEqual(['old-3', 'old-2', 'old-1', 'old-0', entry.id]);
    expect(((await fakeBrowser.storage.local.get('drafts')).drafts as unknown[]).length).toBe(5);
    expect(create).toHaveBeenCalledWith('storage-full', expect.objectContaining({ title: "Sharebeam's storage was full" }));
    expect(await alarm()).toBeUndefined();
  });

  it('when nothing can be written, says so, and the next try finds the post instead of posting again', async () => {
    sandbox.fault({ path: '/post', kind: 'delay', ms: 200 });
    const sending = send();
    await vi.waitUntil(() => postsSent().length === 1);
    const full = await fillStorage(true);
    await expect(sending).rejects.toEqual(new FailureError({ kind: 'storageFull' }));
    expect(sandbox.posts()).toHaveLength(1);

    full.mockRestore();
    await alarmFires();
    const [entry] = await outbox.get();
    expect(entry?.targets[0]).toMatchObject({ state: 'done', attempts: 2 });
    expect(sandbox.posts()).toHaveLength(1);
    expect(new Set(keysSent()).size).toBe(1);
  });
});
