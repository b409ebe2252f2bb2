import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { credentialsFor, credentialsForTest, loadSettingsView, normalizeBaseUrl, saveSettings } from '@/utils/settings/service';
import { AYRSHARE_BASE_URL } from '@/utils/storage/defaults';
import { NO_DEFAULTS, settings } from '@/utils/storage/settings';

describe('settings', () => {
  it('starts on Ayrshare with no key in a production build', async () => {
    expect(await loadSettingsView()).toEqual({
      baseUrl: AYRSHARE_BASE_URL,
      defaultBaseUrl: AYRSHARE_BASE_URL,
      apiKeyHint: '',
      xApiKeyHint: '',
      xApiSecretHint: '',
      profiles: [{ id: 'primary', name: '', keyHint: '', defaults: NO_DEFAULTS }],
    });
    expect((await settings.get()).apiKeySet).toBe(false);
  });

  it('saves keys but shows pages only a masked hint', async () => {
    const view = await saveSettings({ baseUrl: 'http://127.0.0.1:4010/api/', apiKey: ' KEY-1234567890 ', xApiKey: 'xk', xApiSecret: 'xs-secret-value' });
    expect(view).toMatchObject({ baseUrl: 'http://127.0.0.1:4010/api', apiKeyHint: '••••7890', xApiKeyHint: '••••', xApiSecretHint: '••••alue' });
    expect(JSON.stringify(view)).not.toContain('KEY-1234567890');
    expect(await settings.get()).toMatchObject({ apiKeySet: true, xKeysSet: true });
    expect(await credentialsFor('primary')).toEqual({
      baseUrl: 'http://127.0.0.1:4010/api',
      apiKey: 'KEY-1234567890',
      profileKey: undefined,
      xApiKey: 'xk',
      xApiSecret: 'xs-secret-value',
    });
  });

  it('keeps a saved key when the field is left blank, and forgets it when asked', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'KEY-1234567890' });
    await saveSettings({ baseUrl: '' });
    expect((await credentialsFor('primary')).apiKey).toBe('KEY-1234567890');
    await saveSettings({ baseUrl: '', apiKey: '' });
    await expect(credentialsFor('primary')).rejects.toEqual(new FailureError({ kind: 'noApiKey' }));
    expect((await settings.get()).apiKeySet).toBe(false);
  });

  it('tests unsaved values without saving them', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'SAVED-KEY-0001' });
    const tried = await credentialsForTest({ baseUrl: 'http://127.0.0.1:9/api', apiKey: '' });
    expect(tried).toMatchObject({ baseUrl: 'http://127.0.0.1:9/api', apiKey: 'SAVED-KEY-0001' });
    expect((await credentialsForTest({ baseUrl: '', apiKey: 'NEW-KEY-0002' })).apiKey).toBe('NEW-KEY-0002');
    expect((await credentialsFor('primary')).apiKey).toBe('SAVED-KEY-0001');
  });

  it('refuses a base URL that is not a plain http(s) address', () => {
    for (const bad of ['api.ayrshare.com', 'ftp://x.example/api', 'https://user:pw@x.example/api', 'javascript:alert(1)']) {
      expect(() => normalizeBaseUrl(bad)).toThrow(FailureError);
    }
    expect(normalizeBaseUrl('  ')).toBe(AYRSHARE_BASE_URL);
  });

  it('needs a Profile Key for a user profile', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'KEY-1234567890' });
    await expect(credentialsFor('some-profile')).rejects.toEqual(new FailureError({ kind: 'noProfileKey' }));
  });

  it('ignores damaged stored settings instead of breaking', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 7 } });
    expect((await settings.get()).baseUrl).toBe(AYRSHARE_BASE_URL);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"settings"'));
  });
});
