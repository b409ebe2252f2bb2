import type { NetworkOutcome } from '@/utils/ayrshare/outcome';
import { describeFailure } from '@/utils/ayrshare/describe';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { OutboxEntry } from '@/utils/storage/outbox';
import './panel-styles';

function statusText(outcome: NetworkOutcome): string {
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
      return t('resultFailed', outcome.message ?? t('errorNoDetail'));
    case 'unreported':
      return t('resultNotReported');
  }
}

/**
 * After sending: per profile (when there are several), one line per network with a link to the
 * live post or the network's own error. One profile failing never hides another's success.
 */
export function SendResults({ entry, profileName }: { entry: OutboxEntry; profileName(id: string): string }) {
  const grouped = entry.targets.length > 1;
  return (
    <section class="results" aria-label={t('resultsLabel')}>
      {entry.targets.map((target) => (
        <section key={target.profileId} aria-label={grouped ? profileName(target.profileId) : undefined}>
          {grouped && <h2 class="result-profile">{profileName(target.profileId)}</h2>}
          {target.failure && (
            <p class="result failed" role="alert">
              {describeFailure(target.failure)}
            </p>
          )}
          <ul>
            {target.networks.map((outcome) => (
              <li key={outcome.platform} class={`result ${outcome.status}`}>
                <strong>{networkName(outcome.platform)}</strong> <span>{statusText(outcome)}</span>
                {outcome.postUrl && (
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
        </section>
      ))}
    </section>
  );
}
