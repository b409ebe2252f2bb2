import { PLATFORMS } from '../ayrshare/platform-list';
import type { Platform } from '../ayrshare/platforms';
import type { NetworkOptionValues } from '../networks/types';
import { composeText, type Prefill } from '../share/prefill';
import type { ComposerMemory } from '../storage/composer-memory';
import { emptyOf, field, group, type ValuesOf } from '../storage/fields';
import { PRIMARY_PROFILE_ID } from '../storage/defaults';
import type { Profile } from '../storage/settings';
import { FEATURE_FIELDS, NO_FEATURES, type Features } from './features';

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Everything the user composes, declared once (see storage/fields.ts): the stored draft
 * (storage/drafts.ts) adds where it belongs, the empty draft is every field's empty value, and a
 * reset starts from it. A stored field that is missing (a draft kept by an older version) or
 * damaged falls back to its empty value on its own: the rest of the draft is kept.
 */
export const DRAFT_FIELDS = {
  text: field('', (z) => z.string()),
  profileIds: field<string[]>([], (z) => z.array(z.string())),
  /** The networks ticked; only those the chosen profiles have linked are sent (see `selected`). */
  platforms: field<Platform[]>([], (z) => z.array(z.enum(PLATFORMS))),
  /** Public https URLs, in posting order. */
  media: field<string[]>([], (z) => z.array(z.string())),
  /** Media URLs the user marked as video (GIFs, URLs without a video extension). */
  videos: field<string[]>([], (z) => z.array(z.string())),
  /** Image descriptions (alt text) by media URL. */
  alts: field<Record<string, string>>({}, (z) => z.record(z.string(), z.string())),
  /** Per-network option values; each network's are checked against its schema when used (networks/options.ts). */
  options: field<NetworkOptionValues>({}, (z) => z.custom<NetworkOptionValues>(isObject)),
  /** Checked against Ayrshare's limits when the post is built (features.ts). */
  features: group(FEATURE_FIELDS),
  /** Local "YYYY-MM-DDTHH:mm" as the "Schedule for" field holds it, or "" to publish now. */
  scheduleAt: field('', (z) => z.string()),
};
export type Draft = ValuesOf<typeof DRAFT_FIELDS>;

export const EMPTY_DRAFT: Draft = emptyOf(DRAFT_FIELDS);

/** The networks' option rules (networks/options.ts: zod schemas for ten networks' options). */
export type OptionRules = typeof import('../networks/options').networkOptionsBody;

/**
 * Whether the draft sets an option of one of these networks: only then does the popup load the
 * option rules (they weigh more than the rest of the checks together).
 */
export function usesOptions(draft: Pick<Draft, 'options'>, platforms: readonly Platform[]): boolean {
  return platforms.some((p) => Object.keys(draft.options[p] ?? {}).length > 0);
}

/** The draft fields of a stored draft (which carries more: its key, origin and time). */
export function draftOf(stored: Draft): Draft {
  const draft = {} as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_DRAFT)) draft[key] = (stored as Record<string, unknown>)[key];
  return draft as Draft;
}

/** Where the composer's start is: its profiles, the last post's choices, the page. */
export interface DraftStart {
  profiles: readonly Profile[];
  memory: ComposerMemory;
  prefill: Prefill;
}

/**
 * The profiles and networks a new draft starts with: the last post's; otherwise the primary
 * profile and its default networks. A profile deleted since is left out.
 */
export function initialChoice(start: Pick<DraftStart, 'profiles' | 'memory'>): Pick<Draft, 'profileIds' | 'platforms'> {
  const exists = (id: string) => start.profiles.some((p) => p.id === id);
  const remembered = start.memory.profileIds.filter(exists);
  const profileIds = remembered.length ? remembered : [PRIMARY_PROFILE_ID];
  const defaults = start.profiles.filter((p) => profileIds.includes(p.id)).flatMap((p) => p.defaults.networks);
  return { profileIds, platforms: start.memory.networks.length ? [...start.memory.networks] : [...new Set(defaults)] };
}

