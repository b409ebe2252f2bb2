// What the per-network checks read, and what they report. Types only: the checks run in the
// popup's first paint, while the zod schemas behind NetworkOptionValues (options.ts) load lazily
// with the option panels.
import type * as z from 'zod/mini';
import type { Platform } from '../ayrshare/platforms';
import type { OptionSchemas } from './options';

export type MediaKind = 'image' | 'video' | 'gif' | 'document';

export interface DraftMedia {
  url: string;
  kind: MediaKind;
  /** Lower case, no dot. */
  ext?: string;
}

export interface RulesInput {
  text: string;
  media: readonly DraftMedia[];
  options: NetworkOptionValues;
  firstComment?: string;
  /** Whether the X app's key and secret are saved (Settings.xKeysSet); unknown counts as saved. */
  xKeysSaved?: boolean;
}

/**
 * What each network's option panel edits, per platform id, as the zod schemas in options.ts
 * accept it (inferred, so the two never drift; a type-only import keeps zod out of the checks).
 */
export type NetworkOptionValues = { [P in Platform]?: z.input<OptionSchemas[P]> };

/** Option fields a problem can point at; each has a `optionField_*` label in messages.json. */
export type OptionField = 'title' | 'subreddit' | 'link' | 'boardId' | 'tags' | 'buttonLink' | 'settings';

type None = Record<never, never>;

/** The numbers and names each kind of problem's message needs. */
interface ProblemDetails {
  empty: None;
  /** Media without text, on a network the docs do not say takes that. */
  needsText: None;
  needsMedia: None;
  /** X without the user's own X app: Ayrshare would refuse the whole request (ayrshare-api.md §2.4). */
  xKeysMissing: None;
  needsOneVideo: { format?: 'reel' | 'spotlight' };
  tooLong: { used: number; limit: number };
  mixedMedia: None;
  tooManyMedia: { max: number };
  oneVideo: None;
  refusedDocument: None;
  documentAlone: None;
  refusedVideo: None;
  refusedExtension: { ext: string };
  needsCover: None;
  missingOption: { field: OptionField };
  optionTooLong: { field: OptionField; max: number };
  invalidOption: { field: OptionField };
  invalidUrl: { field: OptionField };
  subredditPrefix: None;
  titleBrackets: None;
  phoneNumber: None;
  tooManyHashtags: { max: number };
  tooManyMentions: { max: number };
  tooManyLinks: { max: number };
  firstCommentTooLong: { used: number; limit: number };
  firstCommentNeedsPublic: None;
  // Warnings: the post is still sent.
  truncated: { max: number };
  textIgnored: None;
  manyHashtags: { max: number };
  commentsOff: None;
}

export type ProblemKind = keyof ProblemDetails;
export type ProblemDetail<K extends ProblemKind> = ProblemDetails[K];

/**
 * Why a network would refuse the draft (in `problems`) or change it (in `warnings`), with the
 * numbers its message needs. problem-text.ts puts each into words.
 */
export type NetworkProblem = { [K in ProblemKind]: { platform: Platform; kind: K } & ProblemDetails[K] }[ProblemKind];
