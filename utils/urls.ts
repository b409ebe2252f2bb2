/** Longest URL Sharebeam accepts from a page or a reply (Pinterest's link limit, ayrshare-api.md §6.2). */
export const MAX_URL_LENGTH = 2048;

function parse(value: string | undefined): URL | undefined {
  if (!value || value.length > MAX_URL_LENGTH) return undefined;
  try {
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}

/**
 * A public https address without user:password: what Ayrshare can fetch media from, and the only
 * kind of link from a reply that the UI renders.
 */
export function publicHttpsUrl(value: string | undefined): string | undefined {
  const url = parse(value);
  return url && url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
}

/** A web page address worth sharing: http(s) only (no `javascript:`, `data:`, `file:`), credentials removed. */
export function webPageUrl(value: string | undefined): string | undefined {
  const url = parse(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  url.username = '';
  url.password = '';
  return url.href;
}
