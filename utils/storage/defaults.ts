/**
 * What a fresh install starts with. A development build (`npm start`) is pointed at the local
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
