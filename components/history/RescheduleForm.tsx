import { useSignal } from '@preact/signals';
import { localTimeZone, scheduleDateUtc, toLocalInput } from '@/utils/composer/schedule';
import { t } from '@/utils/i18n';
import { SaveOrCancel } from '../common/SaveOrCancel';

interface Props {
  id: string;
  scheduledAt?: number;
  busy: boolean;
  /** Called with the new time as Ayrshare takes it: the UTC instant, YYYY-MM-DDThh:mm:ssZ. */
  onSave(scheduleDate: string): void;
  onCancel(): void;
}

/** A new local date and time for a scheduled post (sent as `scheduleDate` by PATCH /post). */
export function RescheduleForm({ id, scheduledAt, busy, onSave, onCancel }: Props) {
  const value = useSignal(scheduledAt !== undefined ? toLocalInput(scheduledAt) : '');
  const problem = useSignal<string | undefined>(undefined);
  const inputId = `reschedule-${id}`;
  return (
    <form
      class="inline-form"
      aria-label={t('historyReschedule')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const utc = scheduleDateUtc(value.value);
        problem.value = !utc ? t('historyRescheduleMissing') : Date.parse(utc) <= Date.now() ? t('historyReschedulePast') : undefined;
        if (utc && !problem.value) onSave(utc);
      }}
    >
      <label for={inputId}>{t('historyRescheduleLabel')}</label>
      <input
        id={inputId}
        type="datetime-local"
        value={value.value}
        min={toLocalInput(Date.now())}
        aria-describedby={`${inputId}-zone`}
        onInput={(event) => (value.value = event.currentTarget.value)}
      />
      <p id={`${inputId}-zone`} class="hint">
        {t('scheduleZone', localTimeZone())}
      </p>
      {problem.value && (
        <p class="error" role="alert">
          {problem.value}
        </p>
      )}
      <SaveOrCancel busy={busy} onCancel={onCancel} />
    </form>
  );
}
