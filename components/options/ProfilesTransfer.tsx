import { useSignal } from '@preact/signals';
import { describeError } from '@/utils/ayrshare/describe';
import { FailureError } from '@/utils/ayrshare/failure';
import { importPreview, type ImportPreview } from '@/utils/profiles/import-preview';
import { parseProfileFile, profileFileText, profilesOfFile, type ImportedProfile } from '@/utils/profiles/profile-file';
import { formatList } from '@/utils/format';
import { t, tn } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { profilesExport, profilesImport, profilesMatch } from '@/utils/messaging/protocol';
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

/** What an import will add, change and leave alone, shown before anything changes. */
function PreviewList({ preview }: { preview: ImportPreview }) {
  const lines = [
    preview.added.length > 0 && t('importAdded', formatList(preview.added)),
    preview.changed.length > 0 && t('importChanged', formatList(preview.changed.map((c) => (c.was ? t('importRenamed', [c.was, c.name]) : c.name)))),
    preview.unchanged.length > 0 && t('importUnchanged', formatList(preview.unchanged)),
    preview.merged > 0 && t('importMerged', preview.merged),
  ].filter((line): line is string => Boolean(line));
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * The profile list as one JSON file, out and in. The file holds keys: exporting asks first, and an
 * import shows what it will add, change and leave alone before it changes anything.
 */
export function ProfilesTransfer({ view, onChanged }: { view: SettingsView; onChanged(view: SettingsView): void }) {
  const confirming = useSignal(false);
  const status = useSignal<{ error: boolean; text: string } | undefined>(undefined);
  const importing = useSignal<{ profiles: ImportedProfile[]; preview: ImportPreview } | undefined>(undefined);

  async function exportFile() {
    confirming.value = false;
    try {
      download(profileFileText((await send(profilesExport, {})).profiles));
      status.value = { error: false, text: t('profilesExported') };
    } catch (e) {
      status.value = { error: true, text: describeError(e) };
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new FailureError({ kind: 'importWrongFormat' });
      const entries = parseProfileFile(await file.text());
      const profiles = profilesOfFile(entries);
      const { ids } = await send(profilesMatch, { keys: profiles.map((p) => p.profileKey) });
      importing.value = { profiles, preview: importPreview(profiles, entries.length, ids, view.profiles) };
      status.value = undefined;
    } catch (e) {
      status.value = { error: true, text: describeError(e) };
    }
  }

  async function confirmImport() {
    const { profiles } = importing.value!;
    importing.value = undefined;
    try {
      onChanged(await send(profilesImport, { profiles }));
      status.value = { error: false, text: tn('profilesImported', profiles.length) };
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
      {importing.value && (
        <ConfirmDialog
          title={t('importPreviewTitle')}
          onConfirm={() => void confirmImport()}
          onCancel={() => {
            importing.value = undefined;
            status.value = { error: false, text: t('importCancelled') };
          }}
        >
          <PreviewList preview={importing.value.preview} />
        </ConfirmDialog>
      )}
      {confirming.value && (
        <ConfirmDialog title={t('profilesExportTitle')} onConfirm={() => void exportFile()} onCancel={() => (confirming.value = false)}>
          <p>{t('profilesExportWarning')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
