import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, SETTINGS_VERSION } from '@/utils/storage/settings-migrations';
import { DEFAULT_SETTINGS, settings } from '@/utils/storage/settings';
import v1 from './fixtures/settings-v1.json';
import v2 from './fixtures/settings-v2.json';

describe('settings written by older versions', () => {
  it('lifts 0.1.0 settings (v1) to the current shape, keeping the profiles and the key status', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    expect(await settings.get()).toEqual({
      version: SETTINGS_VERSION,
      baseUrl: 'https://api.ayrshare.com/api',
      apiKeySet: true,
      xKeysSet: false,
      shareNow: true,
      profiles: [
        { id: 'primary', name: '', defaults: { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false } },
        { id: '3f0c', name: 'Acme Coffee', defaults: { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false } },
      ],
    });
  });

  it('lifts 0.2 settings (v2) to v3: share-now stays on, and nothing else changes', async () => {
    await fakeBrowser.storage.local.set({ settings: v2 });
    expect(await settings.get()).toEqual({ ...v2, version: SETTINGS_VERSION, shareNow: true });
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
