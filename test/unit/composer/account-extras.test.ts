import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshLibrary, freshReach, freshSchedules } from '@/utils/composer/account-extras';
import { SCHEDULES_FRESH_MS } from '@/utils/storage/freshness';
import { libraryCache } from '@/utils/storage/media-library';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { backgroundOnSandbox } from '../sandbox-background';

const KEY = 'unit-extras-key';
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: { apiKeys: [KEY], primary: { title: 'Unit', linked: ['bluesky', 'facebook'] } } });
  backgroundOnSandbox(sandbox, KEY);
});
afterEach(() => sandbox.close());

describe("what the composer asks again about a profile, and when", () => {
  it('asks for schedules only when they are older than an hour, keeping the others it knows', async () => {
    const now = Date.now();
    const other = { profileId: 'acme', fetchedAt: now, value: [{ title: 'Mornings', times: ['09:00Z'] }] };
    const fresh = { profileId: 'primary', fetchedAt: now - SCHEDULES_FRESH_MS + 1_000, value: [] };
    expect(await freshSchedules(['primary'], [other, fresh])).toEqual([other, fresh]);
    expect(sandbox.requestsTo('GET', '/auto-schedule/list')).toHaveLength(0);

    const stale = { ...fresh, fetchedAt: now - SCHEDULES_FRESH_MS - 1 };
    const known = await freshSchedules(['primary'], [other, stale]);
    expect(known).toEqual([other, { profileId: 'primary', fetchedAt: expect.any(Number), value: [] }]);
    expect(known[1]!.fetchedAt).toBeGreaterThanOrEqual(now);
    expect(sandbox.requestsTo('GET', '/auto-schedule/list')).toHaveLength(1);
  });

  it('asks for the follower counts of the linked networks that have account analytics, and the library when stale', async () => {
    const accounts = [{ profileId: 'primary', networks: [{ platform: 'bluesky' as const }, { platform: 'facebook' as const }], fetchedAt: 1 }];
    const reach = await freshReach(['primary'], accounts, [], true);
    expect(reach?.[0]?.value).toEqual([{ platform: 'facebook', followers: expect.any(Number) }]);
    expect(sandbox.requestsTo('POST', '/analytics/social').map((r) => r.body)).toEqual([{ platforms: ['facebook'] }]);

    await freshLibrary('primary');
    await freshLibrary('primary');
    expect(sandbox.requestsTo('GET', '/media')).toHaveLength(1);
    expect((await libraryCache.get())[0]).toMatchObject({ profileId: 'primary', value: [] });
  });
});
