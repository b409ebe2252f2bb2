// Who may call, from where, and how often: auth, profiles, CORS, X BYO headers, plans, rate limits.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox, SandboxSeed } from '../../sandbox/index.ts';
import { X_HEADERS, call, post } from './client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
beforeEach(() => sandbox.reset(DEFAULT_SEED));
afterAll(() => sandbox.close());

describe('authentication', () => {
  it('rejects a missing API key with 401 and an Ayrshare-style body', async () => {
    const res = await call(sandbox, '/user', { apiKey: null });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ status: 'error', code: expect.any(Number), message: expect.stringContaining('API Key') });
  });

  it('rejects an unknown API key without echoing it', async () => {
    const res = await call(sandbox, '/user', { apiKey: 'sk-live-0123456789' });
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('sk-live-0123456789');
  });

  it('tells a client that sent a Profile Key as the API key', async () => {
    const res = await call(sandbox, '/user', { apiKey: 'sandbox-profile-acme' });
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/Profile Key was sent as the API Key/);
    expect(JSON.stringify(res.body)).not.toContain('sandbox-profile-acme');
  });

  it('answers the selected profile for a known Profile-Key and 403 for an unknown one', async () => {
    const acme = await call(sandbox, '/user', { profileKey: 'sandbox-profile-acme' });
    expect(acme.status).toBe(200);
    expect(acme.body).toMatchObject({ title: 'Acme Coffee', activeSocialAccounts: ['facebook', 'gmb', 'instagram', 'linkedin', 'twitter'] });

    const unknown = await call(sandbox, '/user', { profileKey: 'no-such-profile' });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toMatchObject({ status: 'error', code: 147 });
    expect(JSON.stringify(unknown.body)).not.toContain('no-such-profile');
  });

  it('lists every linked network with display details on GET /user', async () => {
    const res = await call(sandbox, '/user');
    expect(res.body.activeSocialAccounts).toHaveLength(13);
    const x = res.body.displayNames.find((d: { platform: string }) => d.platform === 'twitter');
    expect(x).toMatchObject({ displayName: 'Sandbox Primary', username: 'sharebeam_demo', profileUrl: 'https://x.com/sharebeam_demo' });
    expect(x.userImage).toMatch(/^https:\/\//);
    expect(res.body.created).toMatchObject({ _seconds: expect.any(Number), utc: expect.any(String) });
  });

  it('answers 403 for every call of a suspended profile', async () => {
    const seed: SandboxSeed = { ...DEFAULT_SEED, profiles: [{ profileKey: 'frozen', title: 'Frozen', linked: ['facebook'], suspended: true }] };
    sandbox.reset(seed);
    const res = await post(sandbox, { post: 'hi', platforms: ['facebook'] }, { profileKey: 'frozen' });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/suspended/);
    expect(sandbox.posts('frozen')).toEqual([]);
  });
});

describe('CORS', () => {
  it('answers an extension preflight with 204 and the headers the client needs', async () => {
    const res = await fetch(`${sandbox.baseUrl}/post`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, profile-key, x-twitter-oauth1-api-key, x-twitter-oauth1-api-secret',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-twitter-oauth1-api-secret');
    expect(sandbox.requests).toHaveLength(0);
  });

  it('exposes the rate-limit headers on real answers', async () => {
    const res = await fetch(`${sandbox.baseUrl}/user`, { headers: { Authorization: 'Bearer sandbox-demo-key', Origin: 'moz-extension://uuid' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('moz-extension://uuid');
    expect(res.headers.get('access-control-expose-headers')).toContain('x-ratelimit-count');
  });
});

describe('X bring-your-own keys', () => {
  it('rejects an X post without the two headers with 419 x_credentials_required', async () => {
    const res = await post(sandbox, { post: 'to X', platforms: ['twitter', 'facebook'] }, { x: false });
    expect(res.status).toBe(419);
    expect(res.body).toMatchObject({ action: 'x_credentials_required', status: 'error', code: 419 });
    expect(sandbox.posts()).toHaveLength(0);
  });

  it('names the missing header when only one is sent, without echoing the other', async () => {
    const res = await post(sandbox, { post: 'to X', platforms: ['all'] }, { x: false, headers: { 'X-Twitter-OAuth1-Api-Key': 'my-consumer-key' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 400, message: expect.stringContaining('X-Twitter-OAuth1-Api-Secret') });
    expect(JSON.stringify(res.body)).not.toContain('my-consumer-key');
  });

  it('does not ask for X headers when X is not targeted', async () => {
    const res = await post(sandbox, { post: 'Facebook only', platforms: ['facebook'] }, { x: false });
    expect(res.status).toBe(200);
  });

  it('also guards validation and reads of an X post', async () => {
    const made = await post(sandbox, { post: 'read me', platforms: ['twitter'] });
    expect((await call(sandbox, '/validate/post', { body: { post: 'v', platforms: ['twitter'] }, x: false })).status).toBe(419);
    expect((await call(sandbox, `/post/${made.body.id}`, { x: false })).status).toBe(419);
    expect((await call(sandbox, `/post/${made.body.id}`, { headers: X_HEADERS })).status).toBe(200);
  });
});

describe('plans', () => {
  it('gates Premium endpoints and Profile-Key on a Basic plan with 403', async () => {
    sandbox.reset({ ...DEFAULT_SEED, plan: 'basic' });
    expect((await call(sandbox, '/user')).status).toBe(200);
    const validate = await call(sandbox, '/validate/post', { body: { post: 'x', platforms: ['facebook'] } });
    expect(validate.status).toBe(403);
    expect(validate.body.message).toMatch(/Premium plan/);
    expect((await call(sandbox, '/user', { profileKey: 'sandbox-profile-acme' })).status).toBe(403);
  });
});

describe('rate limit', () => {
  it('reports the window on every answer and enforces it with 429 until the window resets', async () => {
    sandbox.reset({ ...DEFAULT_SEED, rateLimitMax: 3 });
    const counts = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(sandbox, '/user');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-max')).toBe('3');
      counts.push(res.headers.get('x-ratelimit-count'));
    }
    expect(counts).toEqual(['1', '2', '3']);

    const limited = await call(sandbox, '/user');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 'error', code: expect.any(Number) });

    // Another profile has its own budget.
    expect((await call(sandbox, '/user', { profileKey: 'sandbox-profile-acme' })).status).toBe(200);

    sandbox.advanceClock(5 * 60_000);
    const after = await call(sandbox, '/user');
    expect(after.status).toBe(200);
    expect(after.headers.get('x-ratelimit-count')).toBe('1');
  });
});

describe('unknown endpoints', () => {
  it('answers 404 and 405 with Ayrshare-style bodies', async () => {
    expect((await call(sandbox, '/nope')).body).toMatchObject({ status: 'error', code: 140 });
    const wrongMethod = await call(sandbox, '/user', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
  });
});
