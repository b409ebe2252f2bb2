import type { PostContent } from '../ayrshare/post-body';
import type { Platform } from '../ayrshare/platforms';
import { usesOptions, type Draft, type OptionRules } from './draft';
import { featuresBody, withinLimits } from './features';
import { scheduleDateUtc } from './schedule';

export type Built = { content: PostContent } | { invalid: 'features' | 'schedule' };

/** The networks that take a description per image, and where (ayrshare-api.md §6.3). */
const ALT_TEXT_FIELDS: Partial<Record<Platform, string>> = {
  twitter: 'twitterOptions',
  bluesky: 'blueSkyOptions',
  instagram: 'instagramOptions',
  linkedin: 'linkedInOptions',
  pinterest: 'pinterestOptions',
};

/** `altText` arrays, one entry per media item in order, for the networks that take them. */
export function altTextBody(state: Pick<Draft, 'media' | 'alts'>, platforms: readonly Platform[], options: object) {
  const altText = state.media.map((url) => state.alts[url]?.trim() ?? '');
  if (!altText.some(Boolean)) return {};
  const body: Record<string, unknown> = {};
  for (const platform of platforms) {
    const field = ALT_TEXT_FIELDS[platform];
    if (field) body[field] = { ...((options as Record<string, object | undefined>)[field]), altText };
  }
  return body;
}

/**
 * The POST /post content for the draft and the networks that can take it. `optionRules` are
 * needed when the draft sets an option of one of them (see usesOptions). With a queue's title the
 * post goes to that schedule's next free slot, and never with a `scheduleDate` (addendum §1d).
 */
export function buildPost(state: Draft, platforms: readonly Platform[], optionRules?: OptionRules, queueTitle?: string): Built {
  if (!withinLimits(state.features)) return { invalid: 'features' };
  const scheduleAt = queueTitle === undefined ? state.scheduleAt : '';
  const scheduleDate = scheduleAt ? scheduleDateUtc(scheduleAt) : undefined;
  if (scheduleAt && !scheduleDate) return { invalid: 'schedule' };
  if (!optionRules && usesOptions(state, platforms)) throw new Error('Sharebeam: the option rules were not loaded');
  const options = optionRules ? optionRules(state.options, platforms).body : {};
  const text = state.text.trim();
  return {
    content: {
      post: text,
      platforms: [...platforms],
      ...(state.media.length > 0 && { mediaUrls: [...state.media] }),
      ...(state.videos.some((url) => state.media.includes(url)) && { isVideo: true }),
      // An evergreen series carries its start itself (see featuresBody).
      ...(scheduleDate && !state.features.autoRepost && { scheduleDate }),
      ...(queueTitle !== undefined && { autoSchedule: { schedule: true, title: queueTitle } }),
      ...featuresBody(state.features, scheduleDate),
      ...options,
      ...altTextBody(state, platforms, options),
    },
  };
}
