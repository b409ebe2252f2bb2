import { FailureError } from '../ayrshare/failure';
import { AYRSHARE_BASE_URL, DEFAULT_BASE_URL } from '../storage/defaults';

/**
 * Where keys may go. Every request carries the API key, the Profile Key and the X app's keys, so
 * the API base URL is `https`, or plain `http` on this computer only (the sandbox, a local proxy:
 * nothing crosses a network). The options page checks as the user types; the worker checks again
 * before it saves or sends.
 */

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** Shorter keys are no keys, and would make scrubbing them from server text mangle it (server-text.ts). */
export const MIN_KEY_LENGTH = 8;

/** The base URL as it is saved (no trailing slash; blank is Ayrshare's), or a FailureError saying why not. */
export function checkedBaseUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value.trim() || DEFAULT_BASE_URL);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) throw new FailureError({ kind: 'badBaseUrl' });
  if (url.protocol === 'http:' && !LOOPBACK.includes(url.hostname)) throw new FailureError({ kind: 'insecureBaseUrl', host: url.host });
  return url.href.replace(/\/+$/, '');
}

/** Where a file may be uploaded to (the address a server gives, media/upload.ts): https, or http on this computer. */
export function uploadTarget(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.username || url.password) return undefined;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.includes(url.hostname)) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host permission the user grants before any key goes to this base URL, or undefined for
 * Ayrshare's own API and this computer. Match patterns carry no port: the grant is for the host.
 */
export function grantFor(baseUrl: string): string | undefined {
  const { hostname, origin, protocol } = new URL(baseUrl);
  return origin === new URL(AYRSHARE_BASE_URL).origin || LOOPBACK.includes(hostname) ? undefined : `${protocol}//${hostname}/*`;
}

/** Saved keys stay with a new base URL only once the user confirmed it may receive them (not needed for Ayrshare's). */
export function keysMustBeConfirmed(from: string, to: string): boolean {
  const origin = (url: string) => new URL(url).origin;
  return origin(from) !== origin(to) && origin(to) !== origin(AYRSHARE_BASE_URL);
}
