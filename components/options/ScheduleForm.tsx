import { useSignal } from '@preact/signals';
import { formatClock, weekdayName } from '@/utils/format';
import { t } from '@/utils/i18n';
import { utcTimeOf, type ScheduleForm as Form, type ScheduleProblem } from '@/utils/queue/schedule-time';
import { SaveOrCancel } from '../common/SaveOrCancel';

/** Monday first, as most calendars show a week; Ayrshare numbers days from Sunday = 0. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  /** The schedule being changed, in local time; a new one starts with one time, every day. */
  initial?: Form;
  busy: boolean;
  problem?: ScheduleProblem;
  error?: string;
  onSave(form: Form): void;
  onCancel(): void;
}

/**
 * A posting schedule in the user's own time: its name, its times of day (each shown with the UTC
 * time Ayrshare keeps), the days it posts on and the dates it skips.
 */
export function ScheduleForm({ initial, busy, problem, error, onSave, onCancel }: Props) {
  const id = `schedule-${initial ? 'edit' : 'new'}`;
  const title = useSignal(initial?.title ?? '');
  const times = useSignal<string[]>(initial?.times ?? ['09:00']);
  const days = useSignal<number[]>(initial?.days ?? WEEK);
  const excludeDates = useSignal<string[]>(initial?.excludeDates ?? []);
  const nextDate = useSignal('');
  const today = new Date();

  const setTime = (index: number, value: string) => (times.value = times.value.map((time, i) => (i === index ? value : time)));
  const toggleDay = (day: number, on: boolean) => (days.value = on ? [...days.value, day] : days.value.filter((d) => d !== day));
  const problemText = problem && t(`scheduleProblem_${problem}`);

  return (
    <form
      class="schedule-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ title: title.value, times: times.value, days: days.value, excludeDates: excludeDates.value });
      }}
    >
      <div class="field">
        <label for={`${id}-title`}>{t('scheduleTitleLabel')}</label>
        <input id={`${id}-title`} type="text" maxLength={100} value={title.value} aria-describedby={`${id}-title-hint`} onInput={(e) => (title.value = e.currentTarget.value)} />
        <p id={`${id}-title-hint`} class="hint">
          {t('scheduleTitleHint')}
        </p>
      </div>
      <fieldset class="checklist schedule-times">
        <legend>{t('scheduleTimesLegend')}</legend>
        {times.value.map((time, index) => {
          const utc = utcTimeOf(time, today);
          return (
            <div key={index} class="schedule-time">
              <label for={`${id}-time-${index}`}>{t('scheduleTimeLabel', index + 1)}</label>
              <input id={`${id}-time-${index}`} type="time" value={time} aria-describedby={`${id}-time-${index}-utc`} onInput={(e) => setTime(index, e.currentTarget.value)} />
              <span id={`${id}-time-${index}-utc`} class="hint">
                {utc ? t('scheduleTimeUtc', formatClock(utc.time.replace(/Z$/, ''))) : ''}
              </span>
              {times.value.length > 1 && (
                <button type="button" class="link" aria-label={t('scheduleTimeRemove', index + 1)} onClick={() => (times.value = times.value.filter((_, i) => i !== index))}>
                  {t('remove')}
                </button>
              )}
            </div>
          );
        })}
        <button type="button" onClick={() => (times.value = [...times.value, ''])}>
          {t('scheduleTimeAdd')}
        </button>
      </fieldset>
      <fieldset class="checklist">
        <legend>{t('scheduleDaysLegend')}</legend>
        {WEEK.map((day) => (
          <label key={day}>
            <input type="checkbox" checked={days.value.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
            {weekdayName(day)}
          </label>
        ))}
      </fieldset>
      <fieldset class="checklist schedule-dates">
        <legend>{t('scheduleDatesLegend')}</legend>
        {excludeDates.value.length > 0 && (
          <ul aria-label={t('scheduleDatesLegend')}>
            {excludeDates.value.map((date) => (
              <li key={date}>
                {date}{' '}
                <button type="button" class="link" aria-label={t('scheduleDateRemove', date)} onClick={() => (excludeDates.value = excludeDates.value.filter((d) => d !== date))}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="schedule-date">
          <label for={`${id}-date`}>{t('scheduleDateLabel')}</label>
          <input id={`${id}-date`} type="date" value={nextDate.value} onInput={(e) => (nextDate.value = e.currentTarget.value)} />
          <button
            type="button"
            disabled={!nextDate.value}
            onClick={() => {
              excludeDates.value = [...new Set([...excludeDates.value, nextDate.value])].sort();
              nextDate.value = '';
            }}
          >
            {t('scheduleDateAdd')}
          </button>
        </div>
      </fieldset>
      {(problemText || error) && (
        <p class="error" role="alert">
          {problemText ?? error}
        </p>
      )}
      <SaveOrCancel busy={busy} onCancel={onCancel} />
    </form>
  );
}
