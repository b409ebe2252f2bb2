import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { parseProfileFile, profileFileText } from '@/utils/profiles/profile-file';
import { exportProfiles, importProfiles, profilesWithKeys, removeProfile, saveProfile } from '@/utils/settings/profiles';
import { credentialsFor, loadSettingsView, saveSettings } from '@/utils/settings/service';
import { NO_DEFAULTS } from '@/utils/storage/settings';

let counter = 0;
const newId = () => `id-${++counter}`;

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (e: unknown) => (e as FailureError).failure,
  );
}

describe('user profiles', () => {
  it('adds a profile whose key only the background keeps', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'API-KEY-00000001' });
    await saveProfile({ name: ' Acme Coffee ', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme');
    const view = await loadSettingsView();
    expect(view.profiles.map((p) => [p.id, p.name, p.keyHint])).toEqual([
      ['primary', '', ''],
      ['acme', 'Acme Coffee', '••••ME-1'],
    ]);
    expect(JSON.stringify(view)).not.toContain('PROFILE-KEY-ACME-1');
    expect(await credentialsFor('acme')).toMatchObject({ apiKey: 'API-KEY-00000001', profileKey: 'PROFILE-KEY-ACME-1' });
  });

  it('edits the name and defaults without retyping the key, and removes a profile with its key', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'API-KEY-00000001' });
    await saveProfile({ name: 'Acme', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme');
    const defaults = { networks: ['linkedin' as const], shortenLinks: true, autoHashtag: false, requiresApproval: true };
    await saveProfile({ id: 'acme', name: 'Acme Coffee Co', defaults }, newId);
    expect((await loadSettingsView()).profiles[1]).toEqual({ id: 'acme', name: 'Acme Coffee Co', keyHint: '••••ME-1', defaults });
    expect((await credentialsFor('acme')).profileKey).toBe('PROFILE-KEY-ACME-1');

    await removeProfile('acme');
    expect((await loadSettingsView()).profiles.map((p) => p.id)).toEqual(['primary']);
    expect(await failure(credentialsFor('acme'))).toEqual({ kind: 'noProfileKey' });
  });

  it('needs a name and, for a new profile, a key', async () => {
    expect(await failure(saveProfile({ name: ' ', profileKey: 'K-1', defaults: NO_DEFAULTS }, newId))).toEqual({ kind: 'missingName' });
    expect(await failure(saveProfile({ name: 'Acme', defaults: NO_DEFAULTS }, newId))).toEqual({ kind: 'noProfileKey' });
  });

  it('keeps defaults for the primary profile, which has no key of its own', async () => {
    const defaults = { networks: ['bluesky' as const], shortenLinks: false, autoHashtag: true, requiresApproval: false };
    await saveProfile({ id: 'primary', name: 'ignored', defaults }, newId);
    expect((await loadSettingsView()).profiles[0]).toEqual({ id: 'primary', name: '', keyHint: '', defaults });
    expect(await failure(removeProfile('primary'))).toEqual({ kind: 'badRequest' });
  });
});

describe('profile export and import', () => {
  it('round-trips names, keys and defaults, and renames a profile whose key is already saved', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'API-KEY-00000001' });
    await saveProfile({ name: 'Acme', profileKey: 'KEY-ACME-0001', defaults: NO_DEFAULTS }, () => 'acme');
    await saveProfile({ name: 'Globex', profileKey: 'KEY-GLOBEX-01', defaults: NO_DEFAULTS }, () => 'globex');
    const file = JSON.parse(profileFileText(await exportProfiles()));
    expect(file.profiles).toEqual([
      { name: 'Acme', profileKey: 'KEY-ACME-0001', defaults: NO_DEFAULTS },
      { name: 'Globex', profileKey: 'KEY-GLOBEX-01', defaults: NO_DEFAULTS },
    ]);

    file.profiles[0].name = 'Acme Coffee';
    file.profiles.push({ name: 'Initech', profileKey: 'KEY-INITECH-1' });
    await importProfiles(parseProfileFile(JSON.stringify(file)), () => 'initech');
    expect((await loadSettingsView()).profiles.map((p) => [p.id, p.name])).toEqual([
      ['primary', ''],
      ['acme', 'Acme Coffee'],
      ['globex', 'Globex'],
      ['initech', 'Initech'],
    ]);
    expect((await credentialsFor('initech')).profileKey).toBe('KEY-INITECH-1');
  });

  it('changes nothing when the file is wrong anywhere, and says where', async () => {
    await saveProfile({ name: 'Acme', profileKey: 'KEY-ACME-0001', defaults: NO_DEFAULTS }, () => 'acme');
    const before = await loadSettingsView();
    const good = { name: 'New', profileKey: 'KEY-NEW-00001' };
    const cases: Array<[string, unknown]> = [
      ['{not json', { kind: 'importNotJson' }],
      [JSON.stringify({ profiles: [] }), { kind: 'importWrongFormat' }],
      [JSON.stringify({ format: 'sharebeam-profiles', version: 1, profiles: [good, { name: 'X' }] }), { kind: 'importWrongFormat', item: 2 }],
      [JSON.stringify({ format: 'sharebeam-profiles', version: 1, profiles: [good, { name: ' ', profileKey: 'K' }] }), { kind: 'importNoName', item: 2 }],
      [JSON.stringify({ format: 'sharebeam-profiles', version: 1, profiles: [{ name: 'Y', profileKey: '' }] }), { kind: 'importNoKey', item: 1 }],
    ];
    for (const [json, expected] of cases) {
      expect(await failure(Promise.resolve().then(() => importProfiles(parseProfileFile(json), newId)))).toEqual(expected);
      expect(await loadSettingsView()).toEqual(before);
    }
    expect(await failure(importProfiles([{ name: 'Sneaky', profileKey: ' ' }], newId))).toEqual({ kind: 'importNoKey', item: 1 });
    expect(await loadSettingsView()).toEqual(before);
  });
});

