import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { DEFAULT_BASE_URL, DEFAULT_SECRETS } from './defaults';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { storedValue } from './stored-value';

/** The Primary Profile: the API key alone, no Profile-Key header. */
export const PRIMARY_PROFILE_ID = 'primary';

/** What a new post for a profile starts with. */
export const ProfileDefaults = z.object({
  networks: z.array(Platform),
  shortenLinks: z.boolean(),
  autoHashtag: z.boolean(),
  requiresApproval: z.boolean(),
});
export type ProfileDefaults = z.infer<typeof ProfileDefaults>;

export const NO_DEFAULTS: ProfileDefaults = { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false };

/** The primary profile (id "primary", name "") and the user profiles, each keyed by a Profile Key in Secrets. */
export const Profile = z.object({ id: z.string(), name: z.string(), defaults: ProfileDefaults });
export type Profile = z.infer<typeof Profile>;

/**
 * Everything configurable that is not a secret. Pages may read it; only the background writes it.
 * `apiKeySet` mirrors whether a key is stored, so the popup can say "no API key" without ever
 * reading a secret. Versioned: settings-migrations.ts lifts older shapes to this one.
 */
export const Settings = z.object({
  version: z.number(),
  baseUrl: z.string(),
  apiKeySet: z.boolean(),
  xKeysSet: z.boolean(),
  /** The primary profile first, then user profiles in the order they were added. */
  profiles: z.array(Profile),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  baseUrl: DEFAULT_BASE_URL,
  apiKeySet: DEFAULT_SECRETS.apiKey !== '',
  xKeysSet: DEFAULT_SECRETS.xApiKey !== '' && DEFAULT_SECRETS.xApiSecret !== '',
  profiles: [{ id: PRIMARY_PROFILE_ID, name: '', defaults: NO_DEFAULTS }],
};

export const settings = storedValue('settings', Settings, DEFAULT_SETTINGS, migrateSettings);
