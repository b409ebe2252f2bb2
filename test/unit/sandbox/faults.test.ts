// Faults: each kind as a client experiences it, and whether the sandbox acted on the request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { X_HEADERS, call, post } from './client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
beforeEach(() => sandbox.reset(DEFAULT_SEED));
afterAll(() => sandbox.close());

function rawPost(body: unknown): Promise<Response> {
  return fetch(`${sandbox.baseUrl}/post`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sandbox-demo-key', 'Content-Type': 'application/json', ...X_HEADERS },
    body: JSON.stringify(body),
  });
}

const POST_BODY = { post: 'Under fault', platforms: ['facebook'] };

describe('fault kinds', () => {
  it('delay: waits, then answers normally', async () => {
    sandbox.fault({ kind: 'delay', ms: 40, path: '/user' });
    const started = performance.now();
    const res = await call(sandbox, '/user');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(res.status).toBe(200);
    expect(sandbox.requestsTo('GET', '/user')[0]).toMatchObject({ fault: 'delay', processed: true, status: 200 });
  });

  it('status: answers the given status with an Ayrshare-style 500 body by default, without processing', async () => {
    sandbox.fault({ kind: 'status', status: 503, method: 'POST', path: '/post' });
    const res = await post(sandbox, POST_BODY);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', code: 500, message: expect.any(String) });
    expect(sandbox.posts()).toHaveLength(0);
    expect(sandbox.requestsTo('POST', '/post')[0]).toMatchObject({ fault: 'status', processed: false, status: 503 });
  });

  it('status: answers a custom body and headers', async () => {
    sandbox.fault({ kind: 'status', status: 502, body: { message: 'upstream' }, headers: { 'x-upstream': 'down' } });
    const res = await call(sandbox, '/user');
    expect(res).toMatchObject({ status: 502, body: { message: 'upstream' } });
    expect(res.headers.get('x-upstream')).toBe('down');
  });

  it('rateLimit: answers 429 with the x-ratelimit headers and any headers the test adds', async () => {
    sandbox.fault({ kind: 'rateLimit', path: '/post', headers: { 'retry-after': '7' } });
    const res = await post(sandbox, POST_BODY);
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ status: 'error', code: expect.any(Number) });
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-max')).toBe('250');
    expect(res.headers.get('x-ratelimit-count')).toBe('250');
    expect(sandbox.posts()).toHaveLength(0);
  });

  it('rateLimit: sends no retry-after unless asked, as Ayrshare documents none', async () => {
    sandbox.fault({ kind: 'rateLimit' });
    const res = await call(sandbox, '/user');
    expect(res.headers.get('retry-after')).toBeNull();
  });

  it('drop: hangs up without answering and without posting', async () => {
    sandbox.fault({ kind: 'drop', method: 'POST', path: '/post' });
    await expect(rawPost(POST_BODY)).rejects.toThrow();
    expect(sandbox.posts()).toHaveLength(0);
    expect(sandbox.requestsTo('POST', '/post')[0]).toMatchObject({ fault: 'drop', processed: false, body: POST_BODY });
    expect(sandbox.requestsTo('POST', '/post')[0]!.status).toBeUndefined();
  });

  it('dropAfterAccept: posts, then hangs up, so a blind re-send would duplicate', async () => {
    sandbox.fault({ kind: 'dropAfterAccept', method: 'POST', path: '/post' });
    await expect(rawPost(POST_BODY)).rejects.toThrow();
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.requestsTo('POST', '/post')[0]).toMatchObject({ fault: 'dropAfterAccept', processed: true });
  });

  it('malformed: answers 200 with a body that is not JSON', async () => {
    sandbox.fault({ kind: 'malformed', path: '/user' });
    const res = await fetch(`${sandbox.baseUrl}/user`, { headers: { Authorization: 'Bearer sandbox-demo-key' } });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
    expect(sandbox.requestsTo('GET', '/user')[0]).toMatchObject({ fault: 'malformed', processed: false });
  });

  it('truncated: processes the post, then cuts the JSON answer short', async () => {
    sandbox.fault({ kind: 'truncated', method: 'POST', path: '/post' });
    const res = await rawPost(POST_BODY);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.requestsTo('POST', '/post')[0]).toMatchObject({ fault: 'truncated', processed: true });
  });
});

describe('fault matching', () => {
  it('fires `times` times, then the sandbox answers normally again', async () => {
    sandbox.fault({ kind: 'status', status: 500, path: '/user', times: 2 });
    expect((await call(sandbox, '/user')).status).toBe(500);
    expect((await call(sandbox, '/user')).status).toBe(500);
    expect((await call(sandbox, '/user')).status).toBe(200);
  });

  it('matches a path prefix ending in * and only the given method', async () => {
    sandbox.fault({ kind: 'status', status: 500, method: 'GET', path: '/post*' });
    const made = await post(sandbox, POST_BODY);
    expect(made.status).toBe(200);
    expect((await call(sandbox, `/post/${made.body.id}`)).status).toBe(500);
  });

  it('clearFaults forgets queued faults', async () => {
    sandbox.fault({ kind: 'status', status: 500 });
    sandbox.clearFaults();
    expect((await call(sandbox, '/user')).status).toBe(200);
  });

  it('can be queued over HTTP, as tools in another process do', async () => {
    const queued = await fetch(`${sandbox.origin}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'status', status: 504, path: '/user' }),
    });
    expect(queued.status).toBe(201);
    expect((await call(sandbox, '/user')).status).toBe(504);

    const invalid = await fetch(`${sandbox.origin}/_sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"kind":"explode"}' });
    expect(invalid.status).toBe(400);
    await fetch(`${sandbox.origin}/_sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"kind":"drop"}' });
    expect((await fetch(`${sandbox.origin}/_sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(sandbox, '/user')).status).toBe(200);
  });
});
