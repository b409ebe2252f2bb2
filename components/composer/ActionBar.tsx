import type { Composer } from '@/utils/composer/model';
import { pluralForm } from '@/utils/format';
import { t } from '@/utils/i18n';
import { lazy } from '../common/lazy';
import { ScheduleField } from './ScheduleField';

const FailureText = lazy(() => import('../common/FailureText').then((m) => m.FailureText));

/**
 * Fixed at the bottom of the popup, whatever the draft's length: when to publish, how many
 * networks the post goes to, and Post (Schedule once a time is set). What stops a send is said
 * here too, beside the button that was pressed.
 */
export function ActionBar({ model }: { model: Composer }) {
  const { scheduleAt } = model.draft.value;
  const count = model.selected.value.length;
  const label = model.sending.value ? t('posting') : scheduleAt ? t('scheduleButton') : t('postButton');
  return (
    <div class="action-bar">
      {model.sendError.value && (
        <p class="error" role="alert">
          <FailureText failure={model.sendError.value} />
        </p>
      )}
      <div class="action-row">
        <ScheduleField value={scheduleAt} onChange={model.schedule} />
        <span class="chosen-count">{pluralForm(count) === 'one' ? t('networksChosen_one') : t('networksChosen_other', count)}</span>
        <button type="submit" class="primary" disabled={model.sending.value || !model.sendsKnown.value || !model.apiKeySet.value}>
          {label}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </div>
  );
}
