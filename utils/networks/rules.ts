import type { Platform } from '../ayrshare/platforms';

export interface NetworkRule {
  /** Longest `post` text the network takes (ayrshare-api.md §6.2). */
  textLimit: number;
  /** The network publishes nothing without an image or a video. */
  needsMedia: boolean;
  maxMedia: number;
  /** Options without which Ayrshare refuses the post (§6.4 step 5). */
  requiredOptions?: 'redditTitleSubreddit' | 'youtubeTitle';
}

export const NETWORK_RULES: Record<Platform, NetworkRule> = {
  bluesky: { textLimit: 300, needsMedia: false, maxMedia: 4 },
  facebook: { textLimit: 63_206, needsMedia: false, maxMedia: 10 },
  gmb: { textLimit: 1_500, needsMedia: false, maxMedia: 1 },
  instagram: { textLimit: 2_200, needsMedia: true, maxMedia: 10 },
  linkedin: { textLimit: 3_000, needsMedia: false, maxMedia: 9 },
  pinterest: { textLimit: 500, needsMedia: true, maxMedia: 1 },
  reddit: { textLimit: 10_000, needsMedia: false, maxMedia: 1, requiredOptions: 'redditTitleSubreddit' },
  snapchat: { textLimit: 500, needsMedia: true, maxMedia: 1 },
  telegram: { textLimit: 1_024, needsMedia: false, maxMedia: 1 },
  threads: { textLimit: 500, needsMedia: false, maxMedia: 20 },
  tiktok: { textLimit: 2_200, needsMedia: true, maxMedia: 35 },
  twitter: { textLimit: 280, needsMedia: false, maxMedia: 4 },
  youtube: { textLimit: 5_000, needsMedia: true, maxMedia: 1, requiredOptions: 'youtubeTitle' },
};
