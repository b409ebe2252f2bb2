import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeError } from '@/utils/ayrshare/describe';
import { commentNetworks } from '@/utils/history/actions';
import type { HistoryApi } from '@/utils/history/api';
import { groupComments, refusedComments, type CommentItem } from '@/utils/history/comments';
import type { HistoryEntry } from '@/utils/history/entry';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** A post's comments on its live networks: read them, add one, delete the ones made through Ayrshare. */
export function PostComments({ entry, api }: { entry: HistoryEntry; api: HistoryApi }) {
  const comments = useSignal<CommentItem[] | undefined>(undefined);
  const text = useSignal('');
  const busy = useSignal(false);
  const said = useSignal<string | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const deleting = useSignal<CommentItem | undefined>(undefined);
  const networks = commentNetworks(entry);
  const inputId = `comment-${entry.id}`;

  async function reload() {
    try {
      comments.value = groupComments(await api.comments(entry.id));
    } catch (e) {
      error.value = describeError(e);
    }
  }
  useEffect(() => void reload(), [entry.id]);

  async function act(action: () => Promise<string | undefined>) {
    busy.value = true;
    said.value = undefined;
    error.value = undefined;
    try {
      said.value = await action();
    } catch (e) {
      error.value = describeError(e);
    }
    await reload();
    busy.value = false;
  }

  const add = () =>
    act(async () => {
      const reply = await api.addComment(entry.id, text.value.trim(), networks);
      text.value = '';
      const refused = refusedComments(reply);
      if (refused.length > 0) {
        error.value = refused.map((r) => t('historyCommentRefused', [networkName(r.platform), r.message ?? t('errorNoDetail')])).join(' ');
      }
      return t('historyCommentAdded');
    });

  const remove = (item: CommentItem) => {
    deleting.value = undefined;
    void act(async () => {
      await api.deleteComment(item.ayrshareId!);
      return t('historyCommentDeleted');
    });
  };

  return (
    <section class="panel" aria-label={t('historyComments')}>
      {comments.value === undefined && !error.value && <p role="status">{t('historyCommentsLoading')}</p>}
      {comments.value?.length === 0 && <p class="hint">{t('historyCommentsNone')}</p>}
      {comments.value && comments.value.length > 0 && (
        <ul class="comments">
          {comments.value.map((item, index) => (
            <li key={item.ayrshareId ?? index}>
              <span class="comment-text">
                {item.author && <strong>{item.author}: </strong>}
                {item.text} <span class="hint">{t('historyCommentOn', item.platforms.map(networkName).join(', '))}</span>
              </span>
              {item.ayrshareId && (
                <button type="button" disabled={busy.value} onClick={() => (deleting.value = item)}>
                  {t('historyDeleteComment')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.value.trim() === '') error.value = t('historyCommentEmpty');
          else void add();
        }}
      >
        <label for={inputId}>{t('historyCommentLabel')}</label>
        <textarea id={inputId} rows={2} value={text.value} aria-describedby={`${inputId}-to`} onInput={(event) => (text.value = event.currentTarget.value)} />
        <p id={`${inputId}-to`} class="hint">
          {t('historyCommentTo', networks.map(networkName).join(', '))}
        </p>
        <div class="actions">
          <button type="submit" disabled={busy.value}>
            {t('historyAddComment')}
          </button>
        </div>
      </form>
      {said.value && <p role="status">{said.value}</p>}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {deleting.value && (
        <ConfirmDialog title={t('historyDeleteCommentTitle')} onConfirm={() => remove(deleting.value!)} onCancel={() => (deleting.value = undefined)}>
          <p>“{deleting.value.text}”</p>
          <p>{t('historyDeleteCommentBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