describe('profiles and their keys change together', () => {
  it('adds a profile and its key in one storage write, so a stopped worker leaves both or neither', async () => {
    await saveSettings({ apiKey: 'API-KEY-00000001' });
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveProfile({ name: 'Acme', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme');
    expect(writes).toHaveBeenCalledTimes(1);
    expect(Object.keys(writes.mock.calls[0]![0]).sort()).toEqual(['secrets', 'settings']);
  });

  it('two options pages adding profiles at once keep both', async () => {
    await saveSettings({ apiKey: 'API-KEY-00000001' });
    await Promise.all([
      saveProfile({ name: 'Acme', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme'),
      saveProfile({ name: 'Globex', profileKey: 'PROFILE-KEY-GLOBEX-1', defaults: NO_DEFAULTS }, () => 'globex'),
    ]);
    expect((await loadSettingsView()).profiles.map((p) => p.id)).toEqual(['primary', 'acme', 'globex']);
    expect((await credentialsFor('globex')).profileKey).toBe('PROFILE-KEY-GLOBEX-1');
  });

  it('forgets the removed profile in the history page cache, keeping the others', async () => {
    await saveSettings({ apiKey: 'API-KEY-00000001' });
    await saveProfile({ name: 'Acme', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme');
    const cached = (profileId: string) => ({ profileId, savedAt: 1, entries: [{ id: `${profileId}-post`, status: 'success' }] });
    await fakeBrowser.storage.local.set({ historyCache: [cached('primary'), cached('acme')] });
    await removeProfile('acme');
    expect((await fakeBrowser.storage.local.get('historyCache')).historyCache).toEqual([cached('primary')]);
  });

  it('imports entries with the same Profile Key as one profile, and tells the preview which keys are saved', async () => {
    await saveSettings({ apiKey: 'API-KEY-00000001' });
    await saveProfile({ name: 'Acme', profileKey: 'PROFILE-KEY-ACME-1', defaults: NO_DEFAULTS }, () => 'acme');
    expect(await profilesWithKeys([' PROFILE-KEY-ACME-1 ', 'PROFILE-KEY-NEW-01'])).toEqual(['acme', null]);
    const list = [
      { name: 'Globex', profileKey: 'PROFILE-KEY-GLOBEX-1' },
      { name: 'Globex again', profileKey: ' PROFILE-KEY-GLOBEX-1' },
    ];
    await importProfiles(list, () => 'globex');
    expect((await loadSettingsView()).profiles.map((p) => p.name)).toEqual(['', 'Acme', 'Globex']);
  });

  it('refuses a file beyond the bounds of an export', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ name: `P${i}`, profileKey: `PROFILE-KEY-${1000 + i}` }));
    expect(await failure(importProfiles(many, newId))).toEqual({ kind: 'importWrongFormat' });
    expect(await failure(importProfiles([{ name: 'x'.repeat(201), profileKey: 'PROFILE-KEY-LONG-1' }], newId))).toEqual({ kind: 'importWrongFormat', item: 1 });
    expect((await loadSettingsView()).profiles).toHaveLength(1);
  });
});
