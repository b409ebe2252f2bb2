// Request-level checks of a /post body (ayrshare-api.md §4.2, §6.1). Anything wrong here fails
// the whole request with HTTP 400 and one `{action, status, code, message}` body; per-network
// problems are left to network-checks.ts so the other networks can still publish.
import { ERROR_CODES, apiError, badParameters } from '../errors.ts';
import { NETWORK_RULES, PLATFORMS, isPlatform } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { isRecord } from '../seed.ts';
import { randomString } from '../social-ids.ts';
import { classifyMedia, mediaUrlProblem } from './media.ts';
import type { MediaItem } from './media.ts';
import { SCHEDULE_DATE_FORMAT_HINT, parseUtcDateTime } from './schedule-date.ts';
import type { UtcDate } from './schedule-date.ts';

export interface PostDraft {
  text: string;
  /** Requested networks, `"all"` expanded to the linked ones, duplicates removed. */
  platforms: Platform[];
  media: MediaItem[];
  isVideo: boolean;
  scheduleDate: UtcDate | null;
  /** `autoSchedule` puts the post into the next free slot of the schedule with this title instead of a given date. */
  autoSchedule: { title: string } | null;
  /** The option object each network reads, whichever accepted casing the client used. */
  options: Partial<Record<Platform, Record<string, unknown>>>;
  /** Top-level `title`/`subreddit`: older fallbacks for Reddit (§4.2 ⚠). */
  topLevel: { title?: string; subreddit?: string };
  firstComment: { comment: string; mediaUrls: string[] } | null;
  requiresApproval: boolean;
  validateScheduled: boolean;
  notes: string | null;
  idempotencyKey: string | null;
  /** An evergreen series; null when absent, or ignored beside a `scheduleDate` (§4.2). */
  autoRepost: { startDate: UtcDate | null } | null;
  /** What the client sent, minus profile keys, for GET /post and /history to return. */
  body: Record<string, unknown>;
}

/** Body fields that select profiles (a legacy one is ignored); credentials, so never stored or echoed. */
const PROFILE_KEY_FIELDS = ['profileKey', 'profileKeys'];

export function parsePostRequest(raw: unknown, linked: readonly Platform[], action = 'post'): PostDraft {
  if (!isRecord(raw)) throw badParameters(action, 'The body must be a JSON object with "post" and "platforms".');
  const body = Object.fromEntries(Object.entries(raw).filter(([key]) => !PROFILE_KEY_FIELDS.includes(key)));

  const text = raw.randomPost === true ? `Sandbox random post ${randomString(8)}` : raw.post;
  if (typeof text !== 'string') throw badParameters(action, '"post" is required and must be a string ("" is allowed with mediaUrls).');

  const platforms = parsePlatforms(raw.platforms, linked, action);
  const isVideo = optionalBoolean(raw, 'isVideo', action) ?? false;
  const media = parseMediaUrls(raw, isVideo, action);
  // Networks that do not take media alone refuse an empty text one by one (network-checks.ts).
  if (text.trim() === '' && media.length === 0) {
    throw badParameters(action, '"post" may only be empty when mediaUrls are sent.');
  }

  let scheduleDate: UtcDate | null = null;
  if (raw.scheduleDate !== undefined && raw.scheduleDate !== null && raw.scheduleDate !== '') {
    scheduleDate = parseUtcDateTime(raw.scheduleDate);
    if (!scheduleDate) throw badParameters(action, `"scheduleDate" is not a valid UTC date-time. ${SCHEDULE_DATE_FORMAT_HINT}`);
  }

  const autoSchedule = parseAutoSchedule(raw.autoSchedule, action);
  if (autoSchedule && scheduleDate) throw badParameters(action, '"autoSchedule" cannot be combined with "scheduleDate".');
  // "If you include both parameters, the scheduleDate will take precedence and autoRepost will be ignored" (§4.2).
  const series = parseAutoRepost(raw.autoRepost, action);
  const autoRepost = scheduleDate ? null : series;
  checkAutoHashtag(raw.autoHashtag, action);
  const firstComment = parseFirstComment(raw.firstComment, action);

  for (const flag of ['requiresApproval', 'validateScheduled', 'disableComments', 'shortenLinks', 'isLandscapeVideo', 'isPortraitVideo', 'randomMediaUrl']) {
    optionalBoolean(raw, flag, action);
  }
  const notes = optionalString(raw, 'notes', action);
  const idempotencyKey = optionalString(raw, 'idempotencyKey', action);
  if (idempotencyKey === '') throw badParameters(action, '"idempotencyKey" must not be empty.');

  return {
    text,
    platforms,
    media,
    isVideo,
    scheduleDate,
    autoSchedule,
    options: networkOptions(raw, platforms, action),
    topLevel: {
      ...(typeof raw.title === 'string' ? { title: raw.title } : {}),
      ...(typeof raw.subreddit === 'string' ? { subreddit: raw.subreddit } : {}),
    },
    firstComment,
    requiresApproval: raw.requiresApproval === true,
    validateScheduled: raw.validateScheduled !== false,
    notes: notes ?? null,
    idempotencyKey: idempotencyKey ?? null,
    autoRepost,
    body,
  };
}

