// X "bring your own keys" (ayrshare-api.md §2.4): since 2026-03-31 every X-bound operation needs
// the customer's own X app credentials in two headers. Messages name the headers, never values.
import { ApiError, ERROR_CODES, apiError, errorBody } from './errors.ts';
import type { Platform } from './platforms.ts';

export const X_API_KEY_HEADER = 'x-twitter-oauth1-api-key';
export const X_API_SECRET_HEADER = 'x-twitter-oauth1-api-secret';

export function requireXCredentials(headers: Record<string, string>, platforms: Iterable<Platform>): void {
  if (![...platforms].includes('twitter')) return;
  const hasKey = (headers[X_API_KEY_HEADER] ?? '').trim() !== '';
  const hasSecret = (headers[X_API_SECRET_HEADER] ?? '').trim() !== '';
  if (!hasKey && !hasSecret) {
    throw new ApiError(419, errorBody('x_credentials_required', ERROR_CODES.xCredentialsRequired,
      'X/Twitter operations require your own X API credentials. Send the X-Twitter-OAuth1-Api-Key and X-Twitter-OAuth1-Api-Secret headers with your X app\'s API Key and API Key Secret.'));
  }
  if (!hasKey || !hasSecret) {
    const missing = hasKey ? 'X-Twitter-OAuth1-Api-Secret' : 'X-Twitter-OAuth1-Api-Key';
    throw apiError(400, 'request', ERROR_CODES.xOneCredentialHeaderMissing,
      `Missing ${missing} header. X/Twitter operations need both X-Twitter-OAuth1-Api-Key and X-Twitter-OAuth1-Api-Secret.`);
  }
}
