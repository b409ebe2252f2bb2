// The option-object rules ayrshare-api.md §6.3 states (required fields, enums, field limits).
// Unknown option fields pass through untouched: the docs list more fields than they constrain.
import { ERROR_CODES } from '../errors.ts';
import type { Platform } from '../platforms.ts';
import { isRecord } from '../seed.ts';
import { codePointLength } from './text.ts';
import { mediaUrlProblem } from './media.ts';
import { parseUtcDateTime } from './schedule-date.ts';
import type { NetworkIssue } from './network-checks.ts';
import type { PostDraft } from './post-request.ts';

type Options = Record<string, unknown>;
type Check = (options: Options, draft: PostDraft) => NetworkIssue | null;

const missing = (message: string): NetworkIssue => ({ code: ERROR_CODES.missingNetworkOption, message });
const invalid = (message: string): NetworkIssue => ({ code: ERROR_CODES.invalidNetworkOption, message });

const GMB_ACTION_TYPES = ['book', 'order', 'shop', 'learn_more', 'sign_up', 'call'];
const TIKTOK_VISIBILITY = ['public', 'private', 'followers'];
const YOUTUBE_VISIBILITY = ['public', 'unlisted', 'private'];
const X_REPLY_SETTINGS = ['following', 'mentioned', 'subscribers', 'verified'];

function tooLong(value: unknown, max: number): boolean {
  return typeof value === 'string' && codePointLength(value) > max;
}

function notString(value: unknown): boolean {
  return value !== undefined && typeof value !== 'string';
}

/** `altText[]`: one string per media item, each within the network's limit. */
function altTextIssue(field: string, value: unknown, max: number): NetworkIssue | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) return invalid(`${field} must be an array of strings.`);
  const long = value.findIndex((t: string) => codePointLength(t) > max);
  return long >= 0 ? invalid(`${field}[${long}] exceeds ${max} characters.`) : null;
}

function httpsIssue(field: string, value: unknown): NetworkIssue | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return invalid(`${field} must be an https URL string.`);
  const problem = mediaUrlProblem(value);
  return problem ? invalid(`${field} ${problem}.`) : null;
}

