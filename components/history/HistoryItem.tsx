import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { describeFailure } from '@/utils/ayrshare/describe';
import { failureOf, type Failure } from '@/utils/ayrshare/failure';
import { actionsFor, undeletableLive } from '@/utils/history/actions';
import type { HistoryEntry, NetworkState } from '@/utils/history/entry';
import { formatDateTime, formatList } from '@/utils/format';
import { excerpt } from '@/utils/history/format';
import type { HistoryModel } from '@/utils/history/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { NotesForm } from './NotesForm';
import { RescheduleForm } from './RescheduleForm';
import { PostAnalytics } from './PostAnalytics';
import { PostComments } from './PostComments';

function NetworkLine({ network }: { network: NetworkState }) {
  const name = networkName(network.platform);
  const state = network.state === 'failed' && network.message ? t('historyNetworkFailedSaid', network.message) : t(`historyNetwork_${network.state}`);
  return (
    <li class={network.state}>
      <strong>{name}</strong> <span>{state}</span>
      {network.postUrl && network.state === 'live' && (
        <>
          {' '}
          <a href={network.postUrl} target="_blank" rel="noopener noreferrer">
            {t('resultViewPost', name)}
          </a>
        </>
      )}
    </li>
  );
}

const names = (platforms: readonly NetworkState['platform'][]) => formatList(platforms.map(networkName));

