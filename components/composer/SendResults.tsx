import type { NetworkOutcome } from '@/utils/ayrshare/outcome';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { describeTarget } from '@/utils/outbox/describe';
import { canCancel } from '@/utils/outbox/states';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';
import './panel-styles';

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

/**
 * After sending: per profile (when there are several), where its copy stands until Ayrshare
 * answers (sending, waiting for a retry, refused), then one line per network with a link to the
 * live post or the network's own error. One profile failing never hides another's success.
 */
export function SendResults({
  entry,
  profileName,
  onCancel,
}: {
  entry: OutboxEntry;
  profileName(id: string): string;
  onCancel?: () => void;
}) {
  const grouped = entry.targets.length > 1;
  return (
    <section class="results" aria-label={t('resultsLabel')}>
      {entry.targets.map((target) => {
        const status = describeTarget(target);
        return (
          <section key={target.profileId} aria-label={grouped ? profileName(target.profileId) : undefined}>
            {grouped && <h2 class="result-profile">{profileName(target.profileId)}</h2>}
            {status && (
              <p class={`result ${target.state}`} role={target.state === 'failed' ? 'alert' : 'status'}>
                {status}
              </p>
            )}
            <NetworkResults target={target} />
          </section>
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
