import { useSignal } from '@preact/signals';
import { describeError } from '@/utils/ayrshare/describe';
import { FailureError } from '@/utils/ayrshare/failure';
import { parseProfileFile } from '@/utils/profiles/profile-file';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { profilesExport, profilesImport } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** Larger files are not a profile export; reading them would only stall the page. */
const MAX_IMPORT_BYTES = 1_000_000;

function download(json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'sharebeam-profiles.json';
  link.click();
  URL.revokeObjectURL(url);
}

/** The profile list as one JSON file, out and in. The file holds keys: exporting asks first. */
export function ProfilesTransfer({ onChanged }: { onChanged(view: SettingsView): void }) {
  const confirming = useSignal(false);
  const status = useSignal<{ error: boolean; text: string } | undefined>(undefined);

  async function exportFile() {
    confirming.value = false;
    try {
      download((await send(profilesExport, {})).json);
      status.value = { error: false, text: t('profilesExported') };
    } catch (e) {
      status.value = { error: true, text: describeError(e) };
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new FailureError({ kind: 'importWrongFormat' });
      const profiles = parseProfileFile(await file.text());
      onChanged(await send(profilesImport, { profiles }));
      status.value = { error: false, text: t('profilesImported', profiles.length) };
    } catch (e) {
      status.value = { error: true, text: describeError(e) };
    }
  }

  return (
    <div class="transfer">
      <h3>{t('profilesTransferHeading')}</h3>
      <div class="actions">
        <button type="button" onClick={() => (confirming.value = true)}>
          {t('profilesExport')}
        </button>
        <label class="button">
          {t('profilesImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => {
              void importFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div role="status" class={status.value?.error ? 'status error' : 'status'}>
        {status.value?.text}
      </div>
      {confirming.value && (
        <ConfirmDialog title={t('profilesExportTitle')} onConfirm={() => void exportFile()} onCancel={() => (confirming.value = false)}>
          <p>{t('profilesExportWarning')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
