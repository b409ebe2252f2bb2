// CORS for an extension calling from `chrome-extension://…` or `moz-extension://…` (and the
// demo page). Ayrshare's own CORS policy is undocumented (§9.11); the sandbox allows every origin
// so the extension's real request path (headers, preflights) is exercised.
import type { IncomingMessage } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Profile-Key',
  'X-Twitter-OAuth1-Api-Key',
  'X-Twitter-OAuth1-Api-Secret',
  'Accept-Encoding',
].join(', ');
/** Rate-limit headers must be exposed or a browser client cannot read them (§5.3). */
const EXPOSED_HEADERS = 'x-ratelimit-max, x-ratelimit-count, x-ratelimit-remaining, x-ratelimit-reset, retry-after';

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  };
}

export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = req.headers['access-control-request-headers'];
  return {
    ...corsHeaders(req),
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': requested ? `${ALLOWED_HEADERS}, ${requested}` : ALLOWED_HEADERS,
    'access-control-max-age': '600',
    // Chrome's Private Network Access asks before a public page may call 127.0.0.1.
    ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
  };
}
