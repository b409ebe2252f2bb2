// Per-network checks of a post draft (ayrshare-api.md §6.2–6.4). Each failing network becomes
// one `errors[]` entry while the others publish, so a check returns the first problem it finds.
import { ERROR_CODES } from '../errors.ts';
import { NETWORK_RULES, X_LONG_POST_MAX_CHARS } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { codePointLength, graphemeLength, hashtagCount, mentionCount, xWeightedLength } from './text.ts';
import { networkOptionIssue } from './network-options.ts';
import type { PostDraft } from './post-request.ts';

export interface NetworkIssue {
  code: number;
  message: string;
}

/** Problems per requested network, unlinked ones included (code 156). */
export function findNetworkIssues(draft: PostDraft, linked: readonly Platform[]): Map<Platform, NetworkIssue> {
  const issues = new Map<Platform, NetworkIssue>();
  for (const platform of draft.platforms) {
    const issue = linked.includes(platform) ? networkIssue(platform, draft) : notLinked(platform);
    if (issue) issues.set(platform, issue);
  }
  return issues;
}

export function notLinked(platform: Platform): NetworkIssue {
  const label = NETWORK_RULES[platform].label;
  return {
    code: ERROR_CODES.notLinked,
    message: `${label} is not linked to this profile. Link the ${label} account in the Ayrshare dashboard (Social Accounts) and try again.`,
  };
}

export function networkIssue(platform: Platform, draft: PostDraft): NetworkIssue | null {
  return emptyTextIssue(platform, draft) ?? mediaIssue(platform, draft) ?? textIssue(platform, draft) ?? networkOptionIssue(platform, draft);
}

/** `post: ""` with media goes only where the docs say media alone is taken (NETWORK_RULES.mediaOnly). */
function emptyTextIssue(platform: Platform, draft: PostDraft): NetworkIssue | null {
  if (draft.text.trim() !== '' || NETWORK_RULES[platform].mediaOnly) return null;
  return issue(ERROR_CODES.textRequired, `${NETWORK_RULES[platform].label} posts need text; only X and Reddit take media alone.`);
}

function issue(code: number, message: string): NetworkIssue {
  return { code, message };
}

function textIssue(platform: Platform, draft: PostDraft): NetworkIssue | null {
  const rule = NETWORK_RULES[platform];
  // Ayrshare runs its /validate/postLength check inside /post (§4.17): X by weighted length,
  // Bluesky by graphemes, the others by characters.
  const length = platform === 'twitter' ? xWeightedLength(draft.text) : platform === 'bluesky' ? graphemeLength(draft.text) : codePointLength(draft.text);
  if (platform === 'twitter' && length > rule.maxChars!) {
    if (draft.options.twitter?.longPost !== true) {
      return issue(ERROR_CODES.xLongPostWithoutPremium,
        `X posts are limited to ${rule.maxChars} characters (this one has ${length}). Longer posts need an X Premium account and twitterOptions.longPost: true.`);
    }
    if (length > X_LONG_POST_MAX_CHARS) {
      return issue(ERROR_CODES.textTooLong, `X long posts are limited to ${X_LONG_POST_MAX_CHARS} characters (this one has ${length}).`);
    }
    return null;
  }
  if (rule.maxChars !== null && length > rule.maxChars) {
    const field = platform === 'youtube' ? 'YouTube descriptions' : `${rule.label} posts`;
    return issue(ERROR_CODES.textTooLong, `${field} are limited to ${rule.maxChars} characters (this one has ${length}).`);
  }
  if (platform === 'instagram') {
    // The newest Instagram page says 5 hashtags, older ones 30 (§9.6): accept 30.
    if (hashtagCount(draft.text) > 30) return issue(ERROR_CODES.tagLimit, 'Instagram allows at most 30 hashtags per post.');
    if (mentionCount(draft.text) > 3) return issue(ERROR_CODES.tagLimit, 'Instagram allows at most 3 @mentions per post.');
  }
  if (platform === 'threads' && hashtagCount(draft.text) > 1) {
    return issue(ERROR_CODES.tagLimit, 'Threads allows one hashtag (topic) per post.');
  }
  return null;
}

