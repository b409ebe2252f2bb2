import { formatNumber as number } from '../format';
import { t } from '../i18n';
import { networkName } from './names';
import type { NetworkProblem } from './types';

/** `tooManyLinks` → `problemTooManyLinks`; typed, so a kind without a message does not compile. */
const keyOf = <K extends string>(kind: K) => `problem${kind[0]!.toUpperCase()}${kind.slice(1)}` as `problem${Capitalize<K>}`;

/** A problem or warning in words, naming the network and what to change. */
export function problemText(problem: NetworkProblem): string {
  const name = networkName(problem.platform);
  switch (problem.kind) {
    case 'tooLong':
      return t(problem.platform === 'twitter' && problem.limit === 280 ? 'problemTooLongX' : 'problemTooLong', [
        name,
        number(problem.used - problem.limit),
      ]);
    case 'firstCommentTooLong':
      return t('problemFirstCommentTooLong', [name, number(problem.used - problem.limit)]);
    case 'needsOneVideo':
      return t(problem.format === 'reel' ? 'problemNeedsOneVideoReel' : problem.format === 'spotlight' ? 'problemNeedsOneVideoSpotlight' : 'problemNeedsOneVideo', name);
    case 'tooManyMedia':
      return problem.max === 1 ? t('problemOneMedia', name) : t('problemTooManyMedia', [name, problem.max]);
    case 'tooManyHashtags':
      return problem.max === 1 ? t('problemOneHashtag', name) : t('problemTooManyHashtags', [name, problem.max]);
    case 'tooManyMentions':
    case 'tooManyLinks':
    case 'manyHashtags':
    case 'truncated':
      return t(keyOf(problem.kind), [name, number(problem.max)]);
    case 'refusedExtension':
      return t('problemRefusedExtension', [name, problem.ext]);
    case 'missingOption':
    case 'invalidOption':
    case 'invalidUrl':
    case 'optionTooLong':
      return t(keyOf(problem.kind), [
        name,
        t(`optionField_${problem.field}`),
        'max' in problem ? number(problem.max) : '',
      ]);
    default:
      return t(keyOf(problem.kind), name);
  }
}
