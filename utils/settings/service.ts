import { browser } from 'wxt/browser';
import { FailureError } from '../ayrshare/failure';
import type { Credentials } from '../ayrshare/client';
import type { SettingsChange, SettingsView } from '../messaging/protocol';
import { maskSecret, secrets, type Secrets } from '../storage/secrets';
import { PRIMARY_PROFILE_ID, settings, type Settings } from '../storage/settings';
import { changeTogether } from '../storage/stored-value';
import { checkedBaseUrl, grantFor, keysMustBeConfirmed, MIN_KEY_LENGTH } from './base-url';

/** Settings and keys, read together. */
export const readBoth = () => Promise.all([settings.get(), secrets.get()]);

/** Settings as the options page sees them: no secret leaves the background unmasked. */
export async function loadSettingsView(): Promise<SettingsView> {
  const [current, keys] = await readBoth();
  return {
    baseUrl: current.baseUrl,
    shareNow: current.shareNow,
    apiKeyHint: maskSecret(keys.apiKey),
    xApiKeyHint: maskSecret(keys.xApiKey),
    xApiSecretHint: maskSecret(keys.xApiSecret),
    profiles: current.profiles.map((p) => ({
      ...p,
      keyHint: maskSecret(keys.profileKeys.find((k) => k.profileId === p.id)?.key ?? ''),
    })),
  };
}

/** A key as saved: trimmed, and long enough to be one ("" forgets it). */
export function checkedKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed && trimmed.length < MIN_KEY_LENGTH) throw new FailureError({ kind: 'keyTooShort' });
  return trimmed;
}

/** The user granted the host permission this base URL needs, if it needs one (base-url.ts). */
async function mayReceiveKeys(baseUrl: string): Promise<void> {
  const origin = grantFor(baseUrl);
  if (origin && !(await browser.permissions.contains({ origins: [origin] }))) {
    throw new FailureError({ kind: 'notGranted', host: new URL(baseUrl).host });
  }
}

/** `undefined` keeps a stored secret; a string replaces it ("" forgets it, unless `blankKeeps`). */
function withChange(current: Secrets, change: Pick<SettingsChange, 'apiKey' | 'xApiKey' | 'xApiSecret'>, blankKeeps?: boolean): Secrets {
  const pick = (next: string | undefined, old: string) => (next === undefined || (blankKeeps && !next) ? old : checkedKey(next));
  return {
    ...current,
    apiKey: pick(change.apiKey, current.apiKey),
    xApiKey: pick(change.xApiKey, current.xApiKey),
    xApiSecret: pick(change.xApiSecret, current.xApiSecret),
  };
}

const NO_KEYS: Secrets = { apiKey: '', xApiKey: '', xApiSecret: '', profileKeys: [] };

/**
 * Saves the connection settings in one write with the keys. A new base URL is saved only once it
 * may receive keys; the keys saved before go along only when the user confirmed that this address
 * may have them (`keysFor`), else only the keys typed with it are kept.
 */
export async function saveSettings(change: SettingsChange): Promise<SettingsView> {
  const baseUrl = change.baseUrl === undefined ? undefined : checkedBaseUrl(change.baseUrl);
  if (baseUrl) await mayReceiveKeys(baseUrl);
  await changeTogether([settings, secrets], ([current, keys]): [Settings, Secrets] => {
    const url = baseUrl ?? current.baseUrl;
    const kept = keysMustBeConfirmed(current.baseUrl, url) && change.keysFor !== new URL(url).origin ? NO_KEYS : keys;
    const next = withChange(kept, change);
    return [
      {
        ...current,
        baseUrl: url,
        shareNow: change.shareNow ?? current.shareNow,
        apiKeySet: next.apiKey !== '',
        xKeysSet: next.xApiKey !== '' && next.xApiSecret !== '',
      },
      next,
    ];
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

/** A read of the keys (and of the grant) that calls made meanwhile share: a send to five profiles reads them once. */
let keysRead: Promise<[Settings, Secrets]> | undefined;

/** What a request for `profileId` is sent with; nothing when the base URL may not receive keys. */
export async function credentialsFor(profileId: string): Promise<Credentials> {
  keysRead ??= readBoth()
    .then(async (both) => (await mayReceiveKeys(both[0].baseUrl), both))
    .finally(() => (keysRead = undefined));
  const [current, keys] = await keysRead;
  return credentialsOf(current.baseUrl, keys, profileId);
}

/** A user profile's credentials, with the Profile Key typed in the form when there is one. */
export async function credentialsForProfileTest(id: string | undefined, profileKey: string | undefined): Promise<Credentials> {
  const key = profileKey?.trim();
  const credentials = await credentialsFor(key ? PRIMARY_PROFILE_ID : (id ?? PRIMARY_PROFILE_ID));
  return key ? { ...credentials, profileKey: key } : credentials;
}

/**
 * The primary profile's credentials for "Test connection" with the form's unsaved values: at the
 * saved address, typed keys in place of the saved ones (a blank field keeps the saved key); at
 * another address, only the keys typed with it. Saved keys never go to an address not saved.
 */
export async function credentialsForTest(change: SettingsChange): Promise<Credentials> {
  const [current, keys] = await readBoth();
  const baseUrl = change.baseUrl === undefined ? current.baseUrl : checkedBaseUrl(change.baseUrl);
  const saved = baseUrl === current.baseUrl;
  const typed = withChange(saved ? keys : NO_KEYS, change, true);
  if (!saved && !typed.apiKey) throw new FailureError({ kind: 'testNeedsKey' });
  await mayReceiveKeys(baseUrl);
  return credentialsOf(baseUrl, typed, PRIMARY_PROFILE_ID);
}
