import * as z from 'zod/mini';
import { DEFAULT_SECRETS } from './defaults';
import { storedValue } from './stored-value';
import { open, seal } from './vault';

/**
 * The API key, the X app credentials and the Profile Keys, kept encrypted (vault.ts). Only the
 * background imports this module: pages see `Settings.apiKeySet` and masked hints, never a key.
 */
export const Secrets = z.object({
  apiKey: z.string(),
  xApiKey: z.string(),
  xApiSecret: z.string(),
  /** The Profile Key of each user profile listed in Settings.profiles. */
  profileKeys: z.array(z.object({ profileId: z.string(), key: z.string() })),
});
export type Secrets = z.infer<typeof Secrets>;

export const secrets = storedValue('secrets', Secrets, { ...DEFAULT_SECRETS, profileKeys: [] }, undefined, { open, seal });

/** What a page may see of a secret: whether it is set and its last four characters. */
export function maskSecret(value: string): string {
  if (value === '') return '';
  return value.length <= 8 ? '••••' : `••••${value.slice(-4)}`;
}

/** Every stored secret, for scrubbing whatever leaves the background. */
export function secretValues(stored: Secrets): string[] {
  return [stored.apiKey, stored.xApiKey, stored.xApiSecret, ...stored.profileKeys.map((p) => p.key)];
}
