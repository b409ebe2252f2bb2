import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { DEFAULT_SETTINGS, NO_DEFAULTS, PRIMARY_PROFILE_ID } from './defaults';
import { migrateSettings } from './settings-migrations';
import { storedValue } from './stored-value';

export { DEFAULT_SETTINGS, NO_DEFAULTS, PRIMARY_PROFILE_ID };

/** What a new post for a profile starts with. */
export const ProfileDefaults = z.object({
  networks: z.array(Platform),
  shortenLinks: z.boolean(),
  autoHashtag: z.boolean(),
  requiresApproval: z.boolean(),
});
export type ProfileDefaults = z.infer<typeof ProfileDefaults>;

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
  /** Alt+Shift+P shares the page at once, with ten seconds to undo (share/share-now-command.ts). */
  shareNow: z.boolean(),
  /** The primary profile first, then user profiles in the order they were added. */
  profiles: z.array(Profile),
});
export type Settings = z.infer<typeof Settings>;

export const settings = storedValue('settings', Settings, DEFAULT_SETTINGS, migrateSettings);
