import { describeFailure } from '../ayrshare/describe';
import { timeOfDay } from '../format';
import { t } from '../i18n';
import type { OutboxTarget } from '../storage/outbox';
import { isLookedFor, mayHaveArrived } from './states';

/**
 * Where a profile's copy of a send stands, in words; undefined once Ayrshare answered (the
 * per-network results say the rest).
 */
export function describeTarget(target: OutboxTarget): string | undefined {
  const failure = target.failure;
  const host = failure?.host ?? 'Ayrshare';
  switch (target.state) {
    case 'queued':
      return t('outboxQueued');
    case 'sending':
      return t('outboxSending');
    case 'waiting': {
      const at = timeOfDay(target.retryAt ?? 0);
      if (failure?.kind === 'offline') return t('outboxWaitingNetwork');
      if (failure?.kind === 'rateLimited') return t('outboxWaitingRateLimit', at);
      if (failure?.kind === 'server') return t('outboxWaitingServer', [failure.status ?? 500, at]);
      if (failure?.kind === 'unreachable') return t('outboxWaitingUnreachable', [host, at]);
      return t('outboxWaitingCheck', [host, at]);
    }
    case 'cancelled':
      return mayHaveArrived(failure) ? t('outboxCancelledMaybeSent', host) : t('outboxCancelled');
    case 'failed':
      return describeFailure(failure ?? { kind: 'unexpected' });
    case 'unknown':
      // Never "failed": the post may be live (see outbox/states.ts). While it is looked for, say so.
      return t(isLookedFor(target) ? 'outboxUnknown' : 'outboxUnknownAsk', host);
    case 'done':
      return undefined;
  }
}
