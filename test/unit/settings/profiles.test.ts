import { describe, expect, it } from 'vitest';
import { FailureError } from '@/utils/ayrshare/failure';
import { parseProfileFile } from '@/utils/profiles/profile-file';
import { exportProfiles, importProfiles, removeProfile, saveProfile } from '@/utils/settings/profiles';
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
    const file = JSON.parse(await exportProfiles());
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
    expect(await failure(importProfiles([{ name: 'Sneaky', profileKey: ' ' }], newId))).toEqual({ kind: 'badRequest' });
    expect(await loadSettingsView()).toEqual(before);
  });
});
