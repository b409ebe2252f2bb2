import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followersOf } from '@/utils/reach/followers';
import { reachNetworks, refreshReach } from '@/utils/reach/refresh';
import { REACH_FRESH_MS } from '@/utils/storage/freshness';
import { reachCache } from '@/utils/storage/reach';
import { startSandbox, type Sandbox, type SandboxSeed } from '../../sandbox/index.ts';
import { backgroundOnSandbox } from '../sandbox-background';

describe('follower counts in a reply whose shape is not documented', () => {
  it('reads each network’s count under any of the names seen, at its level, under analytics or one level down', () => {
    const reply = {
      status: 'success',
      facebook: { analytics: { fanCount: 1200, followersCount: 1300 } },
      instagram: { followersCount: '8300' },
      youtube: { analytics: { statistics: { subscriberCount: 18_900 } } },
      tiktok: [{ followerCount: 23_000 }],
      reddit: { analytics: { linkKarma: 5 } },
      linkedin: { status: 'error', followerCount: 10 },
    };
    expect(followersOf(reply, ['facebook', 'instagram', 'youtube', 'tiktok', 'reddit', 'linkedin', 'pinterest'])).toEqual([
      { platform: 'facebook', followers: 1300 },
      { platform: 'instagram', followers: 8300 },
      { platform: 'youtube', followers: 18_900 },
      { platform: 'tiktok', followers: 23_000 },
    ]);
  });

  it('asks only for networks with account analytics, and X only with the X app', () => {
    expect(reachNetworks(['bluesky', 'facebook', 'telegram', 'twitter'], false)).toEqual(['facebook']);
    expect(reachNetworks(['bluesky', 'facebook', 'telegram', 'twitter'], true)).toEqual(['facebook', 'twitter']);
  });
});

describe('keeping the counts', () => {
  const KEY = 'unit-reach-key';
  const seed = (more: Partial<SandboxSeed> = {}): SandboxSeed => ({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['facebook', 'instagram', 'youtube'] }, ...more });
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, seed: seed() });
    backgroundOnSandbox(sandbox, KEY);
  });
  afterEach(() => sandbox.close());
  const request = [{ profileId: 'primary', platforms: ['facebook' as const, 'instagram' as const] }];

  it('asks once a day, in either shape of the reply', async () => {
    const now = Date.now();
    const cache = await refreshReach(request, [], now);
    expect(cache?.[0]?.value).toEqual([
      { platform: 'facebook', followers: expect.any(Number) },
      { platform: 'instagram', followers: expect.any(Number) },
    ]);
    expect(await refreshReach(request, cache!, now + REACH_FRESH_MS - 1)).toBeUndefined();
    expect(sandbox.requestsTo('POST', '/analytics/social')).toHaveLength(1);

    sandbox.reset(seed({ pessimistic: { socialAnalyticsFlat: true } }));
    const again = await refreshReach(request, cache!, now + REACH_FRESH_MS);
    expect(again?.[0]?.value?.map((f) => f.followers)).toEqual(cache?.[0]?.value?.map((f) => f.followers));
  });

  it('asks network by network when one of them fails the request', async () => {
    const cache = await refreshReach([{ profileId: 'primary', platforms: ['facebook', 'linkedin'] }], []);
    expect(cache?.[0]?.value).toEqual([{ platform: 'facebook', followers: expect.any(Number) }]);
    expect(sandbox.requestsTo('POST', '/analytics/social').map((r) => r.body)).toEqual([
      { platforms: ['facebook', 'linkedin'] },
      { platforms: ['facebook'] },
      { platforms: ['linkedin'] },
    ]);
  });

  it('keeps a plan’s refusal as the explanation, and nothing for a failure that will pass', async () => {
    sandbox.fault({ path: '/analytics/social', kind: 'status', status: 503, times: 3 });
    expect(await refreshReach(request, [])).toBeUndefined();
    sandbox.reset(seed({ plan: 'basic' }));
    const now = Date.now();
    const refused = await refreshReach(request, [], now);
    expect(refused?.[0]).toMatchObject({ failure: { kind: 'reachNeedsPlan' } });
    expect((await reachCache.get())[0]).toMatchObject({ failure: { kind: 'reachNeedsPlan' } });
    // A plan changes rarely: not asked again within the day.
    expect(await refreshReach(request, refused!, now + REACH_FRESH_MS - 1)).toBeUndefined();
    expect(sandbox.requestsTo('POST', '/analytics/social')).toHaveLength(1);
  });
});
