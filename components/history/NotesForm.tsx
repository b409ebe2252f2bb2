import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import { SaveOrCancel } from '../common/SaveOrCancel';

interface Props {
  id: string;
  notes: string;
  busy: boolean;
  onSave(notes: string): void;
  onCancel(): void;
}

/** The post's notes, for the user and their team (sent as `notes` by PATCH /post). */
export function NotesForm({ id, notes, busy, onSave, onCancel }: Props) {
  const value = useSignal(notes);
  const inputId = `notes-${id}`;
  return (
    <form
      class="inline-form"
      aria-label={t('notesLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value.value);
      }}
    >
      <label for={inputId}>{t('notesLabel')}</label>
      <textarea id={inputId} rows={3} value={value.value} aria-describedby={`${inputId}-hint`} onInput={(event) => (value.value = event.currentTarget.value)} />
      <p id={`${inputId}-hint`} class="hint">
        {t('notesHint')}
      </p>
      <SaveOrCancel busy={busy} onCancel={onCancel} />
    </form>
  );
}
