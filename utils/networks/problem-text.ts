import { t } from '../i18n';
import type { NetworkProblem } from './check';
import { networkName } from './names';

/** A problem in words, naming the network and what to change. */
export function problemText(problem: NetworkProblem): string {
  const name = networkName(problem.platform);
  switch (problem.kind) {
    case 'empty':
      return t('problemEmpty');
    case 'tooLong':
      return t('problemTooLong', [name, problem.amount ?? 0]);
    case 'needsMedia':
      return t('problemNeedsMedia', name);
    case 'tooManyMedia':
      return t('problemTooManyMedia', [name, problem.amount ?? 0]);
    case 'needsOptions':
      return problem.platform === 'reddit' ? t('problemRedditOptions') : t('problemYoutubeOptions');
  }
}
