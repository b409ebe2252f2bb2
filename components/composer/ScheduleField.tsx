import { localTimeZone, toLocalInput } from '@/utils/composer/schedule';
import { t } from '@/utils/i18n';

/** When to publish, in the user's own time zone; empty publishes now. */
export function ScheduleField({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <div class="field schedule">
      <label for="schedule-at">{t('scheduleLabel')}</label>
      <div class="row">
        <input
          id="schedule-at"
          type="datetime-local"
          value={value}
          min={toLocalInput(Date.now())}
          aria-describedby="schedule-zone"
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        {value && (
          <button type="button" onClick={() => onChange('')}>
            {t('scheduleClear')}
          </button>
        )}
      </div>
      <p id="schedule-zone" class="hint">
        {t('scheduleZone', localTimeZone())}
      </p>
    </div>
  );
}
