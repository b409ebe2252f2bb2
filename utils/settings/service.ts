import { FailureError } from '../ayrshare/failure';
import type { Credentials } from '../ayrshare/client';
import type { SettingsChange, SettingsView } from '../messaging/protocol';
import { DEFAULT_BASE_URL } from '../storage/defaults';
import { maskSecret, secrets, type Secrets } from '../storage/secrets';
import { PRIMARY_PROFILE_ID, settings, type Settings } from '../storage/settings';

/** Settings as the options page sees them: no secret leaves the background unmasked. */
export async function loadSettingsView(): Promise<SettingsView> {
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  return {
    baseUrl: current.baseUrl,
    defaultBaseUrl: DEFAULT_BASE_URL,
    apiKeyHint: maskSecret(keys.apiKey),
    xApiKeyHint: maskSecret(keys.xApiKey),
    xApiSecretHint: maskSecret(keys.xApiSecret),
    profiles: current.profiles.map((p) => ({
      ...p,
      keyHint: maskSecret(keys.profileKeys.find((k) => k.profileId === p.id)?.key ?? ''),
    })),
  };
}

/** An absolute http(s) URL without user:password (http only makes sense for a local sandbox or proxy). */
export function normalizeBaseUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return DEFAULT_BASE_URL;
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new FailureError({ kind: 'badBaseUrl' });
  }
  return url.href.replace(/\/+$/, '');
}

/** `undefined` keeps a stored secret; a string replaces it ("" forgets it). */
function withChange(current: Secrets, change: Pick<SettingsChange, 'apiKey' | 'xApiKey' | 'xApiSecret'>): Secrets {
  const pick = (next: string | undefined, old: string) => (next === undefined ? old : next.trim());
  return {
    ...current,
    apiKey: pick(change.apiKey, current.apiKey),
    xApiKey: pick(change.xApiKey, current.xApiKey),
    xApiSecret: pick(change.xApiSecret, current.xApiSecret),
  };
}

export async function saveSettings(change: SettingsChange): Promise<SettingsView> {
  const baseUrl = normalizeBaseUrl(change.baseUrl);
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  const next = withChange(keys, change);
  await secrets.set(next);
  await settings.set({
    ...current,
    baseUrl,
    apiKeySet: next.apiKey !== '',
    xKeysSet: next.xApiKey !== '' && next.xApiSecret !== '',
  });
  return loadSettingsView();
}

function credentialsOf(baseUrl: string, keys: Secrets, profileId: string): Credentials {
  if (keys.apiKey === '') throw new FailureError({ kind: 'noApiKey' });
  let profileKey: string | undefined;
  if (profileId !== PRIMARY_PROFILE_ID) {
    profileKey = keys.profileKeys.find((p) => p.profileId === profileId)?.key;
    if (!profileKey) throw new FailureError({ kind: 'noProfileKey' });
  }
  return {
    baseUrl,
    apiKey: keys.apiKey,
    profileKey,
    xApiKey: keys.xApiKey || undefined,
    xApiSecret: keys.xApiSecret || undefined,
  };
}

/** A read of the keys that calls made meanwhile share: a send to five profiles reads them once. */
let keysRead: Promise<[Settings, Secrets]> | undefined;

/** What a request for `profileId` is sent with. */
export async function credentialsFor(profileId: string): Promise<Credentials> {
  keysRead ??= Promise.all([settings.get(), secrets.get()]).finally(() => (keysRead = undefined));
  const [current, keys] = await keysRead;
  return credentialsOf(current.baseUrl, keys, profileId);
}

/** A user profile's credentials, with the Profile Key typed in the form when there is one. */
export async function credentialsForProfileTest(id: string | undefined, profileKey: string | undefined): Promise<Credentials> {
  const [current, keys] = await Promise.all([settings.get(), secrets.get()]);
  const key = profileKey?.trim();
  if (key) return { ...credentialsOf(current.baseUrl, keys, PRIMARY_PROFILE_ID), profileKey: key };
  return credentialsOf(current.baseUrl, keys, id ?? PRIMARY_PROFILE_ID);
}

/**
 * The primary profile's credentials with unsaved form values applied, for "Test connection":
 * blank secret fields fall back to the saved ones.
 */
export async function credentialsForTest(change: SettingsChange): Promise<Credentials> {
  const keys = withChange(await secrets.get(), {
    apiKey: change.apiKey || undefined,
    xApiKey: change.xApiKey || undefined,
    xApiSecret: change.xApiSecret || undefined,
  });
  return credentialsOf(normalizeBaseUrl(change.baseUrl), keys, PRIMARY_PROFILE_ID);
}
