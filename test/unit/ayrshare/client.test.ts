import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAyrshare, createPost, findPostByKey, readPost, type Credentials } from '@/utils/ayrshare/client';
import { FailureError, type Failure } from '@/utils/ayrshare/failure';
import { retryAfterMs } from '@/utils/ayrshare/server-text';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const KEY = 'unit-key-000000001';
let sandbox: Sandbox;
let credentials: Credentials;

beforeEach(async () => {
  sandbox = await startSandbox({
    port: 0,
    seed: {
      apiKeys: [KEY],
      primary: { title: 'Unit', linked: ['bluesky', 'facebook', 'twitter'], rejects: { facebook: { code: 161, message: 'Facebook token for KEY unit-key-000000001 expired' } } },
      profiles: [{ title: 'Client A', profileKey: 'profile-key-A-0001', linked: ['linkedin'] }],
    },
  });
  credentials = { baseUrl: sandbox.baseUrl, apiKey: KEY, xApiKey: 'x-key', xApiSecret: 'x-secret' };
});
afterEach(() => sandbox.close());

async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FailureError);
  return (error as FailureError).failure;
}

const post = (platforms: Array<'bluesky' | 'facebook' | 'twitter' | 'linkedin'>, text = 'Hello from a unit test') =>
  ({ post: text, platforms, idempotencyKey: crypto.randomUUID() }) as const;

describe('the Ayrshare client', () => {
  it('sends the key, the profile and the X app as headers', async () => {
    await callAyrshare({ ...credentials, profileKey: 'profile-key-A-0001' }, { method: 'get', path: 'user' });
    const [request] = sandbox.requestsTo('GET', '/user');
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      'profile-key': 'profile-key-A-0001',
      'x-twitter-oauth1-api-key': 'x-key',
      'x-twitter-oauth1-api-secret': 'x-secret',
    });
  });

  it('returns per-network results when some networks refuse', async () => {
    const reply = await createPost(credentials, post(['bluesky', 'facebook']));
    expect(reply.postIds?.map((p) => p.platform)).toEqual(['bluesky']);
    expect(reply.errors?.[0]).toMatchObject({ platform: 'facebook', code: 161 });
  });

  it('reports a wrong key as unauthorized', async () => {
    expect(await failureOf(callAyrshare({ ...credentials, apiKey: 'wrong' }, { method: 'get', path: 'user' }))).toMatchObject({
      kind: 'unauthorized',
      status: 401,
    });
  });

  it('reports missing X credentials when posting to X', async () => {
    const failure = await failureOf(createPost({ ...credentials, xApiKey: undefined, xApiSecret: undefined }, post(['twitter'])));
    expect(failure.kind).toBe('xCredentials');
  });

  it("quotes Ayrshare's error message and code for a request it refuses", async () => {
    const failure = await failureOf(createPost(credentials, { ...post(['bluesky']), platforms: ['myspace' as never] }));
    expect(failure).toMatchObject({ kind: 'rejected', status: 400, code: expect.any(Number), said: expect.any(String) });
  });

  it('reports a resend with a used idempotency key as refused, and finds the post the first request made by that key', async () => {
    const body = post(['bluesky', 'facebook']);
    sandbox.fault({ path: '/post', kind: 'dropAfterAccept' });
    await failureOf(createPost(credentials, body));
    expect((await failureOf(createPost(credentials, body))).kind).toBe('rejected');
    const [made] = sandbox.posts();
    expect(sandbox.posts()).toHaveLength(1);
    const found = await findPostByKey(credentials, body.idempotencyKey);
    expect(found).toMatchObject({ id: made?.id, postIds: [{ platform: 'bluesky', postUrl: expect.stringMatching(/^https:/) }] });
    expect(found?.errors?.[0]).toMatchObject({ platform: 'facebook', code: 161 });
    expect(await findPostByKey(credentials, 'a-key-never-used')).toBeUndefined();
  });

  it('reads a Telegram post, whose social id is a number in the docs', async () => {
    sandbox.reset({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['telegram'] } });
    const reply = await createPost(credentials, post(['telegram'] as never));
    expect(typeof reply.postIds?.[0]?.id).toBe('number');
    expect((await readPost(credentials, reply.id!)).postIds?.[0]).toMatchObject({ platform: 'telegram', status: 'success' });
  });

  it('leaves a 429 on a read to the caller, with the wait Ayrshare asked for', async () => {
    sandbox.fault({ method: 'GET', path: '/user', kind: 'rateLimit' });
    const failure = await failureOf(callAyrshare(credentials, { method: 'get', path: 'user' }));
    expect(failure).toMatchObject({ kind: 'rateLimited', ms: expect.any(Number) });
    expect(failure.ms).toBeLessThanOrEqual(5 * 60_000);
    expect(sandbox.requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('reads how long to wait from a 429', async () => {
    sandbox.fault({ path: '/post', kind: 'rateLimit', headers: { 'retry-after': '30' } });
    expect(await failureOf(createPost(credentials, post(['bluesky'])))).toMatchObject({ kind: 'rateLimited', ms: 30_000 });
  });

  it('retries a failed read but never a post', async () => {
    sandbox.fault({ method: 'GET', path: '/user', kind: 'status', status: 503 });
    await expect(callAyrshare(credentials, { method: 'get', path: 'user' })).resolves.toBeTruthy();
    expect(sandbox.requestsTo('GET', '/user')).toHaveLength(2);

    sandbox.fault({ method: 'POST', path: '/post', kind: 'status', status: 500 });
    expect(await failureOf(createPost(credentials, post(['bluesky'])))).toMatchObject({ kind: 'server', status: 500 });
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(1);
  });

  it('calls a reply that is not JSON malformed', async () => {
    sandbox.fault({ path: '/post', kind: 'malformed' });
    expect((await failureOf(createPost(credentials, post(['bluesky'])))).kind).toBe('malformed');
  });

  it('says a reply cut off mid-way may have gone through', async () => {
    sandbox.fault({ path: '/post', kind: 'truncated' });
    expect(await failureOf(createPost(credentials, post(['bluesky'])))).toEqual({ kind: 'interrupted', host: new URL(sandbox.baseUrl).host });
    expect(sandbox.posts()).toHaveLength(1);
  });

  it('gives up on a slow server after its timeout, naming the host', async () => {
    sandbox.fault({ path: '/user', kind: 'delay', ms: 2_000 });
    const failure = await failureOf(callAyrshare(credentials, { method: 'get', path: 'user', timeoutMs: 200 }));
    expect(failure).toEqual({ kind: 'timeout', host: new URL(sandbox.baseUrl).host, ms: 200 });
  });

  it('names a server that is not there', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const failure = await failureOf(createPost({ ...credentials, baseUrl: `http://127.0.0.1:${port}/api` }, post(['bluesky'])));
    expect(failure).toEqual({ kind: 'unreachable', host: `127.0.0.1:${port}` });
  });
});

