import type { ComposerMemory } from './composer-memory';
import type { ProfileDefaults, Settings } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';

/**
 * What a fresh install starts with (without zod: the popup's first paint reads these before
 * zod has loaded). A development build (`npm start`) is pointed at the local
 * sandbox so the whole flow works without an Ayrshare account; the `WXT_SANDBOX_*` variables are
 * only read in development mode, so a production build always starts on Ayrshare with no key.
 */
const sandbox =
  import.meta.env.MODE === 'development' && import.meta.env.WXT_SANDBOX_URL
    ? {
        baseUrl: import.meta.env.WXT_SANDBOX_URL as string,
        apiKey: (import.meta.env.WXT_SANDBOX_KEY as string | undefined) ?? '',
      }
    : undefined;

export const AYRSHARE_BASE_URL = 'https://api.ayrshare.com/api';

export const DEFAULT_BASE_URL = sandbox?.baseUrl ?? AYRSHARE_BASE_URL;

export const DEFAULT_SECRETS = {
  apiKey: sandbox?.apiKey ?? '',
  // The sandbox checks that both X headers are present, as Ayrshare does; their values are not secret there.
  xApiKey: sandbox ? 'sandbox-x-api-key' : '',
  xApiSecret: sandbox ? 'sandbox-x-api-secret' : '',
};

/** The Primary Profile: the API key alone, no Profile-Key header. */
export const PRIMARY_PROFILE_ID = 'primary';

export const NO_DEFAULTS: ProfileDefaults = { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false };

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  baseUrl: DEFAULT_BASE_URL,
  apiKeySet: DEFAULT_SECRETS.apiKey !== '',
  xKeysSet: DEFAULT_SECRETS.xApiKey !== '' && DEFAULT_SECRETS.xApiSecret !== '',
  shareNow: true,
  profiles: [{ id: PRIMARY_PROFILE_ID, name: '', defaults: NO_DEFAULTS }],
};

/** Before the first post: no profiles or networks to start from. */
export const NO_MEMORY: ComposerMemory = { profileIds: [], networks: [] };
