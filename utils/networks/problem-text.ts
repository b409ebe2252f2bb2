import { t, tn } from '../i18n';
import { networkName } from './names';
import type { NetworkProblem } from './types';

/** `tooManyLinks` → `problemTooManyLinks`; typed, so a kind without a message does not compile. */
const keyOf = <K extends string>(kind: K) => `problem${kind[0]!.toUpperCase()}${kind.slice(1)}` as `problem${Capitalize<K>}`;

/** A problem or warning in words, naming the network and what to change. */
export function problemText(problem: NetworkProblem): string {
  const name = networkName(problem.platform);
  switch (problem.kind) {
    case 'tooLong':
      return tn(problem.platform === 'twitter' && problem.limit === 280 ? 'problemTooLongX' : 'problemTooLong', problem.used - problem.limit, [
        name,
        problem.used - problem.limit,
      ]);
    case 'firstCommentTooLong':
      return tn('problemFirstCommentTooLong', problem.used - problem.limit, [name, problem.used - problem.limit]);
    case 'needsOneVideo':
      return t(problem.format === 'reel' ? 'problemNeedsOneVideoReel' : problem.format === 'spotlight' ? 'problemNeedsOneVideoSpotlight' : 'problemNeedsOneVideo', name);
    case 'tooManyMedia':
    case 'tooManyHashtags':
    case 'tooManyMentions':
    case 'tooManyLinks':
    case 'manyHashtags':
    case 'truncated':
      return tn(keyOf(problem.kind), problem.max, [name, problem.max]);
    case 'refusedExtension':
      return t('problemRefusedExtension', [name, problem.ext]);
    case 'missingOption':
    case 'invalidOption':
    case 'invalidUrl':
      return t(keyOf(problem.kind), [name, t(`optionField_${problem.field}`)]);
    case 'optionTooLong':
      return tn('problemOptionTooLong', problem.max, [name, t(`optionField_${problem.field}`), problem.max]);
    default:
      return t(keyOf(problem.kind), name);
  }
}
