import { useSignal } from '@preact/signals';
import { commentNetworks } from '@/utils/history/actions';
import type { HistoryApi } from '@/utils/history/api';
import { groupComments, refusedComments, type CommentItem } from '@/utils/history/comments';
import type { HistoryEntry } from '@/utils/history/entry';
import { formatList } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAction } from '../common/use-action';

/** A post's comments on its live networks: read them, add one, delete the ones made through Ayrshare. */
export function PostComments({ entry, api }: { entry: HistoryEntry; api: HistoryApi }) {
  const load = () => api.comments(entry.id).then(groupComments);
  const list = useAction<CommentItem[]>(load, [entry.id]);
  /** What adding or deleting said: done, and which networks refused a comment. */
  const change = useAction<{ said: string; refused?: string }>();
  const text = useSignal('');
  const empty = useSignal(false);
  const deleting = useSignal<CommentItem | undefined>(undefined);
  const networks = commentNetworks(entry);
  const inputId = `comment-${entry.id}`;
  const comments = list.value;
  const busy = change.busy || list.busy;

  /** Whatever came of it, the list is read again: it shows what Ayrshare now has. */
  async function act(action: () => Promise<{ said: string; refused?: string }>) {
    empty.value = false;
    await change.run(action);
    await list.run(load);
  }

  const add = () =>
    act(async () => {
      const reply = await api.addComment(entry.id, text.value.trim(), networks);
      text.value = '';
      const refused = refusedComments(reply).map((r) => t('historyCommentRefused', [networkName(r.platform), r.message ?? t('errorNoDetail')]));
      return { said: t('historyCommentAdded'), refused: refused.join(' ') || undefined };
    });

  const remove = (item: CommentItem) => {
    deleting.value = undefined;
    void act(async () => {
      await api.deleteComment(item.copies!);
      return { said: t('historyCommentDeleted') };
    });
  };
  const error = empty.value ? t('historyCommentEmpty') : (change.error ?? change.value?.refused ?? list.error);

  return (
    <section class="panel" aria-label={t('historyComments')}>
      {comments === undefined && list.busy && <p role="status">{t('historyCommentsLoading')}</p>}
      {comments?.length === 0 && <p class="hint">{t('historyCommentsNone')}</p>}
      {comments && comments.length > 0 && (
        <ul class="comments">
          {comments.map((item, index) => (
            <li key={index}>
              <span class="comment-text">
                {item.author && <strong>{item.author}: </strong>}
                {item.text} <span class="hint">{t('historyCommentOn', formatList(item.platforms.map(networkName)))}</span>
              </span>
              {item.copies && (
                <button type="button" disabled={busy} onClick={() => (deleting.value = item)}>
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
          if (text.value.trim() === '') empty.value = true;
          else void add();
        }}
      >
        <label for={inputId}>{t('historyCommentLabel')}</label>
        <textarea id={inputId} rows={2} value={text.value} aria-describedby={`${inputId}-to`} onInput={(event) => (text.value = event.currentTarget.value)} />
        <p id={`${inputId}-to`} class="hint">
          {t('historyCommentTo', formatList(networks.map(networkName)))}
        </p>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('historyAddComment')}
          </button>
        </div>
      </form>
      {change.value && !change.busy && <p role="status">{change.value.said}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
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
