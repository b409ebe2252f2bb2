import * as z from 'zod/mini';
import { DEFAULT_BASE_URL, DEFAULT_SECRETS } from './defaults';
import { storedValue } from './stored-value';

/** The Primary Profile: the API key alone, no Profile-Key header. */
export const PRIMARY_PROFILE_ID = 'primary';

export const ProfileRef = z.object({ id: z.string(), name: z.string() });
export type ProfileRef = z.infer<typeof ProfileRef>;

/**
 * Everything configurable that is not a secret. Pages may read it; only the background writes it.
 * `apiKeySet` mirrors whether a key is stored, so the popup can say "no API key" without ever
 * reading a secret.
 */
export const Settings = z.object({
  baseUrl: z.string(),
  apiKeySet: z.boolean(),
  xKeysSet: z.boolean(),
  profiles: z.array(ProfileRef),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: DEFAULT_BASE_URL,
  apiKeySet: DEFAULT_SECRETS.apiKey !== '',
  xKeysSet: DEFAULT_SECRETS.xApiKey !== '' && DEFAULT_SECRETS.xApiSecret !== '',
  profiles: [],
};

export const settings = storedValue('settings', Settings, DEFAULT_SETTINGS);