/** The features a post to these profiles starts with: on where a profile's defaults say so. */
export function featuresFor(profiles: readonly Profile[], profileIds: readonly string[], base: Features = NO_FEATURES): Features {
  const chosen = profiles.filter((p) => profileIds.includes(p.id));
  const any = (flag: 'shortenLinks' | 'autoHashtag' | 'requiresApproval') => base[flag] || chosen.some((p) => p.defaults[flag]);
  return { ...base, shortenLinks: any('shortenLinks'), autoHashtag: any('autoHashtag'), requiresApproval: any('requiresApproval') };
}

/** A draft of the page: its text and media, with the starting choices. Discard draft returns here. */
export function draftFromPage(start: DraftStart): Draft {
  const choice = initialChoice(start);
  return {
    ...EMPTY_DRAFT,
    ...choice,
    text: composeText(start.prefill),
    media: [...start.prefill.media],
    features: featuresFor(start.profiles, choice.profileIds),
  };
}

/** An empty draft to the same profiles and networks: New post starts here. */
export function emptyDraftLike(draft: Draft, profiles: readonly Profile[]): Draft {
  return { ...EMPTY_DRAFT, profileIds: draft.profileIds, platforms: draft.platforms, features: featuresFor(profiles, draft.profileIds) };
}

/** Ticks or unticks a network. */
export function withNetwork(draft: Draft, platform: Platform, on: boolean): Draft {
  const platforms = on ? [...new Set([...draft.platforms, platform])] : draft.platforms.filter((p) => p !== platform);
  return { ...draft, platforms };
}

/** Chooses profiles: one newly chosen brings its default networks and features along. */
export function withProfiles(draft: Draft, profiles: readonly Profile[], profileIds: readonly string[]): Draft {
  const added = profileIds.filter((id) => !draft.profileIds.includes(id));
  const defaults = profiles.filter((p) => added.includes(p.id)).flatMap((p) => p.defaults.networks);
  return {
    ...draft,
    profileIds: [...profileIds],
    platforms: [...new Set([...draft.platforms, ...defaults])],
    features: featuresFor(profiles, added, draft.features),
  };
}

/** The post's media, edited from the media list and picker. */
export const mediaEdits = {
  /** Adds each address once, after the others. */
  add(draft: Draft, urls: readonly string[], asVideo = false): Draft {
    const media = [...new Set([...draft.media, ...urls])];
    return { ...draft, media, videos: asVideo ? [...new Set([...draft.videos, ...urls])] : draft.videos };
  },
  /** Removes an item with its video mark. */
  remove(draft: Draft, url: string): Draft {
    return { ...draft, media: draft.media.filter((m) => m !== url), videos: draft.videos.filter((m) => m !== url) };
  },
  /** Moves an item one place earlier (-1) or later (+1): networks show them in this order. */
  move(draft: Draft, url: string, by: -1 | 1): Draft {
    const media = [...draft.media];
    const from = media.indexOf(url);
    const to = from + by;
    if (from < 0 || to < 0 || to >= media.length) return draft;
    [media[from], media[to]] = [media[to]!, media[from]!];
    return { ...draft, media };
  },
  describe(draft: Draft, url: string, alt: string): Draft {
    return { ...draft, alts: { ...draft.alts, [url]: alt } };
  },
  markVideo(draft: Draft, url: string, on: boolean): Draft {
    return { ...draft, videos: on ? [...new Set([...draft.videos, url])] : draft.videos.filter((v) => v !== url) };
  },
};

export type FeatureOn = 'approval' | 'notes' | 'shortLinks' | 'hashtags' | 'comment' | 'evergreen' | 'unsplash';

/**
 * The features that are on, in the panel's order, for its summary while it is closed: a profile's
 * default counts too, since the post goes out with it all the same.
 */
export function featuresOn(features: Features): FeatureOn[] {
  const on: Array<[boolean, FeatureOn]> = [
    [features.requiresApproval, 'approval'],
    [features.notes.trim() !== '', 'notes'],
    [features.shortenLinks, 'shortLinks'],
    [features.autoHashtag, 'hashtags'],
    [features.firstComment.trim() !== '', 'comment'],
    [features.autoRepost, 'evergreen'],
    [features.unsplash.trim() !== '', 'unsplash'],
  ];
  return on.filter(([set]) => set).map(([, name]) => name);
}