/** One post: what it said, where it went, its state, and the actions Ayrshare allows on it now. */
export function HistoryItem({ entry, model, sentHere }: { entry: HistoryEntry; model: HistoryModel; sentHere: boolean }) {
  const busy = useSignal(false);
  const said = useSignal<string | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const editing = useSignal<'reschedule' | 'notes' | undefined>(undefined);
  const showComments = useSignal(false);
  const showAnalytics = useSignal(false);
  const confirmingDelete = useSignal(false);
  const actions = actionsFor(entry);
  const kept = undeletableLive(entry);
  const textId = `entry-${entry.id}`;
  const item = useRef<HTMLLIElement | null>(null);
  const hadFocus = useRef(false);
  // The button pressed was disabled or went away, or its dialog closed: the focus fell to the page.
  // A keyboard user keeps their place at this post instead of starting again from the top.
  useEffect(() => {
    if (busy.value) return;
    if (hadFocus.current && (document.activeElement === document.body || document.activeElement === null)) item.current?.focus();
    hadFocus.current = false;
  }, [busy.value]);

  /**
   * Runs an action, then reads the post again so it shows the state Ayrshare reports, whether
   * the action went through or was refused. `explain` may name the cause of a refusal from the
   * post's new state, where Ayrshare's answer gave no words of its own.
   */
  async function run(action: () => Promise<unknown>, explain?: (now: HistoryEntry) => string | undefined): Promise<boolean> {
    hadFocus.current = item.current?.contains(document.activeElement) ?? false;
    busy.value = true;
    said.value = undefined;
    error.value = undefined;
    let failure: Failure | undefined;
    try {
      await action();
    } catch (e) {
      failure = failureOf(e);
    }
    try {
      const now = await model.reread(entry.id);
      if (failure) {
        const cause = explain?.(now);
        // A refusal without words of Ayrshare's ("HTTP 400: no details given") says less than the cause.
        const wordless = failure.kind === 'rejected' && !failure.said;
        error.value = !cause ? describeFailure(failure) : wordless ? cause : `${describeFailure(failure)} ${cause}`;
      } else {
        said.value = t('historyNowStatus', t(`historyStatus_${now.status}`));
      }
    } catch (e) {
      error.value = describeFailure(failure ?? failureOf(e));
    }
    busy.value = false;
    return failure === undefined;
  }

  const remove = () => {
    confirmingDelete.value = false;
    // A network that cannot delete keeps the post live: say which, in words.
    void run(
      () => model.api.value.remove(entry.id),
      (now) => (undeletableLive(now).length > 0 ? t('historyDeleteKept', names(undeletableLive(now))) : undefined),
    );
  };
  const retry = () =>
    void run(async () => {
      await model.api.value.retry(entry.id);
      model.noteRetried(entry.id);
    });
  const toggle = (form: 'reschedule' | 'notes') => (editing.value = editing.value === form ? undefined : form);

  return (
    <li
      class={model.focusPostId === entry.id ? 'entry focused' : 'entry'}
      aria-labelledby={textId}
      aria-current={model.focusPostId === entry.id ? 'true' : undefined}
      tabIndex={-1}
      ref={(li) => {
        item.current = li;
        // Opened from a notification about this post: bring it into view once.
        if (li && model.focusPostId === entry.id && !li.dataset.shown) {
          li.dataset.shown = '1';
          li.scrollIntoView({ block: 'center' });
        }
      }}
    >
      <p id={textId} class="entry-text">
        {excerpt(entry.text)}
      </p>
      <p class="entry-meta">
        <span class={`badge ${entry.status}`}>{t(`historyStatus_${entry.status}`)}</span>
        {sentHere && <span class="badge">{t('historySentHere')}</span>}
        {entry.scheduledAt !== undefined && entry.status !== 'published' && (
          <time dateTime={new Date(entry.scheduledAt).toISOString()}>{t('historyScheduledFor', formatDateTime(entry.scheduledAt))}</time>
        )}
        {entry.created !== undefined && <time dateTime={new Date(entry.created).toISOString()}>{t('historyCreated', formatDateTime(entry.created))}</time>}
      </p>
      <ul class="entry-networks" aria-label={t('historyNetworksLabel')}>
        {entry.networks.map((network) => (
          <NetworkLine key={network.platform} network={network} />
        ))}
      </ul>
      {entry.notes && (
        <p class="entry-notes">
          <strong>{t('notesLabel')}:</strong> {entry.notes}
        </p>
      )}
      {entry.status === 'published' && kept.length > 0 && <p class="hint">{t('historyCannotDelete', names(kept))}</p>}
      <div class="actions" role="group" aria-label={t('historyActionsLabel')}>
        {actions.has('approve') && (
          <button type="button" class="primary" disabled={busy.value} onClick={() => void run(() => model.api.value.update(entry.id, { approved: true }))}>
            {t('historyApprove')}
          </button>
        )}
        {actions.has('retry') && (
          <button type="button" disabled={busy.value} onClick={retry}>
            {t('historyRetry')}
          </button>
        )}
        {actions.has('reschedule') && (
          <button type="button" aria-expanded={editing.value === 'reschedule'} disabled={busy.value} onClick={() => toggle('reschedule')}>
            {t('historyReschedule')}
          </button>
        )}
        {actions.has('notes') && (
          <button type="button" aria-expanded={editing.value === 'notes'} disabled={busy.value} onClick={() => toggle('notes')}>
            {t('notesLabel')}
          </button>
        )}
        {actions.has('delete') && (
          <button type="button" disabled={busy.value} onClick={() => (confirmingDelete.value = true)}>
            {t('historyDelete')}
          </button>
        )}
        {actions.has('comments') && (
          <button type="button" aria-expanded={showComments.value} onClick={() => (showComments.value = !showComments.value)}>
            {t('historyComments')}
          </button>
        )}
        {actions.has('analytics') && (
          <button type="button" aria-expanded={showAnalytics.value} onClick={() => (showAnalytics.value = !showAnalytics.value)}>
            {t('historyAnalytics')}
          </button>
        )}
      </div>
      {editing.value === 'reschedule' && actions.has('reschedule') && (
        <RescheduleForm
          id={entry.id}
          scheduledAt={entry.scheduledAt}
          busy={busy.value}
          onSave={(scheduleDate) => void run(() => model.api.value.update(entry.id, { scheduleDate })).then((ok) => ok && (editing.value = undefined))}
          onCancel={() => (editing.value = undefined)}
        />
      )}
      {editing.value === 'notes' && actions.has('notes') && (
        <NotesForm
          id={entry.id}
          notes={entry.notes ?? ''}
          busy={busy.value}
          onSave={(notes) => void run(() => model.api.value.update(entry.id, { notes })).then((ok) => ok && (editing.value = undefined))}
          onCancel={() => (editing.value = undefined)}
        />
      )}
      {/* There before it speaks: a status that appears with its words is not always read out. */}
      <p class="said" role="status">
        {said.value}
      </p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {showAnalytics.value && actions.has('analytics') && <PostAnalytics entry={entry} api={model.api.value} />}
      {showComments.value && actions.has('comments') && <PostComments entry={entry} api={model.api.value} />}
      {confirmingDelete.value && (
        <ConfirmDialog title={t('historyDeleteTitle')} onConfirm={remove} onCancel={() => (confirmingDelete.value = false)}>
          <p>{entry.status === 'published' ? t('historyDeletePublished') : t('historyDeleteUnpublished')}</p>
          <p>{t('historyDeleteApiLimit')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
