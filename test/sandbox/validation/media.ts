// What the sandbox can tell about a media URL without downloading it (§4.2, §6.2 global rules):
// https only, no credentials, special characters encoded, reachable from the internet; the kind
// comes from the extension unless `isVideo` forces video handling.

export type MediaKind = 'image' | 'video' | 'document';

export interface MediaItem {
  url: string;
  kind: MediaKind;
  /** Lower-case extension without the dot, '' when the path has none. */
  extension: string;
}

const VIDEO_EXTENSIONS = new Set(['mp4', 'mov', 'avi', 'webm', 'm4v']);
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'ppt', 'pptx', 'doc', 'docx']);

export function classifyMedia(url: string, isVideo: boolean): MediaItem {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // Unparseable URLs are rejected by mediaUrlProblem before anything classifies them.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase() ?? '';
  if (isVideo || VIDEO_EXTENSIONS.has(extension)) return { url, kind: 'video', extension };
  if (DOCUMENT_EXTENSIONS.has(extension)) return { url, kind: 'document', extension };
  // Unknown extensions are treated as images, as Ayrshare does without `isVideo`.
  return { url, kind: 'image', extension };
}

/** Why Ayrshare could not fetch this URL (code 136), or null when it looks fetchable. */
export function mediaUrlProblem(url: string): string | null {
  if (/\s/.test(url)) return 'contains unencoded spaces; encode special characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.protocol !== 'https:') return 'must use https';
  if (parsed.username || parsed.password) return 'must not contain credentials';
  if (!isPubliclyReachable(parsed.hostname)) return 'is not reachable from the internet';
  return null;
}

/**
 * Ayrshare downloads media from its own servers, so loopback, private and reserved names fail.
 * The sandbox cannot probe the web, so `.invalid`/`.test`/`.localhost` hosts stand for dead links.
 */
export function isPubliclyReachable(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || /\.(invalid|test|localhost|local|internal)$/.test(host) || host === '::1') return false;
  const ipv4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    return !(a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168));
  }
  const ipv6 = host.includes(':');
  return !(ipv6 && /^(fc|fd|fe80)/.test(host));
}
