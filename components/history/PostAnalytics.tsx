import { liveNetworks } from '@/utils/history/actions';
import type { HistoryApi } from '@/utils/history/api';
import type { HistoryEntry } from '@/utils/history/entry';
import { METRICS, type NetworkAnalytics } from '@/utils/history/metrics';
import { formatNumber } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { Followers } from '@/utils/storage/reach';
import { useAction } from '../common/use-action';

/**
 * Likes, comments, shares and impressions of a post on each network it is live on (POST
 * /analytics/post), next to the followers of the account it went to (POST /analytics/social).
 */
export function PostAnalytics({ entry, api }: { entry: HistoryEntry; api: HistoryApi }) {
  // Only the live networks: one that has no post yet would fail the whole request.
  const analytics = useAction<NetworkAnalytics[]>(() => api.analytics(entry.id, liveNetworks(entry)), [entry.id]);
  const accounts = useAction<Followers[]>(() => api.followers(liveNetworks(entry)), [entry.id]);
  const rows = analytics.value;
  const followersOf = (row: NetworkAnalytics) => accounts.value?.find((f) => f.platform === row.platform)?.followers;

  return (
    <section class="panel" aria-label={t('historyAnalytics')}>
      {analytics.busy && <p role="status">{t('historyAnalyticsLoading')}</p>}
      {analytics.error && (
        <p class="error" role="alert">
          {analytics.error}
        </p>
      )}
      {rows && (
        <table class="analytics">
          <thead>
            <tr>
              <th scope="col">{t('historyAnalyticsNetwork')}</th>
              {METRICS.map((metric) => (
                <th key={metric} scope="col">
                  {t(`historyMetric_${metric}`)}
                </th>
              ))}
              <th scope="col">{t('historyMetric_followers')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{networkName(row.platform)}</th>
                {row.metrics ? (
                  METRICS.map((metric) => {
                    const value = row.metrics![metric];
                    return (
                      <td key={metric}>
                        {value === undefined ? <abbr title={t('historyMetricNone')} aria-label={t('historyMetricNone')}>—</abbr> : formatNumber(value)}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={METRICS.length}>{t('historyAnalyticsUnavailable', row.message ?? t('errorNoDetail'))}</td>
                )}
                <td>{followersOf(row) === undefined ? <abbr title={t('historyMetricNone')} aria-label={t('historyMetricNone')}>—</abbr> : formatNumber(followersOf(row)!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows && accounts.error && <p class="hint">{accounts.error}</p>}
    </section>
  );
}
