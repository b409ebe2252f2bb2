import { t } from '@/utils/i18n';

interface Props {
  /** While the save is under way a second click would send it twice. */
  busy?: boolean;
  onCancel(): void;
}

/** The Save and Cancel buttons that end every small form; Save submits the form. */
export function SaveOrCancel({ busy = false, onCancel }: Props) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={busy}>
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
