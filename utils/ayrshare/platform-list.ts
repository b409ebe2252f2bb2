/**
 * The `platforms` values Ayrshare's POST /post accepts, in the order the composer lists them
 * (alphabetical by display name). One unknown value fails the whole request, so the client never
 * sends anything outside this list. Ayrshare calls X `twitter` and Google Business Profile `gmb`.
 */
export const PLATFORMS = [
  'bluesky',
  'facebook',
  'gmb',
  'instagram',
  'linkedin',
  'pinterest',
  'reddit',
  'snapchat',
  'telegram',
  'threads',
  'tiktok',
  'twitter',
  'youtube',
] as const;
