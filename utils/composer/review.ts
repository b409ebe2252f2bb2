import type { Platform } from '../ayrshare/platforms';
import { checkDraft, type Counter } from '../networks/check';
import { mediaFromUrl } from '../networks/media';
import { problemText } from '../networks/problem-text';
import type { DraftMedia } from '../networks/types';
import type { Draft, OptionRules } from './draft';
import { toUnicode } from './rich-text';

export interface Said {
  platform: Platform;
  text: string;
  /** What fixes it is in Options (the X app's keys): the composer links there. */
  fixInOptions?: true;
}

export interface Review {
  counters: Counter[];
  /** What stops a network: it is not sent until the draft changes. */
  problems: Said[];
  /** What a network will change about the post: it is sent, and the user is told. */
  warnings: Said[];
}

export function draftMedia(state: Pick<Draft, 'media' | 'videos'>): DraftMedia[] {
  return state.media.map((url) => {
    const media = mediaFromUrl(url);
    return state.videos.includes(url) ? { ...media, kind: 'video' } : media;
  });
}

/**
 * The live check of the draft for each selected network, on the text as the networks will
 * receive it (rich-text tags turned into their Unicode styles). Loaded just after first paint;
 * the option values are checked too once `optionRules` are there (see usesOptions).
 */
export function reviewDraft(state: Draft, platforms: readonly Platform[], optionRules?: OptionRules, xKeysSaved = true): Review {
  const check = checkDraft(
    { text: toUnicode(state.text), media: draftMedia(state), options: state.options, firstComment: state.features.firstComment, xKeysSaved },
    platforms,
  );
  const optionProblems = optionRules?.(state.options, platforms).problems ?? [];
  const say = (problem: Parameters<typeof problemText>[0]): Said => ({
    platform: problem.platform,
    text: problemText(problem),
    ...(problem.kind === 'xKeysMissing' && { fixInOptions: true as const }),
  });
  return {
    counters: check.counters,
    problems: [...check.problems, ...optionProblems].map(say),
    warnings: check.warnings.map(say),
  };
}