const CHECKS: Partial<Record<Platform, Check>> = {
  twitter(o) {
    if (o.blockCountries !== undefined && o.allowCountries !== undefined) {
      return invalid('twitterOptions takes blockCountries or allowCountries, not both.');
    }
    if (o.replySettings !== undefined && !X_REPLY_SETTINGS.includes(o.replySettings as string)) {
      return invalid(`twitterOptions.replySettings must be one of ${X_REPLY_SETTINGS.join(', ')}.`);
    }
    if (o.poll !== undefined) {
      const poll = o.poll;
      const ok = isRecord(poll) && Array.isArray(poll.options) && poll.options.length >= 2 && poll.options.length <= 4 &&
        poll.options.every((c) => typeof c === 'string') && Number.isInteger(poll.duration) && (poll.duration as number) > 0;
      if (!ok) return invalid('twitterOptions.poll must be {"duration": minutes, "options": 2–4 strings}.');
    }
    return altTextIssue('twitterOptions.altText', o.altText, 1_000);
  },
  // No alt-text limit is documented for Bluesky or LinkedIn: only the shape is checked.
  bluesky: (o) => altTextIssue('blueSkyOptions.altText', o.altText, Infinity),
  facebook(o, draft) {
    if (tooLong(o.title, 255)) return invalid('faceBookOptions.title (Reels) exceeds 255 characters.');
    if (o.reels === true && (draft.media.length !== 1 || draft.media[0]!.kind !== 'video')) {
      return invalid('Facebook Reels take exactly one video.');
    }
    if (o.carousel !== undefined) {
      const carousel = o.carousel;
      if (draft.media.length > 0) return invalid('faceBookOptions.carousel cannot be combined with mediaUrls.');
      const ok = isRecord(carousel) && Array.isArray(carousel.items) && carousel.items.length >= 2 && carousel.items.length <= 10 &&
        carousel.items.every((item) => isRecord(item) && typeof item.link === 'string' && typeof item.picture === 'string');
      if (!ok) return invalid('faceBookOptions.carousel needs 2–10 items, each with "link" and "picture".');
    }
    return null;
  },
  gmb(o) {
    if (o.callToAction !== undefined) {
      const cta = o.callToAction;
      if (!isRecord(cta) || !GMB_ACTION_TYPES.includes(cta.actionType as string)) {
        return invalid(`gmbOptions.callToAction.actionType must be one of ${GMB_ACTION_TYPES.join(', ')}.`);
      }
      if (cta.actionType !== 'call') {
        if (cta.url === undefined) return missing('gmbOptions.callToAction.url is required for this actionType.');
        const urlIssue = httpsIssue('gmbOptions.callToAction.url', cta.url);
        if (urlIssue) return urlIssue;
      }
    }
    for (const kind of ['event', 'offer'] as const) {
      const block = o[kind];
      if (block === undefined) continue;
      if (!isRecord(block)) return invalid(`gmbOptions.${kind} must be an object.`);
      if (tooLong(block.title, 58)) return invalid(`gmbOptions.${kind}.title exceeds 58 characters.`);
      if (tooLong(block.couponCode, 58)) return invalid(`gmbOptions.${kind}.couponCode exceeds 58 characters.`);
    }
    return null;
  },
  instagram(o, draft) {
    if (draft.firstComment && codePointLength(draft.firstComment.comment) > 2_196) {
      return invalid('Instagram first comments are limited to 2,196 characters.');
    }
    if (o.collaborators !== undefined && (!Array.isArray(o.collaborators) || o.collaborators.length > 3)) {
      return invalid('instagramOptions.collaborators takes at most 3 usernames.');
    }
    if (o.userTags !== undefined) {
      const ok = Array.isArray(o.userTags) && o.userTags.every((t) => isRecord(t) && typeof t.username === 'string');
      if (!ok) return invalid('instagramOptions.userTags must be an array of {"username", "x", "y"}.');
    }
    return altTextIssue('instagramOptions.altText', o.altText, 1_000);
  },
  linkedin: (o) => altTextIssue('linkedInOptions.altText', o.altText, Infinity),
  pinterest(o, draft) {
    if (notString(o.title) || tooLong(o.title, 100)) return invalid('pinterestOptions.title must be a string of at most 100 characters.');
    if (notString(o.link) || tooLong(o.link, 2_048)) return invalid('pinterestOptions.link must be a URL of at most 2,048 characters.');
    if (notString(o.note) || tooLong(o.note, 1_000)) return invalid('pinterestOptions.note must be a string of at most 1,000 characters.');
    if (draft.media.some((m) => m.kind === 'video') && typeof o.thumbNail !== 'string') {
      return missing('Pinterest video pins need pinterestOptions.thumbNail.');
    }
    return altTextIssue('pinterestOptions.altText', o.altText, 500);
  },
  reddit(o, draft) {
    const title = o.title ?? draft.topLevel.title;
    const subreddit = o.subreddit ?? draft.topLevel.subreddit;
    if (typeof title !== 'string' || title.trim() === '') return missing('Reddit posts need redditOptions.title.');
    if (tooLong(title, 300)) return invalid('redditOptions.title exceeds 300 characters.');
    if (typeof subreddit !== 'string' || subreddit.trim() === '') return missing('Reddit posts need redditOptions.subreddit.');
    if (/^\/?r\//i.test(subreddit)) return invalid('redditOptions.subreddit is the bare name, without "/r/" (e.g. "test").');
    if (!/^[A-Za-z0-9_]{2,21}$/.test(subreddit)) return invalid('redditOptions.subreddit is not a valid subreddit name.');
    return httpsIssue('redditOptions.link', o.link);
  },
  tiktok(o, draft) {
    if (o.visibility !== undefined && !TIKTOK_VISIBILITY.includes(o.visibility as string)) {
      return invalid(`tikTokOptions.visibility must be one of ${TIKTOK_VISIBILITY.join(', ')}.`);
    }
    const images = draft.media.filter((m) => m.kind === 'image').length;
    if (o.imageCoverIndex !== undefined && !(Number.isInteger(o.imageCoverIndex) && (o.imageCoverIndex as number) >= 0 && (o.imageCoverIndex as number) < images)) {
      return invalid('tikTokOptions.imageCoverIndex must point at one of the images.');
    }
    return null;
  },
  youtube(o) {
    if (typeof o.title !== 'string' || o.title.trim() === '') return missing('YouTube posts need youTubeOptions.title.');
    return youTubeOptionsIssue(o);
  },
};

/** Shared with PATCH /post, which may send `youTubeOptions` again (§4.5). */
export function youTubeOptionsIssue(o: Options): NetworkIssue | null {
  if (typeof o.title !== 'string' || o.title.trim() === '') return missing('youTubeOptions.title is required (re-send it when updating).');
  if (codePointLength(o.title) > 100) return invalid('youTubeOptions.title exceeds 100 characters.');
  if (/[<>]/.test(o.title)) return invalid('youTubeOptions.title must not contain "<" or ">".');
  if (o.visibility !== undefined && !YOUTUBE_VISIBILITY.includes(o.visibility as string)) {
    return invalid(`youTubeOptions.visibility must be one of ${YOUTUBE_VISIBILITY.join(', ')}.`);
  }
  if (o.tags !== undefined) {
    if (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string' && codePointLength(t) >= 2)) {
      return invalid('youTubeOptions.tags must be strings of at least 2 characters.');
    }
    if (o.tags.join(',').length > 500) return invalid('youTubeOptions.tags exceed 500 characters in total.');
  }
  if (o.publishAt !== undefined && parseUtcDateTime(o.publishAt) === null) {
    return invalid('youTubeOptions.publishAt must be a UTC date-time "YYYY-MM-DDThh:mm:ssZ".');
  }
  return httpsIssue('youTubeOptions.thumbNail', o.thumbNail);
}

export function networkOptionIssue(platform: Platform, draft: PostDraft): NetworkIssue | null {
  const check = CHECKS[platform];
  return check ? check(draft.options[platform] ?? {}, draft) : null;
}
