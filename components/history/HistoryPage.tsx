import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeFailure } from '@/utils/ayrshare/describe';
import { formatDateTime } from '@/utils/format';
import type { HistoryModel } from '@/utils/history/model';
import { hasFilters } from '@/utils/history/query';
import { t } from '@/utils/i18n';
import { HistoryControls } from './HistoryControls';
import { HistoryItem } from './HistoryItem';

/** Where the list stands: loading, showing saved posts while it refreshes, or empty. */
function ListStatus({ model }: { model: HistoryModel }) {
  const cachedAt = model.cachedAt.value;
  let text = '';
  if (model.loading.value) text = cachedAt !== undefined ? t('historyShowingSaved', formatDateTime(cachedAt)) : t('historyLoading');
  else if (model.entries.value.length === 0 && !model.listFailure.value) text = hasFilters(model.filters.value) ? t('historyEmptyFiltered') : t('historyEmpty');
  return (
    <p class="hint" role="status">
      {text}
    </p>
  );
}

/**
 * The posts of a profile, newest first, with what can still be done to each. A page of its own
 * (not the popup) so it stays open while the user works and has room for details.
 */
export function HistoryPage({ model }: { model: HistoryModel }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let closed = false;
    void model.start().then((stopWatching) => (closed ? stopWatching() : (stop = stopWatching)));
    // Coming back to the tab shows what changed meanwhile (a scheduled post went out).
    const onVisible = () => document.visibilityState === 'visible' && model.config.value.apiKeySet && void model.load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      closed = true;
      stop?.();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  const failure = model.listFailure.value;
  return (
    <main class="history">
      <header class="history-header">
        <h1>{t('historyTitle')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {model.ready.value && !model.config.value.apiKeySet ? (
        <div class="notice">
          <p>{t('setupNoKey')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('setupOpenOptions')}
          </button>
        </div>
      ) : (
        <>
          <HistoryControls model={model} />
          {failure && (
            <p class="error" role="alert">
              {describeFailure(failure)}
            </p>
          )}
          <ListStatus model={model} />
          <ul class="entries" aria-label={t('historyPostsLabel')}>
            {model.entries.value.map((entry) => (
              <HistoryItem key={entry.id} entry={entry} model={model} sentHere={model.sentHere.value.has(entry.id)} />
            ))}
          </ul>
          {model.more.value && (
            <div class="more">
              <button type="button" disabled={model.loadingMore.value} onClick={() => void model.loadMore()}>
                {t('historyLoadMore')}
              </button>
            </div>
          )}
        </>
      )}
    </main>
  );
}
