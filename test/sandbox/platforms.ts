// The 13 networks and the per-network rules of ayrshare-api.md §6.2–6.3.
// Where the docs disagree (⚠ in §9) the table takes the more permissive value,
// so the sandbox accepts everything some current doc says Ayrshare accepts.
// Kept apart from utils/ayrshare/platforms.ts on purpose: the sandbox stands in for the server,
// so a wrong name in the extension's list is refused here rather than agreed with.

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

export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

export interface NetworkRule {
  label: string;
  /** Code points allowed in `post`; `null` = the network truncates instead of rejecting (Telegram, §6.2). */
  maxChars: number | null;
  mediaRequired: boolean;
  maxImages: number;
  maxVideos: number;
  /** Most networks refuse images and a video together; Instagram and Threads carousels mix (§6.2). */
  mixesImagesAndVideo: boolean;
  /** Instagram, TikTok and Threads posts cannot be deleted through the API (§4.4). */
  deletableByApi: boolean;
  /** Networks Ayrshare's comment endpoints reach (§4.14, ayrshare-mcp comments skill). */
  comments: boolean;
  /**
   * The option object's key, in the casing of the network's docs (§4.2, §9.5); another spelling
   * (`facebookOptions`, `xOptions`…) is an unknown field, ignored. Snapchat's docs show both casings.
   */
  optionKeys: readonly string[];
  /** Takes media with no text (`post: ""`), as its docs say: X ("media-only posts allowed") and Reddit (an image post has no body), §6.3. */
  mediaOnly: boolean;
}

export const NETWORK_RULES: Record<Platform, NetworkRule> = {
  bluesky: {
    label: 'Bluesky', maxChars: 300, mediaRequired: false, maxImages: 4, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: false, optionKeys: ['blueSkyOptions'],
  },
  facebook: {
    label: 'Facebook', maxChars: 63_206, mediaRequired: false, maxImages: 10, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: false, optionKeys: ['faceBookOptions'],
  },
  gmb: {
    // Standard Google Business posts take one photo; a video only with gmbOptions.isPhotoVideo.
    label: 'Google Business Profile', maxChars: 1_500, mediaRequired: false, maxImages: 1, maxVideos: 0,
    mixesImagesAndVideo: false, deletableByApi: true, comments: false,
    mediaOnly: false, optionKeys: ['gmbOptions'],
  },
  instagram: {
    label: 'Instagram', maxChars: 2_200, mediaRequired: true, maxImages: 10, maxVideos: 10,
    mixesImagesAndVideo: true, deletableByApi: false, comments: true,
    mediaOnly: false, optionKeys: ['instagramOptions'],
  },
  linkedin: {
    label: 'LinkedIn', maxChars: 3_000, mediaRequired: false, maxImages: 9, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: false, optionKeys: ['linkedInOptions'],
  },
  pinterest: {
    // 1 image per the media guide, a carousel of 5 per the Pinterest page: accept 5.
    label: 'Pinterest', maxChars: 500, mediaRequired: true, maxImages: 5, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: false,
    mediaOnly: false, optionKeys: ['pinterestOptions'],
  },
  reddit: {
    // 5,000 on the character-limit page, 10,000 in /validate/postLength: accept 10,000.
    label: 'Reddit', maxChars: 10_000, mediaRequired: false, maxImages: 1, maxVideos: 0,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: true, optionKeys: ['redditOptions'],
  },
  snapchat: {
    label: 'Snapchat', maxChars: 500, mediaRequired: true, maxImages: 1, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: false,
    mediaOnly: false, optionKeys: ['snapChatOptions', 'snapchatOptions'],
  },
  telegram: {
    label: 'Telegram', maxChars: null, mediaRequired: false, maxImages: 1, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: false,
    mediaOnly: false, optionKeys: [],
  },
  threads: {
    label: 'Threads', maxChars: 500, mediaRequired: false, maxImages: 20, maxVideos: 20,
    mixesImagesAndVideo: true, deletableByApi: false, comments: true,
    mediaOnly: false, optionKeys: ['threadsOptions'],
  },
  tiktok: {
    label: 'TikTok', maxChars: 2_200, mediaRequired: true, maxImages: 35, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: false, comments: true,
    mediaOnly: false, optionKeys: ['tikTokOptions'],
  },
  twitter: {
    // 280, or 25,000 with twitterOptions.longPost (X Premium).
    label: 'X', maxChars: 280, mediaRequired: false, maxImages: 4, maxVideos: 4,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: true, optionKeys: ['twitterOptions'],
  },
  youtube: {
    label: 'YouTube', maxChars: 5_000, mediaRequired: true, maxImages: 0, maxVideos: 1,
    mixesImagesAndVideo: false, deletableByApi: true, comments: true,
    mediaOnly: false, optionKeys: ['youTubeOptions'],
  },
};

export const X_LONG_POST_MAX_CHARS = 25_000;
