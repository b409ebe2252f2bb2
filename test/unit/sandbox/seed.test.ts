// The default seed the demo and e2e tests rely on, and the checks a seed file goes through.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, DEMO_API_KEY, PLATFORMS, parseSeed, startSandbox } from '../../sandbox/index.ts';
import { post } from './client.ts';

describe('default seed', () => {
  it('has the demo key, a primary linked everywhere and two User Profiles', () => {
    expect(DEFAULT_SEED.apiKeys).toEqual([DEMO_API_KEY]);
    expect(DEMO_API_KEY).toBe('sandbox-demo-key');
    expect([...DEFAULT_SEED.primary.linked].sort()).toEqual([...PLATFORMS].sort());
    expect(DEFAULT_SEED.profiles?.map((p) => [p.profileKey, p.title])).toEqual([
      ['sandbox-profile-acme', 'Acme Coffee'],
      ['sandbox-profile-globex', 'Globex Studio'],
    ]);
    expect(DEFAULT_SEED.primary.pending?.tiktok).toEqual({ afterMs: 90_000, outcome: 'success' });
  });
});

describe('parseSeed', () => {
  it.each([
    [{ primary: { title: 'P', linked: [] } }, /apiKeys/],
    [{ apiKeys: ['k'], primary: { title: 'P', linked: ['x'] } }, /unknown network "x"/],
    [{ apiKeys: ['k'], primary: { title: 'P', linked: [], rejects: { facebook: { code: 1 } } } }, /rejects\.facebook/],
    [{ apiKeys: ['k'], primary: { title: 'P', linked: [] }, profiles: [{ title: 'A', linked: [] }] }, /profileKey/],
    [{ apiKeys: ['k'], primary: { title: 'P', linked: [] }, profiles: [{ profileKey: 'k', title: 'A', linked: [] }] }, /equals an API key/],
  ])('rejects %j', (seed, message) => {
    expect(() => parseSeed(seed)).toThrow(message);
  });
});

describe('legacy multi-profile posting', () => {
  it('posts once per profileKeys entry and reports each profile', async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      const res = await post(sandbox, { post: 'Both shops', platforms: ['facebook'], profileKeys: ['sandbox-profile-acme', 'unknown-key'] });
      expect(res.status).toBe(400);
      expect(res.body.status).toBe('error');
      expect(res.body.posts[0]).toMatchObject({ status: 'success', profileTitle: 'Acme Coffee' });
      expect(res.body.posts[1]).toMatchObject({ status: 'error', code: 147 });
      expect(JSON.stringify(res.body)).not.toContain('unknown-key');
      expect(sandbox.posts('sandbox-profile-acme')[0]!.body).not.toHaveProperty('profileKeys');
    } finally {
      await sandbox.close();
    }
  });
});