function mediaIssue(platform: Platform, draft: PostDraft): NetworkIssue | null {
  const rule = NETWORK_RULES[platform];
  const { label } = rule;
  const images = draft.media.filter((m) => m.kind === 'image');
  const videos = draft.media.filter((m) => m.kind === 'video');
  const documents = draft.media.filter((m) => m.kind === 'document');
  const total = draft.media.length;

  if (documents.length > 0) {
    // LinkedIn alone takes PDF/PPT/DOC documents, one at a time (§6.2).
    if (platform !== 'linkedin') return issue(ERROR_CODES.unsupportedMedia, `${label} does not accept documents (.${documents[0]!.extension}).`);
    if (total > 1) return issue(ERROR_CODES.tooManyMedia, 'LinkedIn takes one document per post, without other media.');
    return null;
  }
  if (rule.mediaRequired && total === 0) {
    const what = platform === 'youtube' ? 'a video' : platform === 'snapchat' ? 'one image or video' : 'an image or a video';
    return issue(ERROR_CODES.mediaRequired, `${label} posts require ${what} in mediaUrls.`);
  }
  if (total === 0) return null;
  if (!rule.mixesImagesAndVideo && images.length > 0 && videos.length > 0) {
    return issue(ERROR_CODES.imagesAndVideoMixed, `${label} does not accept images and a video in the same post.`);
  }

  switch (platform) {
    case 'youtube':
      if (images.length > 0) return issue(ERROR_CODES.unsupportedMedia, 'YouTube posts take exactly one video, no images.');
      if (videos.length !== 1) return issue(ERROR_CODES.tooManyMedia, 'YouTube posts take exactly one video.');
      return null;
    case 'tiktok':
      if (images.some((m) => m.extension === 'png')) {
        return issue(ERROR_CODES.unsupportedMedia, 'TikTok photo posts accept JPG, JPEG or WEBP images; PNG is not converted.');
      }
      break;
    case 'snapchat':
      if (total !== 1) return issue(ERROR_CODES.tooManyMedia, 'Snapchat posts take exactly one image or video.');
      return null;
    case 'gmb':
      if (videos.length > 0 && draft.options.gmb?.isPhotoVideo !== true) {
        return issue(ERROR_CODES.unsupportedMedia, 'Google Business Profile standard posts do not accept video; send gmbOptions.isPhotoVideo for photo/video posts.');
      }
      if (total > 1) return issue(ERROR_CODES.tooManyMedia, 'Google Business Profile posts take one image.');
      return null;
    case 'instagram':
      if (total > 10) return issue(ERROR_CODES.tooManyMedia, 'Instagram carousels take at most 10 items.');
      if (draft.options.instagram?.stories === true && total !== 1) {
        return issue(ERROR_CODES.tooManyMedia, 'Instagram stories take exactly one image or video.');
      }
      return null;
    case 'threads':
      if (total > 20) return issue(ERROR_CODES.tooManyMedia, 'Threads carousels take at most 20 items.');
      return null;
    case 'twitter':
      if (total > 4) return issue(ERROR_CODES.tooManyMedia, 'X posts take at most 4 images or videos.');
      return null;
    default:
      break;
  }

  if (images.length > 0 && rule.maxImages === 0) return issue(ERROR_CODES.unsupportedMedia, `${label} does not accept images.`);
  if (videos.length > 0 && rule.maxVideos === 0) return issue(ERROR_CODES.unsupportedMedia, `${label} does not accept video.`);
  if (images.length > rule.maxImages) return issue(ERROR_CODES.tooManyMedia, `${label} posts take at most ${rule.maxImages} image${rule.maxImages === 1 ? '' : 's'}.`);
  if (videos.length > rule.maxVideos) return issue(ERROR_CODES.tooManyMedia, `${label} posts take at most ${rule.maxVideos} video${rule.maxVideos === 1 ? '' : 's'}.`);
  return null;
}
