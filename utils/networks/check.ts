import type { Platform } from '../ayrshare/platforms';
import { NETWORK_RULES } from './rules';

export interface DraftShape {
  text: string;
  media: readonly string[];
}

export type ProblemKind = 'empty' | 'tooLong' | 'needsMedia' | 'tooManyMedia' | 'needsOptions';

export interface NetworkProblem {
  platform: Platform;
  kind: ProblemKind;
  /** For tooLong: characters over the limit; for tooManyMedia: the network's maximum. */
  amount?: number;
}

/** Characters as people count them: code points, so an emoji is not two. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * What would make each selected network refuse this draft, checked before anything is sent. A
 * network with no problem is absent from the result.
 */
export function draftProblems(draft: DraftShape, platforms: readonly Platform[]): NetworkProblem[] {
  const length = textLength(draft.text.trim());
  const problems: NetworkProblem[] = [];
  for (const platform of platforms) {
    const rule = NETWORK_RULES[platform];
    if (length === 0 && draft.media.length === 0) {
      problems.push({ platform, kind: 'empty' });
    } else if (length > rule.textLimit) {
      problems.push({ platform, kind: 'tooLong', amount: length - rule.textLimit });
    } else if (rule.needsMedia && draft.media.length === 0) {
      problems.push({ platform, kind: 'needsMedia' });
    } else if (draft.media.length > rule.maxMedia) {
      problems.push({ platform, kind: 'tooManyMedia', amount: rule.maxMedia });
    } else if (rule.requiredOptions) {
      problems.push({ platform, kind: 'needsOptions' });
    }
  }
  return problems;
}
