import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeFailure } from '@/utils/ayrshare/describe';
import { localTimeZone } from '@/utils/composer/schedule';
import { formatClock, formatDate, formatDateTime, formatList, weekdayName } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { profileLabel } from '@/utils/profiles/label';
import { localTimeOf, scheduleBody, scheduleForm, type ScheduleForm as Form, type ScheduleProblem } from '@/utils/queue/schedule-time';
import { refreshSchedules, removeSchedule, saveSchedule } from '@/utils/queue/schedules';
import type { QueueSchedule, ScheduleSnapshot } from '@/utils/storage/schedules';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAction } from '../common/use-action';
import { ScheduleForm } from './ScheduleForm';

const WEEK = [1, 2, 3, 4, 5, 6, 0];
const dateOf = (day: string) => formatDate(Date.parse(`${day}T12:00:00`));

/** One schedule, in local time: its times (each with the UTC time Ayrshare keeps), days, the dates it skips and its latest slot. */
function ScheduleCard({ schedule, onEdit, onRemove }: { schedule: QueueSchedule; onEdit(): void; onRemove(): void }) {
  const today = new Date();
  const form = scheduleForm(schedule, today);
  const everyDay = form.days.length === 7;
  const next = schedule.lastScheduleDate;
  const times = schedule.times
    .flatMap((utc) => {
      const local = localTimeOf(utc, today);
      return local ? [[local.time, utc.slice(0, 5)]] : [];
    })
    .sort(([a], [b]) => a!.localeCompare(b!))
    .map(([local, utc]) => `${formatClock(local!)} (${t('scheduleTimeUtc', formatClock(utc!))})`);
  return (
    <li class="schedule card" aria-label={form.title}>
      <h3>{form.title}</h3>
      <dl>
        <dt>{t('scheduleTimesLegend')}</dt>
        <dd>{formatList(times)}</dd>
        <dt>{t('scheduleDaysLegend')}</dt>
        <dd>{everyDay ? t('scheduleEveryDay') : formatList(WEEK.filter((d) => form.days.includes(d)).map(weekdayName))}</dd>
        {form.excludeDates.length > 0 && (
          <>
            <dt>{t('scheduleDatesLegend')}</dt>
            <dd>{formatList(form.excludeDates.map(dateOf))}</dd>
          </>
        )}
        {next !== undefined && (
          <>
            <dt>{t('scheduleLastSlot')}</dt>
            <dd>{formatDateTime(next)}</dd>
          </>
        )}
      </dl>
      <div class="actions">
        <button type="button" onClick={onEdit}>
          {t('edit')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/**
 * Posting schedules, per profile: what Add to queue in the composer fills (Ayrshare's
 * auto-schedule). Listed from Ayrshare (GET /auto-schedule/list), saved (POST
 * /auto-schedule/set) and removed (DELETE /auto-schedule/delete) as they are changed here.
 */
export function SchedulesSection({ view }: { view: SettingsView }) {
  const profileId = useSignal(view.profiles[0]?.id ?? '');
  const snapshot = useSignal<ScheduleSnapshot | undefined>(undefined);
  /** The title of the schedule being edited, "" for a new one. */
  const editing = useSignal<string | undefined>(undefined);
  const removing = useSignal<string | undefined>(undefined);
  const problem = useSignal<ScheduleProblem | undefined>(undefined);
  const load = useAction(async () => void (snapshot.value = (await refreshSchedules([profileId.value]))[0]), [profileId.value]);
  const change = useAction<string>();
  const today = new Date();
  const schedules = snapshot.value?.value ?? [];
  const failure = snapshot.value?.failure;

  useEffect(() => {
    if (!view.profiles.some((p) => p.id === profileId.value)) profileId.value = view.profiles[0]?.id ?? '';
  }, [view.profiles]);

  async function save(form: Form) {
    problem.value = undefined;
    const made = scheduleBody(form, new Date());
    if ('problem' in made) {
      problem.value = made.problem;
      return;
    }
    const renamed = editing.value && editing.value !== made.body.title ? editing.value : undefined;
    const ok = await change.run(async () => {
      await saveSchedule(profileId.value, made.body);
      if (renamed) await removeSchedule(profileId.value, renamed);
      snapshot.value = (await refreshSchedules([profileId.value]))[0];
      return t('scheduleSaved', made.body.title);
    });
    if (ok) editing.value = undefined;
  }

  function remove(title: string) {
    removing.value = undefined;
    void change.run(async () => {
      await removeSchedule(profileId.value, title);
      snapshot.value = (await refreshSchedules([profileId.value]))[0];
      return t('scheduleRemoved', title);
    });
  }

  const initial = editing.value ? schedules.find((s) => s.title === editing.value) : undefined;
  return (
    <section class="card" aria-labelledby="schedules-heading">
      <h2 id="schedules-heading">{t('schedulesSection')}</h2>
      <p class="hint">{t('schedulesHelp', localTimeZone())}</p>
      {view.profiles.length > 1 && (
        <div class="field">
          <label for="schedules-profile">{t('profileLabel')}</label>
          <select
            id="schedules-profile"
            value={profileId.value}
            onChange={(e) => {
              profileId.value = e.currentTarget.value;
              editing.value = undefined;
              change.clear();
            }}
          >
            {view.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {profileLabel(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      {load.busy && !snapshot.value && <p role="status">{t('schedulesLoading')}</p>}
      {load.error && (
        <p class="error" role="alert">
          {load.error}
        </p>
      )}
      {failure && (
        <p class={failure.kind === 'queueNeedsPlan' ? 'notice' : 'error'} role={failure.kind === 'queueNeedsPlan' ? 'status' : 'alert'}>
          {describeFailure(failure)}
        </p>
      )}
      {snapshot.value?.value && schedules.length === 0 && <p class="hint">{t('schedulesNone')}</p>}
      {schedules.length > 0 && (
        <ul class="schedules" aria-label={t('schedulesSection')}>
          {schedules.map((schedule) =>
            editing.value === schedule.title ? null : (
              <ScheduleCard
                key={schedule.title}
                schedule={schedule}
                onEdit={() => {
                  problem.value = undefined;
                  change.clear();
                  editing.value = schedule.title;
                }}
                onRemove={() => (removing.value = schedule.title)}
              />
            ),
          )}
        </ul>
      )}
      {editing.value !== undefined ? (
        <div class="schedule card" role="group" aria-label={editing.value ? t('scheduleEdit', editing.value) : t('scheduleAdd')}>
          <h3>{editing.value ? t('scheduleEdit', editing.value) : t('scheduleAdd')}</h3>
          <ScheduleForm
            key={editing.value || 'new'}
            initial={initial && scheduleForm(initial, today)}
            busy={change.busy}
            problem={problem.value}
            error={change.error}
            onSave={(form) => void save(form)}
            onCancel={() => {
              editing.value = undefined;
              problem.value = undefined;
              change.clear();
            }}
          />
        </div>
      ) : (
        failure?.kind !== 'queueNeedsPlan' && (
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                problem.value = undefined;
                change.clear();
                editing.value = '';
              }}
            >
              {t('scheduleAdd')}
            </button>
          </div>
        )
      )}
      <div role="status" class={change.error && editing.value === undefined ? 'status error' : 'status'}>
        {change.busy ? t('saving') : editing.value === undefined ? (change.error ?? change.value) : ''}
      </div>
      {removing.value && (
        <ConfirmDialog title={t('scheduleRemoveTitle', removing.value)} onConfirm={() => remove(removing.value!)} onCancel={() => (removing.value = undefined)}>
          <p>{t('scheduleRemoveBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
