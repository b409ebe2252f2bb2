import { useSignal } from '@preact/signals';
import type { Composer } from '@/utils/composer/model';
import { t, tn } from '@/utils/i18n';
import { lazy } from '../common/lazy';
import { ScheduleField } from './ScheduleField';

const FailureText = lazy(() => import('../common/FailureText').then((m) => m.FailureText));

/**
 * Add to queue: the post takes the next free slot of a posting schedule (Ayrshare's
 * auto-schedule). With several schedules shared by the chosen profiles, the one to use is chosen
 * beside it, and the button names it. Why it cannot be used (no schedule, the plan) is said when
 * it is pressed.
 */
function QueueButton({ model, disabled }: { model: Composer; disabled: boolean }) {
  const chosen = useSignal<string | undefined>(undefined);
  const queue = model.queue.value;
  const titles = queue && 'titles' in queue ? queue.titles : [];
  const title = chosen.value && titles.includes(chosen.value) ? chosen.value : titles[0];
  return (
    <>
      {titles.length > 1 && (
        <select class="queue-choice" aria-label={t('queueChoice')} value={title} onChange={(event) => (chosen.value = event.currentTarget.value)}>
          {titles.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      )}
      <button type="button" class="queue-button" disabled={disabled} onClick={() => void model.addToQueue(title)}>
        {titles.length > 1 ? t('queueButtonTitled', title!) : t('queueButton')}
      </button>
    </>
  );
}

/**
 * Fixed at the bottom of the popup, whatever the draft's length: when to publish, how many
 * networks the post goes to, then Add to queue and Post (Schedule once a time is set). What stops
 * a send is said here too, beside the button that was pressed.
 */
export function ActionBar({ model }: { model: Composer }) {
  const { scheduleAt } = model.draft.value;
  const count = model.selected.value.length;
  const label = model.sending.value ? t('posting') : scheduleAt ? t('scheduleButton') : t('postButton');
  const off = model.sending.value || !model.sendsKnown.value || !model.apiKeySet.value;
  return (
    <div class="action-bar">
      {model.sendError.value && (
        <p class="error" role="alert">
          <FailureText failure={model.sendError.value} />
        </p>
      )}
      <div class="action-row">
        <ScheduleField value={scheduleAt} onChange={model.schedule} />
        <span class="chosen-count">{tn('networksChosen', count)}</span>
      </div>
      <div class="action-row buttons">
        {model.apiKeySet.value && <QueueButton model={model} disabled={off} />}
        <button type="submit" class="primary" disabled={off}>
          {label}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </div>
  );
}
