import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { checkedBaseUrl } from '@/utils/settings/base-url';
import { credentialsFor, credentialsForTest, loadSettingsView, saveSettings } from '@/utils/settings/service';
import { AYRSHARE_BASE_URL } from '@/utils/storage/defaults';
import { NO_DEFAULTS, settings } from '@/utils/storage/settings';

describe('settings', () => {
  it('starts on Ayrshare with no key in a production build', async () => {
    expect(await loadSettingsView()).toEqual({
      baseUrl: AYRSHARE_BASE_URL,
      shareNow: true,
      apiKeyHint: '',
      xApiKeyHint: '',
      xApiSecretHint: '',
      profiles: [{ id: 'primary', name: '', keyHint: '', defaults: NO_DEFAULTS }],
    });
    expect((await settings.get()).apiKeySet).toBe(false);
  });

  it('saves keys but shows pages only a masked hint', async () => {
    const view = await saveSettings({ baseUrl: 'http://127.0.0.1:4010/api/', apiKey: ' KEY-1234567890 ', xApiKey: 'xk-12345', xApiSecret: 'xs-secret-value' });
    expect(view).toMatchObject({ baseUrl: 'http://127.0.0.1:4010/api', apiKeyHint: '••••7890', xApiKeyHint: '••••', xApiSecretHint: '••••alue' });
    expect(JSON.stringify(view)).not.toContain('KEY-1234567890');
    expect(await settings.get()).toMatchObject({ apiKeySet: true, xKeysSet: true });
    expect(await credentialsFor('primary')).toEqual({
      baseUrl: 'http://127.0.0.1:4010/api',
      apiKey: 'KEY-1234567890',
      profileKey: undefined,
      xApiKey: 'xk-12345',
      xApiSecret: 'xs-secret-value',
    });
  });

  it('keeps the keys encrypted in storage, where no page listener sees them in clear', async () => {
    const changes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => void changes.push(change));
    await saveSettings({ baseUrl: '', apiKey: 'KEY-1234567890', xApiKey: 'XKEY-0987654321', xApiSecret: 'XSECRET-11111111' });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const key of ['KEY-1234567890', 'XKEY-0987654321', 'XSECRET-11111111']) {
      expect(stored).not.toContain(key);
      expect(JSON.stringify(changes)).not.toContain(key);
    }
    expect((await credentialsFor('primary')).apiKey).toBe('KEY-1234567890');
  });

  it('reads keys stored in clear by an older version, and encrypts them at the next write', async () => {
    await fakeBrowser.storage.local.set({ secrets: { apiKey: 'OLD-KEY-12345678', xApiKey: '', xApiSecret: '', profileKeys: [] } });
    expect((await credentialsFor('primary')).apiKey).toBe('OLD-KEY-12345678');
    await saveSettings({ shareNow: false });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('OLD-KEY-12345678');
    expect((await credentialsFor('primary')).apiKey).toBe('OLD-KEY-12345678');
  });

  it('refuses a key too short to be one', async () => {
    await expect(saveSettings({ apiKey: 'abc' })).rejects.toEqual(new FailureError({ kind: 'keyTooShort' }));
    expect((await settings.get()).apiKeySet).toBe(false);
  });

  it('two saves at once both count: neither undoes the other', async () => {
    await Promise.all([saveSettings({ apiKey: 'KEY-1234567890' }), saveSettings({ xApiKey: 'XKEY-0987654321', xApiSecret: 'XSECRET-11111111' }), saveSettings({ shareNow: false })]);
    expect(await credentialsFor('primary')).toMatchObject({ apiKey: 'KEY-1234567890', xApiKey: 'XKEY-0987654321', xApiSecret: 'XSECRET-11111111' });
    expect(await settings.get()).toMatchObject({ apiKeySet: true, xKeysSet: true, shareNow: false });
  });

  it('keeps a saved key when the field is left blank, and forgets it when asked', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'KEY-1234567890' });
    await saveSettings({ baseUrl: '' });
    expect((await credentialsFor('primary')).apiKey).toBe('KEY-1234567890');
    await saveSettings({ baseUrl: '', apiKey: '' });
    await expect(credentialsFor('primary')).rejects.toEqual(new FailureError({ kind: 'noApiKey' }));
    expect((await settings.get()).apiKeySet).toBe(false);
  });

  it('tests unsaved values without saving them, and saved keys only at the saved address', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'SAVED-KEY-0001' });
    expect(await credentialsForTest({ apiKey: '' })).toMatchObject({ baseUrl: AYRSHARE_BASE_URL, apiKey: 'SAVED-KEY-0001' });
    expect((await credentialsForTest({ apiKey: 'NEW-KEY-0002' })).apiKey).toBe('NEW-KEY-0002');
    await expect(credentialsForTest({ baseUrl: 'http://127.0.0.1:9/api', apiKey: '' })).rejects.toEqual(new FailureError({ kind: 'testNeedsKey' }));
    const typed = await credentialsForTest({ baseUrl: 'http://127.0.0.1:9/api', apiKey: 'TYPED-KEY-0003' });
    expect(typed).toMatchObject({ baseUrl: 'http://127.0.0.1:9/api', apiKey: 'TYPED-KEY-0003', xApiKey: undefined });
    expect((await credentialsFor('primary')).apiKey).toBe('SAVED-KEY-0001');
  });

  it('refuses a base URL that is not an https address, or plain http beyond this computer, saying why', () => {
    for (const bad of ['api.ayrshare.com', 'ftp://x.example/api', 'https://user:pw@x.example/api', 'javascript:alert(1)']) {
      expect(() => checkedBaseUrl(bad)).toThrow(new FailureError({ kind: 'badBaseUrl' }));
    }
    expect(() => checkedBaseUrl('http://192.168.1.5:8080/api')).toThrow(new FailureError({ kind: 'insecureBaseUrl', host: '192.168.1.5:8080' }));
    for (const local of ['http://localhost:4010/api', 'http://127.0.0.1:4010/api', 'http://[::1]:4010/api']) expect(checkedBaseUrl(local)).toBe(local);
    expect(checkedBaseUrl('  ')).toBe(AYRSHARE_BASE_URL);
  });

  it('sends no key to a custom https address before the user allowed it, and keeps saved keys there only when confirmed', async () => {
    const granted = new Set<string>();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => (origins ?? []).every((o) => granted.has(o)));
    await saveSettings({ apiKey: 'SAVED-KEY-0001' });
    await expect(saveSettings({ baseUrl: 'https://proxy.example/api' })).rejects.toEqual(new FailureError({ kind: 'notGranted', host: 'proxy.example' }));
    expect((await settings.get()).baseUrl).toBe(AYRSHARE_BASE_URL);

    granted.add('https://proxy.example/*');
    await saveSettings({ baseUrl: 'https://proxy.example/api' });
    await expect(credentialsFor('primary')).rejects.toEqual(new FailureError({ kind: 'noApiKey' }));

    await saveSettings({ baseUrl: '', apiKey: 'SAVED-KEY-0001' });
    await saveSettings({ baseUrl: 'https://proxy.example/api', keysFor: 'https://proxy.example' });
    expect(await credentialsFor('primary')).toMatchObject({ baseUrl: 'https://proxy.example/api', apiKey: 'SAVED-KEY-0001' });

    granted.clear();
    await expect(credentialsFor('primary')).rejects.toEqual(new FailureError({ kind: 'notGranted', host: 'proxy.example' }));
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