describe('refusals and retries of actions', () => {
  it("words a refusal from its per-network errors when the reply has no message of its own", async () => {
    sandbox.fault({ method: 'DELETE', path: '/post', kind: 'status', status: 400, body: { status: 'error', errors: [{ code: 128, message: 'Instagram posts cannot be deleted through the API.' }] } });
    const failure = await failureOf(callAyrshare(credentials, { method: 'delete', path: 'post', json: { id: 'p1' } }));
    expect(failure).toMatchObject({ kind: 'rejected', code: 128, said: 'Instagram posts cannot be deleted through the API.' });
  });

  it('never repeats an action that may have been carried out', async () => {
    sandbox.fault({ method: 'DELETE', path: '/post', kind: 'status', status: 503 });
    await failureOf(callAyrshare(credentials, { method: 'delete', path: 'post', json: { id: 'p1' } }));
    expect(sandbox.requestsTo('DELETE', '/post')).toHaveLength(1);
  });
});

describe('waits a server asks for', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('keeps Retry-After and x-ratelimit-reset within 1 second and 15 minutes', () => {
    expect(retryAfterMs(headers({ 'retry-after': '120' }))).toBe(120_000);
    expect(retryAfterMs(headers({ 'retry-after': '86400' }))).toBe(15 * 60_000);
    expect(retryAfterMs(headers({ 'retry-after': '0' }))).toBe(1_000);
    expect(retryAfterMs(headers({ 'x-ratelimit-reset': '45000' }))).toBe(45_000);
    // A reset given in seconds where Ayrshare documents ms is not taken as a 300 ms wait.
    expect(retryAfterMs(headers({ 'x-ratelimit-reset': '300' }))).toBe(1_000);
    const now = Date.UTC(2026, 6, 8, 12, 0);
    expect(retryAfterMs(headers({ 'retry-after': new Date(now + 3_600_000 * 24).toUTCString() }), now)).toBe(15 * 60_000);
    expect(retryAfterMs(headers({}))).toBeUndefined();
  });
});
