import { localTimeZone, toLocalInput } from '@/utils/composer/schedule';
import { t } from '@/utils/i18n';

/** When to publish, in the user's own time zone (said once a time is set); empty publishes now. */
export function ScheduleField({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <div class="schedule">
      <label for="schedule-at">{t('scheduleLabel')}</label>
      <input
        id="schedule-at"
        type="datetime-local"
        value={value}
        min={toLocalInput(Date.now())}
        aria-describedby={value ? 'schedule-zone' : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      {value && (
        <>
          <button type="button" class="link" onClick={() => onChange('')}>
            {t('scheduleClear')}
          </button>
          <p id="schedule-zone" class="hint">
            {t('scheduleZone', localTimeZone())}
          </p>
        </>
      )}
    </div>
  );
}
