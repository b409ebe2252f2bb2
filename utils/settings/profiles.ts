import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import type { ProfileChange } from '../messaging/protocol';
import { secrets, type Secrets } from '../storage/secrets';
import { profilesOfFile, type ImportedProfile } from '../profiles/profile-file';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID, settings, type Profile, type Settings } from '../storage/settings';
import { changeTogether, storedValue } from '../storage/stored-value';
import { checkedKey, readBoth } from './service';

type Change = (current: Settings, keys: Secrets) => [Settings, Secrets];
/** Profiles and their keys change in one write (stored-value.ts). */
const change = (apply: Change) => changeTogether([settings, secrets], ([current, keys]) => apply(current, keys));

const withKey = (keys: Secrets, profileId: string, key: string): Secrets => ({
  ...keys,
  profileKeys: [...keys.profileKeys.filter((k) => k.profileId !== profileId), { profileId, key }],
});

const withProfile = (list: Profile[], profile: Profile) =>
  list.some((p) => p.id === profile.id) ? list.map((p) => (p.id === profile.id ? profile : p)) : [...list, profile];

/** Saves a profile's name, Profile Key and defaults; the primary profile only has defaults. */
export async function saveProfile(edit: ProfileChange, newId: () => string): Promise<void> {
  const isPrimary = edit.id === PRIMARY_PROFILE_ID;
  const name = edit.name.trim();
  if (!isPrimary && name === '') throw new FailureError({ kind: 'missingName' });
  const key = checkedKey(edit.profileKey ?? '');
  const id = edit.id ?? newId();
  await change((current, keys) => {
    const known = current.profiles.some((p) => p.id === id);
    if ((edit.id && !known) || (!isPrimary && !known && !key)) throw new FailureError({ kind: 'noProfileKey' });
    const profile: Profile = { id, name: isPrimary ? '' : name, defaults: edit.defaults };
    return [{ ...current, profiles: withProfile(current.profiles, profile) }, key && !isPrimary ? withKey(keys, id, key) : keys];
  });
}

/** The posts the history page keeps per profile (history/cache.ts), read here without their schema. */
const historyCache = storedValue('historyCache', z.array(z.looseObject({ profileId: z.string() })), []);
type Cached = Array<{ profileId: string }>;

/** Removes a profile, its key, and the posts of it the history page keeps, in one write. */
export async function removeProfile(id: string): Promise<void> {
  if (id === PRIMARY_PROFILE_ID) throw new FailureError({ kind: 'badRequest' });
  await changeTogether<[Settings, Secrets, Cached]>([settings, secrets, historyCache], ([current, keys, cached]) => [
    { ...current, profiles: current.profiles.filter((p) => p.id !== id) },
    { ...keys, profileKeys: keys.profileKeys.filter((k) => k.profileId !== id) },
    cached.filter((c) => c.profileId !== id),
  ]);
}

/**
 * What the export file holds: user profiles with their names, keys and defaults (the page writes
 * the file: profile-file.ts). It holds secrets; the page warns first.
 */
export async function exportProfiles(): Promise<ImportedProfile[]> {
  const [current, keys] = await readBoth();
  return current.profiles
    .filter((p) => p.id !== PRIMARY_PROFILE_ID)
    .map((p) => ({ name: p.name, profileKey: keys.profileKeys.find((k) => k.profileId === p.id)?.key ?? '', defaults: p.defaults }));
}

/**
 * For the import preview: the saved profile each imported Profile Key belongs to, if any. The page
 * already holds the keys it asks about (it read the file); no saved key comes back.
 */
export async function profilesWithKeys(keys: readonly string[]): Promise<Array<string | null>> {
  const saved = (await secrets.get()).profileKeys;
  return keys.map((key) => saved.find((k) => k.key === key.trim())?.profileId ?? null);
}

/**
 * Adds the imported profiles, or renames the ones whose Profile Key is already saved and gives
 * them the file's defaults, after the user saw the preview. Entries with the same key are one
 * profile (profile-file.ts); anything incomplete or out of bounds changes nothing.
 */
export async function importProfiles(list: readonly ImportedProfile[], newId: () => string): Promise<void> {
  const profiles = profilesOfFile(list);
  await change((current, keys) => {
    let next = current.profiles;
    let nextKeys = keys;
    for (const entry of profiles) {
      const key = checkedKey(entry.profileKey);
      const id = keys.profileKeys.find((k) => k.key === key)?.profileId ?? newId();
      const old = next.find((p) => p.id === id);
      next = withProfile(next, { id, name: entry.name, defaults: entry.defaults ?? old?.defaults ?? NO_DEFAULTS });
      nextKeys = withKey(nextKeys, id, key);
    }
    return [{ ...current, profiles: next }, nextKeys];
  });
}
