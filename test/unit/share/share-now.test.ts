import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { shareNowRequest } from '@/utils/share/share-now';
import { accountCache } from '@/utils/storage/account';
import { composerMemory } from '@/utils/storage/composer-memory';
import { NO_DEFAULTS, settings } from '@/utils/storage/settings';

const tab = { url: 'https://news.example/a', title: 'A <b>story</b>\n' } as Browser.tabs.Tab;

async function profiles(...list: Array<{ id: string; networks: string[]; requiresApproval?: boolean }>) {
  const current = await settings.get();
  await settings.set({
    ...current,
    profiles: list.map((p) => ({ id: p.id, name: p.id, defaults: { ...NO_DEFAULTS, networks: p.networks as never, requiresApproval: Boolean(p.requiresApproval) } })),
  });
}

describe('sharing the page without the composer', () => {
  it('posts the title and address to each last-used profile’s default networks', async () => {
    await profiles({ id: 'primary', networks: ['bluesky'] }, { id: 'acme', networks: ['linkedin', 'twitter'], requiresApproval: true });
    await composerMemory.set({ profileIds: ['primary', 'acme'], networks: [] });
    expect(await shareNowRequest(tab)).toEqual({
      post: {
        post: 'A <b>story</b>\nhttps://news.example/a',
        platforms: ['bluesky', 'linkedin', 'twitter'],
        shortenLinks: undefined,
        requiresApproval: true,
      },
      targets: [
        { profileId: 'primary', platforms: ['bluesky'] },
        { profileId: 'acme', platforms: ['linkedin', 'twitter'] },
      ],
    });
  });

  it('leaves out default networks a profile no longer has linked', async () => {
    await profiles({ id: 'primary', networks: ['bluesky', 'threads'] });
    await accountCache.set([{ profileId: 'primary', networks: [{ platform: 'bluesky' }], fetchedAt: 1 }]);
    expect((await shareNowRequest(tab)).targets).toEqual([{ profileId: 'primary', platforms: ['bluesky'] }]);
  });

  it('says so when no default network is set, and refuses pages that are not web pages', async () => {
    await profiles({ id: 'primary', networks: [] });
    await expect(shareNowRequest(tab)).rejects.toEqual(new FailureError({ kind: 'noDefaultNetworks' }));
    await expect(shareNowRequest({ url: 'chrome://settings', title: 'Settings' } as Browser.tabs.Tab)).rejects.toEqual(
      new FailureError({ kind: 'noPageAccess' }),
    );
  });
});