function parsePlatforms(value: unknown, linked: readonly Platform[], action: string): Platform[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badParameters(action, `"platforms" is required: a non-empty array of ${PLATFORMS.join(', ')} or "all".`);
  }
  const chosen = new Set<Platform>();
  for (const name of value) {
    if (name === 'all') {
      linked.forEach((p) => chosen.add(p));
    } else if (isPlatform(name)) {
      chosen.add(name);
    } else {
      // One bad value fails the whole request (§6.1).
      const shown = typeof name === 'string' ? `"${name.slice(0, 40)}"` : JSON.stringify(name)?.slice(0, 40) ?? String(name);
      throw badParameters(action, `Invalid platform ${shown}. Valid platforms: ${PLATFORMS.join(', ')}, or "all".`);
    }
  }
  if (chosen.size === 0) throw badParameters(action, '"all" was requested but no social account is linked to this profile.');
  return PLATFORMS.filter((p) => chosen.has(p));
}

function parseMediaUrls(raw: Record<string, unknown>, isVideo: boolean, action: string): MediaItem[] {
  // `mediaUrl` appears in the current Snapchat docs' example (§9.13), so it is read too; the old
  // docs' `media_urls` is not in any current doc, and is ignored like any unknown field.
  const key = ['mediaUrls', 'mediaUrl'].find((k) => raw[k] !== undefined && raw[k] !== null);
  if (key === undefined) {
    return raw.randomMediaUrl === true ? [classifyMedia(`https://images.ayrshare.com/random/${randomString(12)}.jpg`, false)] : [];
  }
  const value = key === 'mediaUrl' && typeof raw[key] === 'string' ? [raw[key]] : raw[key];
  if (!Array.isArray(value) || !value.every((u) => typeof u === 'string')) {
    throw badParameters(action, `"${key}" must be an array of https URL strings.`);
  }
  return value.map((url: string, i) => {
    const problem = mediaUrlProblem(url);
    // The index, not the URL, is named: a URL may carry a token the client would not want echoed.
    if (problem) throw apiError(400, action, ERROR_CODES.mediaUrlInvalid, `Media URLs invalid. ${key}[${i}] ${problem}. Media must be publicly reachable over https.`);
    return classifyMedia(url, isVideo);
  });
}

function parseAutoSchedule(value: unknown, action: string): PostDraft['autoSchedule'] {
  if (value === undefined || value === null) return null;
  if (!isRecord(value) || value.schedule !== true || (value.title !== undefined && typeof value.title !== 'string')) {
    throw badParameters(action, '"autoSchedule" must be {"schedule": true, "title"?: string}.');
  }
  // "default" when no title is given; titles match exactly, case included (addendum §1d).
  return { title: typeof value.title === 'string' ? value.title : 'default' };
}

function parseAutoRepost(value: unknown, action: string): PostDraft['autoRepost'] {
  if (value === undefined || value === null) return null;
  const startDate = isRecord(value) && value.startDate !== undefined ? parseUtcDateTime(value.startDate) : null;
  const ok =
    isRecord(value) &&
    Number.isInteger(value.repeat) && (value.repeat as number) >= 1 && (value.repeat as number) <= 10 &&
    Number.isInteger(value.days) && (value.days as number) >= 2 &&
    (value.startDate === undefined || startDate !== null);
  if (!ok) throw badParameters(action, `"autoRepost" must be {"repeat": 1–10, "days": ≥ 2, "startDate"?: UTC date-time}. ${SCHEDULE_DATE_FORMAT_HINT}`);
  return { startDate };
}

function checkAutoHashtag(value: unknown, action: string): void {
  if (value === undefined || value === null || typeof value === 'boolean') return;
  const ok =
    isRecord(value) &&
    (value.max === undefined || (Number.isInteger(value.max) && (value.max as number) >= 1 && (value.max as number) <= 10)) &&
    (value.position === undefined || value.position === 'auto' || value.position === 'end');
  if (!ok) throw badParameters(action, '"autoHashtag" must be true or {"max": 1–10, "position": "auto" | "end"}.');
}

function parseFirstComment(value: unknown, action: string): PostDraft['firstComment'] {
  if (value === undefined || value === null) return null;
  if (!isRecord(value) || typeof value.comment !== 'string') {
    throw badParameters(action, '"firstComment" must be {"comment": string, "mediaUrls"?: [one https URL]}.');
  }
  const mediaUrls = value.mediaUrls ?? [];
  if (!Array.isArray(mediaUrls) || mediaUrls.length > 1 || !mediaUrls.every((u) => typeof u === 'string')) {
    throw badParameters(action, '"firstComment.mediaUrls" takes at most one URL.');
  }
  for (const url of mediaUrls as string[]) {
    const problem = mediaUrlProblem(url);
    if (problem) throw apiError(400, action, ERROR_CODES.mediaUrlInvalid, `Media URLs invalid. firstComment.mediaUrls[0] ${problem}.`);
  }
  return { comment: value.comment, mediaUrls: mediaUrls as string[] };
}

function networkOptions(raw: Record<string, unknown>, platforms: Platform[], action: string): PostDraft['options'] {
  const options: PostDraft['options'] = {};
  for (const platform of platforms) {
    const key = NETWORK_RULES[platform].optionKeys.find((k) => raw[k] !== undefined && raw[k] !== null);
    if (key === undefined) continue;
    const value = raw[key];
    if (!isRecord(value)) throw badParameters(action, `"${key}" must be an object.`);
    options[platform] = value;
  }
  return options;
}

function optionalBoolean(raw: Record<string, unknown>, key: string, action: string): boolean | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badParameters(action, `"${key}" must be a boolean.`);
  return value;
}

function optionalString(raw: Record<string, unknown>, key: string, action: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badParameters(action, `"${key}" must be a string.`);
  return value;
}
