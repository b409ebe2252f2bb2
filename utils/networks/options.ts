// Per-network option values: their zod schemas (the types in types.ts are inferred from these)
// and the POST /post body fragment they become, with Ayrshare's field names (ayrshare-api.md
// §4.2, §6.3; key casing §9.5). Loaded lazily with the option panels: check.ts, count.ts and
// rules.ts must not import this file, so zod's schemas stay out of the popup's first paint.
//
// The checks in check.ts own the rules they need live (Reddit title and subreddit, YouTube
// title); the schemas here accept any string there, so no field is ever reported twice.
import * as z from 'zod/mini';
import type { Platform } from '../ayrshare/platforms';
import type { NetworkOptionValues, NetworkProblem, OptionField } from './types';

function isWebAddress(value: string, schemes: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A trimmed text field of at most `max` characters ("" means not set). */
const text = (max = Infinity) => z.string().check(z.trim(), z.maxLength(max));
/** A web address; Ayrshare fetches media and link targets over https (§4.2, §6.3). */
const webAddress = (schemes: readonly string[] = ['https:'], max = 2_048) =>
  z.string().check(
    z.trim(),
    z.maxLength(max),
    z.refine((v) => v === '' || isWebAddress(v, schemes)),
  );

const YOUTUBE_TAGS_MAX_TOTAL = 500;

export const OPTION_SCHEMAS = {
  bluesky: z.object({}),
  facebook: z.object({
    reels: z.optional(z.boolean()),
    /** Reels only; ≤ 255 (§6.2). */
    title: z.optional(text(255)),
  }),
  gmb: z.object({
    callToAction: z.optional(
      z
        .object({
          actionType: z.enum(['book', 'order', 'shop', 'learn_more', 'sign_up', 'call']),
          url: z.optional(webAddress()),
        })
        // "call" dials the profile's phone number; every other button opens `url` (§6.3).
        .check(z.refine((cta) => cta.actionType === 'call' || !!cta.url, { path: ['url'] })),
    ),
  }),
  instagram: z.object({
    /** post: feed image, carousel or video; reel: one video; story: one item, no text (§6.3). */
    placement: z.optional(z.enum(['post', 'reel', 'story'])),
    /** Top-level `disableComments`, shared with LinkedIn and TikTok (§4.2). */
    disableComments: z.optional(z.boolean()),
    /** Reels only: also show the reel in the feed (`shareReelsFeed`). */
    shareReelsFeed: z.optional(z.boolean()),
  }),
  linkedin: z.object({ disableComments: z.optional(z.boolean()) }),
  pinterest: z.object({
    title: z.optional(text(100)),
    /** From GET /user/details; without one Pinterest uses the default board (§6.2). */
    boardId: z.optional(text()),
    /** The pin's destination: the one clickable link on Pinterest (§6.3). */
    link: z.optional(webAddress(['https:', 'http:'])),
  }),
  reddit: z.object({
    title: z.optional(text()),
    subreddit: z.optional(text()),
    /** Makes a link post; its text body is dropped (§6.3). */
    link: z.optional(webAddress()),
  }),
  snapchat: z.object({ placement: z.optional(z.enum(['story', 'savedStory', 'spotlight'])) }),
  telegram: z.object({}),
  threads: z.object({}),
  tiktok: z.object({
    visibility: z.optional(z.enum(['public', 'private', 'followers'])),
    disableComments: z.optional(z.boolean()),
    disableDuet: z.optional(z.boolean()),
    disableStitch: z.optional(z.boolean()),
    /** Photo posts only. */
    autoAddMusic: z.optional(z.boolean()),
    isAIGenerated: z.optional(z.boolean()),
    isBrandedContent: z.optional(z.boolean()),
    isBrandOrganic: z.optional(z.boolean()),
  }),
  twitter: z.object({
    /** Up to 25,000 characters; the account needs X Premium, else Ayrshare error 111 (§6.2). */
    longPost: z.optional(z.boolean()),
  }),
  youtube: z.object({
    title: z.optional(text()),
    visibility: z.optional(z.enum(['private', 'public', 'unlisted'])),
    shorts: z.optional(z.boolean()),
    madeForKids: z.optional(z.boolean()),
    // Each tag at least 2 characters, ≤ 500 in total (§6.3; the sandbox joins them with ",").
    tags: z.optional(
      z
        .array(z.string().check(z.trim(), z.minLength(2)))
        .check(z.refine((tags) => tags.join(',').length <= YOUTUBE_TAGS_MAX_TOTAL, { params: { max: YOUTUBE_TAGS_MAX_TOTAL } })),
    ),
  }),
} satisfies Record<Platform, z.ZodMiniType>;

export type OptionSchemas = typeof OPTION_SCHEMAS;

/**
 * The option fields of POST /post, as Ayrshare names them. Bluesky, Threads and Telegram get
 * none: nothing in `blueSkyOptions` or `threadsOptions` is set from a popup (§6.3).
 */
export interface OptionsBody {
  faceBookOptions?: { reels: true; title?: string };
  gmbOptions?: { callToAction: { actionType: string; url?: string } };
  instagramOptions?: { stories: true } | { shareReelsFeed: boolean };
  pinterestOptions?: { title?: string; boardId?: string; link?: string };
  redditOptions?: { title?: string; subreddit?: string; link?: string };
  snapChatOptions?: { savedStory: true } | { spotlight: true };
  tikTokOptions?: Partial<Record<'visibility', string> & Record<TikTokFlag, boolean>>;
  twitterOptions?: { longPost: true };
  youTubeOptions?: { title?: string; visibility?: string; shorts?: boolean; madeForKids?: boolean; tags?: string[] };
  /** Instagram, LinkedIn and TikTok together (§4.2). */
  disableComments?: true;
}

type TikTokFlag = 'disableDuet' | 'disableStitch' | 'autoAddMusic' | 'isAIGenerated' | 'isBrandedContent' | 'isBrandOrganic';

type Parsed = { [P in Platform]: z.infer<OptionSchemas[P]> };

/** Drops unset values: undefined, "" and empty lists. `undefined` when nothing is left. */
function compact<T extends object>(fields: T): T | undefined {
  const kept = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return kept.length ? (Object.fromEntries(kept) as T) : undefined;
}

const FRAGMENTS: { [P in Platform]?: (v: Parsed[P]) => Partial<OptionsBody> } = {
  facebook: (v) => ({ faceBookOptions: v.reels ? { reels: true, ...compact({ title: v.title }) } : undefined }),
  gmb: (v) => {
    const cta = v.callToAction;
    // A call button takes no URL: Google dials the profile's number.
    return { gmbOptions: cta && { callToAction: { actionType: cta.actionType, ...compact({ url: cta.actionType === 'call' ? undefined : cta.url }) } } };
  },
  instagram: (v) => ({
    instagramOptions:
      v.placement === 'story' ? { stories: true } : v.placement === 'reel' && v.shareReelsFeed !== undefined ? { shareReelsFeed: v.shareReelsFeed } : undefined,
  }),
  pinterest: (v) => ({ pinterestOptions: compact({ title: v.title, boardId: v.boardId, link: v.link }) }),
  reddit: (v) => ({ redditOptions: compact({ title: v.title, subreddit: v.subreddit, link: v.link }) }),
  snapchat: (v) => ({
    snapChatOptions: v.placement === 'savedStory' ? { savedStory: true } : v.placement === 'spotlight' ? { spotlight: true } : undefined,
  }),
  tiktok: ({ disableComments: _shared, ...v }) => ({ tikTokOptions: compact(v) }),
  twitter: (v) => ({ twitterOptions: v.longPost ? { longPost: true } : undefined }),
  youtube: (v) => ({
    youTubeOptions: compact({ title: v.title, visibility: v.visibility, shorts: v.shorts, madeForKids: v.madeForKids, tags: v.tags }),
  }),
};

const URL_FIELDS: Record<string, OptionField> = { link: 'link', url: 'buttonLink' };
const FIELDS: Record<string, OptionField> = { title: 'title', subreddit: 'subreddit', boardId: 'boardId', tags: 'tags' };

function problemOf(platform: Platform, issue: z.core.$ZodIssue): NetworkProblem {
  // The innermost named field: ['callToAction', 'url'] is the button's link, ['tags', 3] a tag.
  const key = String(issue.path.findLast((p) => typeof p === 'string') ?? '');
  if (key in URL_FIELDS) return { platform, kind: 'invalidUrl', field: URL_FIELDS[key]! };
  const field = FIELDS[key] ?? 'settings';
  const max = issue.code === 'too_big' ? Number(issue.maximum) : issue.code === 'custom' ? Number(issue.params?.max) : NaN;
  return Number.isFinite(max) ? { platform, kind: 'optionTooLong', field, max } : { platform, kind: 'invalidOption', field };
}

/**
 * The option fields of a POST /post body for the selected `platforms`, and what is wrong with
 * the values (a network with a problem contributes nothing to the body). Only the selected
 * networks' option objects are emitted, with empty values dropped.
 */
export function networkOptionsBody(
  values: NetworkOptionValues,
  platforms: readonly Platform[],
): { body: OptionsBody; problems: NetworkProblem[] } {
  const body: OptionsBody = {};
  const problems: NetworkProblem[] = [];
  for (const platform of platforms) {
    const result = z.safeParse(OPTION_SCHEMAS[platform], values[platform] ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const problem = problemOf(platform, issue) as NetworkProblem & { field: OptionField };
        if (!problems.some((p) => p.platform === platform && 'field' in p && p.field === problem.field)) problems.push(problem);
      }
      continue;
    }
    const parsed = result.data as Partial<{ disableComments: boolean }>;
    // One flag for Instagram, LinkedIn and TikTok: off for all if any asks (check.ts warns the others).
    if ((platform === 'instagram' || platform === 'linkedin' || platform === 'tiktok') && parsed.disableComments) body.disableComments = true;
    const fragment = (FRAGMENTS[platform] as ((v: unknown) => Partial<OptionsBody>) | undefined)?.(result.data);
    for (const [key, value] of Object.entries(fragment ?? {})) {
      if (value !== undefined) Object.assign(body, { [key]: value });
    }
  }
  return { body, problems };
}
