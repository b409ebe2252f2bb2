import type { NetworkOutcome } from '@/utils/ayrshare/outcome';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { OutboxTarget } from '@/utils/storage/outbox';
import './panel-styles';

/** What a network did with the post, in words. */
export function statusText(outcome: NetworkOutcome): string {
  switch (outcome.status) {
    case 'published':
      return t('resultPublished');
    case 'scheduled':
      return t('resultScheduled');
    case 'awaitingApproval':
      return t('resultAwaitingApproval');
    case 'pending':
      return t('resultPending');
    case 'failed':
      // Code 419 with no words: the worker did not send X, whose app keys are not saved (outbox/deliver.ts).
      return t('resultFailed', outcome.message ?? (outcome.code === 419 ? t('errorXCredentials') : t('errorNoDetail')));
    case 'unreported':
      return t('resultNotReported');
  }
}

/** One line per network of a profile's copy: what it did, with a link to the live post. */
export function NetworkResults({ target, links = true }: { target: OutboxTarget; links?: boolean }) {
  return (
    <ul>
      {target.networks.map((outcome) => (
        <li key={outcome.platform} class={`result ${outcome.status}`}>
          <strong>{networkName(outcome.platform)}</strong> <span>{statusText(outcome)}</span>
          {links && outcome.postUrl && (
            <>
              {' '}
              <a href={outcome.postUrl} target="_blank" rel="noopener noreferrer">
                {t('resultViewPost', networkName(outcome.platform))}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
