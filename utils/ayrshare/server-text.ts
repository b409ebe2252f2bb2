const MAX_SERVER_TEXT = 500;

/** Server text is untrusted: bounded in length and stripped of anything that looks like our keys. */
export function cleanServerText(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('••••');
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
  for (const secret of secrets) if (secret.length >= 4) json = json.split(JSON.stringify(secret).slice(1, -1)).join('••••');
  return JSON.parse(json) as T;
}

/** `Retry-After` (seconds or an HTTP date), else the older `x-ratelimit-reset` (ms), in ms. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? reset : undefined;
}
