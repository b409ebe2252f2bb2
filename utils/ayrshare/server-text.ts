import { MIN_KEY_LENGTH } from '../settings/base-url';

const MAX_SERVER_TEXT = 500;

/** Server text is untrusted: bounded in length and stripped of anything that looks like our keys. */
export function cleanServerText(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= MIN_KEY_LENGTH) clean = clean.split(secret).join('••••');
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_SERVER_TEXT ? `${clean.slice(0, MAX_SERVER_TEXT)}…` : clean;
}

/**
 * A copy of a JSON value with every secret replaced, also where it sits escaped inside a JSON
 * string: whatever a server or a proxy echoed back (in a post id, a URL, a message) stays here.
 */
export function withoutSecrets<T>(value: T, secrets: readonly string[]): T {
  let json = JSON.stringify(value);
  if (json === undefined) return value;
  for (const secret of secrets) if (secret.length >= MIN_KEY_LENGTH) json = json.split(JSON.stringify(secret).slice(1, -1)).join('••••');
  return JSON.parse(json) as T;
}

/**
 * A wait a server asked for is kept between 1 second and 15 minutes: no header (a proxy's, a
 * seconds value read as ms, a date in another year) may make Sharebeam hammer Ayrshare or sit on a
 * post for hours.
 */
export const MIN_SERVER_WAIT_MS = 1_000;
export const MAX_SERVER_WAIT_MS = 15 * 60_000;

/** `Retry-After` (seconds or an HTTP date), else the older `x-ratelimit-reset` (ms), in ms, within the bounds above. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  const reset = Number(headers.get('x-ratelimit-reset'));
  let ms: number | undefined = Number.isFinite(reset) && reset > 0 ? reset : undefined;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(seconds)) ms = seconds * 1000;
    else if (!Number.isNaN(date)) ms = date - now;
  }
  return ms === undefined ? undefined : Math.min(MAX_SERVER_WAIT_MS, Math.max(MIN_SERVER_WAIT_MS, ms));
}
