import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeError } from '@/utils/ayrshare/describe';
import { liveNetworks } from '@/utils/history/actions';
import type { HistoryApi } from '@/utils/history/api';
import type { HistoryEntry } from '@/utils/history/entry';
import { METRICS, type NetworkAnalytics } from '@/utils/history/metrics';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';

const format = new Intl.NumberFormat();

/** Likes, comments, shares and impressions of a post on each network it is live on (POST /analytics/post). */
export function PostAnalytics({ entry, api }: { entry: HistoryEntry; api: HistoryApi }) {
  const rows = useSignal<NetworkAnalytics[] | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);

  useEffect(() => {
    // Only the live networks: one that has no post yet would fail the whole request.
    api.analytics(entry.id, liveNetworks(entry)).then(
      (result) => (rows.value = result),
      (e) => (error.value = describeError(e)),
    );
  }, [entry.id]);

  return (
    <section class="panel" aria-label={t('historyAnalytics')}>
      {rows.value === undefined && !error.value && <p role="status">{t('historyAnalyticsLoading')}</p>}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {rows.value && (
        <table class="analytics">
          <thead>
            <tr>
              <th scope="col">{t('historyAnalyticsNetwork')}</th>
              {METRICS.map((metric) => (
                <th key={metric} scope="col">
                  {t(`historyMetric_${metric}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.value.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{networkName(row.platform)}</th>
                {row.metrics ? (
                  METRICS.map((metric) => {
                    const value = row.metrics![metric];
                    return (
                      <td key={metric}>
                        {value === undefined ? <abbr title={t('historyMetricNone')} aria-label={t('historyMetricNone')}>—</abbr> : format.format(value)}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={METRICS.length}>{t('historyAnalyticsUnavailable', row.message ?? t('errorNoDetail'))}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
