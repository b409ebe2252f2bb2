import { FailureError } from '../ayrshare/failure';
import type { ProfileChange } from '../messaging/protocol';
import { secrets, type Secrets } from '../storage/secrets';
import { PROFILE_FILE, type ImportedProfile } from '../profiles/profile-file';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID, settings, type Profile } from '../storage/settings';

/** Saves a profile's name, Profile Key and defaults; the primary profile only has defaults. */
export async function saveProfile(change: ProfileChange, newId: () => string): Promise<void> {
  const isPrimary = change.id === PRIMARY_PROFILE_ID;
  const name = change.name.trim();
  const key = change.profileKey?.trim();
  if (!isPrimary && name === '') throw new FailureError({ kind: 'missingName' });
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  const id = change.id ?? newId();
  const known = current.profiles.some((p) => p.id === id);
  if (change.id && !known) throw new FailureError({ kind: 'noProfileKey' });
  if (!isPrimary && !known && !key) throw new FailureError({ kind: 'noProfileKey' });

  const profile: Profile = { id, name: isPrimary ? '' : name, defaults: change.defaults };
  if (key && !isPrimary) await secrets.set(withKey(keys, id, key));
  await settings.set({
    ...current,
    profiles: known ? current.profiles.map((p) => (p.id === id ? profile : p)) : [...current.profiles, profile],
  });
}

function withKey(keys: Secrets, profileId: string, key: string): Secrets {
  return { ...keys, profileKeys: [...keys.profileKeys.filter((k) => k.profileId !== profileId), { profileId, key }] };
}

export async function removeProfile(id: string): Promise<void> {
  if (id === PRIMARY_PROFILE_ID) throw new FailureError({ kind: 'badRequest' });
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  await secrets.set({ ...keys, profileKeys: keys.profileKeys.filter((k) => k.profileId !== id) });
  await settings.set({ ...current, profiles: current.profiles.filter((p) => p.id !== id) });
}

/** The export file: user profiles with their names, keys and defaults. It holds secrets; the page warns first. */
export async function exportProfiles(): Promise<string> {
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  const profiles = current.profiles
    .filter((p) => p.id !== PRIMARY_PROFILE_ID)
    .map((p) => ({ name: p.name, profileKey: keys.profileKeys.find((k) => k.profileId === p.id)?.key ?? '', defaults: p.defaults }));
  return JSON.stringify({ ...PROFILE_FILE, profiles }, null, 2);
}

/**
 * Adds imported profiles, or renames the ones whose Profile Key is already saved. The options
 * page has checked the file (profile-file.ts); anything still incomplete changes nothing.
 */
export async function importProfiles(list: readonly ImportedProfile[], newId: () => string): Promise<void> {
  if (list.some((p) => !p.name.trim() || !p.profileKey.trim())) throw new FailureError({ kind: 'badRequest' });
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  let profiles = current.profiles;
  let nextKeys = keys;
  for (const entry of list) {
    const key = entry.profileKey.trim();
    const id = keys.profileKeys.find((k) => k.key === key)?.profileId ?? newId();
    const old = profiles.find((p) => p.id === id);
    const profile: Profile = { id, name: entry.name.trim(), defaults: entry.defaults ?? old?.defaults ?? NO_DEFAULTS };
    profiles = old ? profiles.map((p) => (p.id === id ? profile : p)) : [...profiles, profile];
    nextKeys = withKey(nextKeys, id, key);
  }
  await secrets.set(nextKeys);
  await settings.set({ ...current, profiles });
}
