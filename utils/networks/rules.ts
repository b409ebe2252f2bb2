// What each network accepts, from ayrshare-api.md §6.2 (table), §6.3 (notes) and §6.4 (checks).
// Where the contract's sources disagree (§9.6) the table takes the value Ayrshare's own API
// reports, so Sharebeam never blocks a post Ayrshare would publish. Rules that depend on the
// option panels (X long posts, reels, stories, Spotlight, Reddit link posts) live in check.ts.
import type { Platform } from '../ayrshare/platforms';

export interface NetworkRule {
  /** Longest `post` text, counted as `counting` says. */
  textLimit: number;
  /** How count.ts measures the text; code points unless said (§6.4 step 2). */
  counting?: 'x' | 'graphemes' | 'threads';
  /** Beyond the limit the network cuts the text rather than refusing the post (Telegram). */
  truncates?: true;
  /** 'any': an image or a video; 'oneVideo': exactly one video and nothing else. */
  needs?: 'any' | 'oneVideo';
  /** Takes media with no text (`post: ""`), as its docs say; elsewhere a post needs text. */
  mediaOnly?: true;
  /** Media items in one post. */
  maxMedia: number;
  /** Videos in one post; 0 = none. */
  maxVideos: number;
  /** Carousels may mix images and videos; elsewhere they never go together (§6.2). */
  mixes?: true;
  /** Takes one PDF/PPT/DOC document, on its own. */
  documents?: true;
  /** Posts an animated GIF as a video, so it follows the video rules. */
  gifIsVideo?: true;
  /** Image extensions the network refuses instead of converting. */
  refusedExt?: readonly string[];
  /** A video needs a cover image, which Sharebeam has no way to add. */
  videoNeedsCover?: true;
  maxHashtags?: number;
  /** Above this many hashtags some of the network's documentation says it refuses the post. */
  softMaxHashtags?: number;
  maxMentions?: number;
  maxLinks?: number;
  firstCommentLimit?: number;
}

export const NETWORK_RULES: Record<Platform, NetworkRule> = {
  // Bluesky counts graphemes: 300 of them, not UTF-16 units (atproto RichText.graphemeLength).
  bluesky: { textLimit: 300, counting: 'graphemes', maxMedia: 4, maxVideos: 1, gifIsVideo: true },
  facebook: { textLimit: 63_206, maxMedia: 10, maxVideos: 1 },
  // Standard Google Business posts take one photo and no video (§6.2).
  gmb: { textLimit: 1_500, maxMedia: 1, maxVideos: 0 },
  // Hashtags: 30 on the older Instagram pages, 5 on the newest (§9.6): refuse above 30, warn above 5.
  instagram: {
    textLimit: 2_200, needs: 'any', maxMedia: 10, maxVideos: 10, mixes: true,
    maxHashtags: 30, softMaxHashtags: 5, maxMentions: 3, firstCommentLimit: 2_196,
  },
  // Comment limit from Ayrshare's character-limits page [S:charlimits].
  linkedin: { textLimit: 3_000, maxMedia: 9, maxVideos: 1, documents: true, firstCommentLimit: 1_250 },
  // One image per the media guide, a carousel of 5 per the Pinterest page (§6.2 ⚠): allow 5.
  pinterest: { textLimit: 500, needs: 'any', maxMedia: 5, maxVideos: 1, videoNeedsCover: true },
  // 5,000 on the character-limits page, 10,000 in Ayrshare's own /validate/postLength (§4.17).
  // An image post has no body: "text is then ignored but post must still be sent" (§6.3).
  reddit: { textLimit: 10_000, maxMedia: 1, maxVideos: 0, firstCommentLimit: 10_000, mediaOnly: true },
  snapchat: { textLimit: 500, needs: 'any', maxMedia: 1, maxVideos: 1 },
  telegram: { textLimit: 1_024, truncates: true, maxMedia: 1, maxVideos: 1 },
  // Five links at most: Threads API docs ("Text Attachments", links limit from 2025-12-22).
  threads: { textLimit: 500, counting: 'threads', maxMedia: 20, maxVideos: 20, mixes: true, maxHashtags: 1, maxLinks: 5 },
  // Photo posts take JPG, JPEG or WEBP; PNG is not converted (§6.3), GIF is not in the list.
  tiktok: { textLimit: 2_200, needs: 'any', maxMedia: 35, maxVideos: 1, refusedExt: ['png', 'gif'] },
  // 25,000 with twitterOptions.longPost (X Premium), see check.ts. "Media-only posts allowed" (§6.3).
  twitter: { textLimit: 280, counting: 'x', maxMedia: 4, maxVideos: 4, mediaOnly: true },
  // `post` is the video's description.
  youtube: { textLimit: 5_000, needs: 'oneVideo', maxMedia: 1, maxVideos: 1 },
};

/** X Premium accounts with `twitterOptions.longPost` (§6.2). */
export const X_LONG_POST_LIMIT = 25_000;
/** Snapchat Spotlight cuts text beyond 160 characters [S:charlimits]. */
export const SPOTLIGHT_TEXT_LIMIT = 160;
export const REDDIT_TITLE_LIMIT = 300;
export const YOUTUBE_TITLE_LIMIT = 100;
