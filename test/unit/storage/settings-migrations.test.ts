import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, SETTINGS_VERSION } from '@/utils/storage/settings-migrations';
import { DEFAULT_SETTINGS, settings } from '@/utils/storage/settings';
import v1 from './fixtures/settings-v1.json';
import v2 from './fixtures/settings-v2.json';
import v3 from './fixtures/settings-v3.json';

describe('settings written by older versions', () => {
  it('lifts 0.1.0 settings (v1) to the current shape, keeping the profiles and the key status', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    expect(await settings.get()).toEqual({
      version: SETTINGS_VERSION,
      baseUrl: 'https://api.ayrshare.com/api',
      apiKeySet: true,
      xKeysSet: false,
      shareNow: true,
      firstRunGuide: 'done',
      profiles: [
        { id: 'primary', name: '', defaults: { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false } },
        { id: '3f0c', name: 'Acme Coffee', defaults: { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false } },
      ],
    });
  });

  it('lifts 0.2 settings (v2): share-now stays on, the guide is done for a saved key, and nothing else changes', async () => {
    await fakeBrowser.storage.local.set({ settings: v2 });
    expect(await settings.get()).toEqual({ ...v2, version: SETTINGS_VERSION, shareNow: true, firstRunGuide: 'done' });
  });

  it('lifts 0.3 settings (v3) to v4: whoever saved a key never sees the first-run guide, the others see it in Options', async () => {
    await fakeBrowser.storage.local.set({ settings: v3 });
    expect(await settings.get()).toEqual({ ...v3, version: SETTINGS_VERSION, firstRunGuide: 'done' });
    await fakeBrowser.storage.local.set({ settings: { ...v3, apiKeySet: false } });
    expect(await settings.get()).toMatchObject({ firstRunGuide: 'open', shareNow: false });
  });

  it('leaves current settings as they are', () => {
    expect(migrateSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the migrated settings once they are written back', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    await settings.update((current) => current);
    const { settings: stored } = await fakeBrowser.storage.local.get('settings');
    expect(stored).toMatchObject({ version: SETTINGS_VERSION, profiles: [{ id: 'primary' }, { id: '3f0c', name: 'Acme Coffee' }] });
  });
});
