import { useSignal } from '@preact/signals';
import { describeError } from '@/utils/ayrshare/describe';
import { PLATFORMS, type Platform } from '@/utils/ayrshare/platforms';
import { ENTRY_STATUSES, type EntryStatus } from '@/utils/history/entry';
import type { HistoryModel } from '@/utils/history/model';
import { formatNumber } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** Which profile, which posts (status, network), and the actions on the whole list. */
export function HistoryControls({ model }: { model: HistoryModel }) {
  const confirming = useSignal(false);
  const said = useSignal<{ text: string; failed: boolean } | undefined>(undefined);
  const profiles = model.config.value.profiles;
  const profile = profiles.find((p) => p.id === model.profileId.value);
  const filters = model.filters.value;

  async function deleteAllScheduled() {
    confirming.value = false;
    try {
      const deleted = await model.api.value.removeAllScheduled();
      said.value = { text: deleted === undefined ? t('historyDeletedAllDone') : t('historyDeletedAll', formatNumber(deleted)), failed: false };
    } catch (error) {
      said.value = { text: describeError(error), failed: true };
    }
    await model.load();
  }

  return (
    <>
      <div class="history-controls">
        {profiles.length > 1 && (
          <div class="field">
            <label for="history-profile">{t('profileLabel')}</label>
            <select id="history-profile" onChange={(event) => model.chooseProfile(event.currentTarget.value)}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id} selected={p.id === model.profileId.value}>
                  {profileLabel(p)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="history-status">{t('historyStatusFilter')}</label>
          <select
            id="history-status"
            onChange={(event) => model.chooseFilters({ ...filters, status: (event.currentTarget.value || undefined) as EntryStatus | undefined })}
          >
            <option value="">{t('historyAllStatuses')}</option>
            {ENTRY_STATUSES.map((status) => (
              <option key={status} value={status} selected={filters.status === status}>
                {t(`historyStatus_${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="history-network">{t('historyNetworkFilter')}</label>
          <select
            id="history-network"
            onChange={(event) => model.chooseFilters({ ...filters, network: (event.currentTarget.value || undefined) as Platform | undefined })}
          >
            <option value="">{t('historyAllNetworks')}</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform} selected={filters.network === platform}>
                {networkName(platform)}
              </option>
            ))}
          </select>
        </div>
        <div class="buttons">
          <button type="button" disabled={model.loading.value} onClick={() => void model.load()}>
            {t('historyRefresh')}
          </button>
          <button type="button" onClick={() => ((confirming.value = true), (said.value = undefined))}>
            {t('historyDeleteAllScheduled')}
          </button>
        </div>
      </div>
      {said.value && (
        <p class={said.value.failed ? 'error' : undefined} role={said.value.failed ? 'alert' : 'status'}>
          {said.value.text}
        </p>
      )}
      {confirming.value && (
        <ConfirmDialog title={t('historyDeleteAllTitle')} onConfirm={() => void deleteAllScheduled()} onCancel={() => (confirming.value = false)}>
          <p>{t('historyDeleteAllBody', profile ? profileLabel(profile) : '')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
