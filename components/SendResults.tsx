import type { NetworkOutcome } from '@/utils/ayrshare/outcome';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { describeTarget } from '@/utils/outbox/describe';
import { canCancel } from '@/utils/outbox/states';
import type { OutboxEntry } from '@/utils/storage/outbox';

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
      return t('resultFailed', outcome.message ?? t('errorNoDetail'));
    case 'unreported':
      return t('resultNotReported');
  }
}

/**
 * After sending: where each profile's copy stands until Ayrshare answers (sending, waiting for a
 * retry, refused), then one line per network with a link to the live post or the network's error.
 */
export function SendResults({ entry, onCancel }: { entry: OutboxEntry; onCancel?: () => void }) {
  return (
    <section class="results" aria-label={t('resultsLabel')}>
      {entry.targets.map((target) => {
        const status = describeTarget(target);
        return (
          <div key={target.profileId}>
            {status && (
              <p class={`result ${target.state}`} role={target.state === 'failed' ? 'alert' : 'status'}>
                {status}
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
          </div>
        );
      })}
      {onCancel && entry.targets.some(canCancel) && (
        <button type="button" onClick={onCancel}>
          {t('outboxCancel')}
        </button>
      )}
    </section>
  );
}
