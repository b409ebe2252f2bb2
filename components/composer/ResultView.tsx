import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { describeFailure } from '@/utils/ayrshare/describe';
import type { NetworkOutcome } from '@/utils/ayrshare/outcome';
import type { Composer } from '@/utils/composer/model';
import { kept, madePosts, retryPlatforms } from '@/utils/composer/result';
import { formatCountdown, formatDateTime, formatList } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { describeTarget } from '@/utils/outbox/describe';
import { canCancel } from '@/utils/outbox/states';
import { profileLabel } from '@/utils/profiles/label';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAction } from '../common/use-action';
import { NetworkIcon } from './NetworkIcon';
import { statusText } from './NetworkResults';
import './panel-styles';

/** The time now, again every `everyMs` while `ticking`: for countdowns and for Undo's deadline. */
function useNow(ticking: boolean, everyMs = 1000): number {
  const now = useSignal(Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => (now.value = Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [ticking]);
  return now.value;
}

interface LineProps {
  entry: OutboxEntry;
  target: OutboxTarget;
  outcome: NetworkOutcome;
  model: Composer;
}

/** One network: published with its link, scheduled for when, waiting, or refused with why and a Retry. */
function NetworkLine({ entry, target, outcome, model }: LineProps) {
  const name = networkName(outcome.platform);
  const retried = model.retried.value.has(`${entry.id}/${target.profileId}/${outcome.platform}`);
  const goesOut = outcome.status === 'scheduled' && entry.post.scheduleDate ? Date.parse(entry.post.scheduleDate) : Number.NaN;
  return (
    <li class={`result ${outcome.status}`}>
      <NetworkIcon platform={outcome.platform} /> <strong>{name}</strong> <span>{statusText(outcome)}</span>
      {!Number.isNaN(goesOut) && <span> {t('resultGoesOut', formatDateTime(goesOut))}</span>}
      {outcome.postUrl && (
        <>
          {' '}
          <a href={outcome.postUrl} target="_blank" rel="noopener noreferrer">
            {t('resultViewPost', name)}
          </a>
        </>
      )}
      {outcome.status === 'failed' &&
        (retried ? (
          <span class="hint"> {t('resultRetried')}</span>
        ) : (
          <>
            {' '}
            <button type="button" class="link" aria-label={t('resultRetryNetwork', name)} onClick={() => void model.retry(entry, { ...target, networks: [outcome] })}>
              {t('resultRetry')}
            </button>
          </>
        ))}
    </li>
  );
}

/**
 * When a post added to the queue goes out, in the user's time: the slot Ayrshare's answer named,
 * or else the one GET /post/:id tells (whether the answer names it is undocumented, addendum §1d).
 */
function QueuedFor({ entry, target, host }: { entry: OutboxEntry; target: OutboxTarget; host: string }) {
  const title = entry.post.autoSchedule?.title ?? 'default';
  const due = useAction<number | undefined>(async () => {
    if (target.dueAt !== undefined || !target.postId) return target.dueAt;
    const { historyApi } = await import('@/utils/history/api');
    return (await historyApi(target.profileId, host).get(target.postId)).scheduledAt;
  }, [target.dueAt, target.postId]);
  return (
    <p class="result queued-for" role="status">
      {due.value !== undefined
        ? t('queueGoesOut', [title, formatDateTime(due.value)])
        : due.busy
          ? t('queueAdded', title)
          : `${t('queueAdded', title)} ${t('queueDueUnknown')}`}
    </p>
  );
}

/** One profile's copy of a send: where it stands until Ayrshare answers, then each network's line. */
function TargetOutcome({ entry, target, model, now }: { entry: OutboxEntry; target: OutboxTarget; model: Composer; now: number }) {
  const grouped = entry.targets.length > 1;
  const profile = model.profiles.value.find((p) => p.id === target.profileId);
  const name = profile ? profileLabel(profile) : target.profileId;
  const status = describeTarget(target);
  const retried = retryPlatforms(entry, target).every((p) => model.retried.value.has(`${entry.id}/${target.profileId}/${p}`));
  return (
    <section aria-label={grouped ? name : undefined}>
      {grouped && <h2 class="result-profile">{name}</h2>}
      {status && (
        <p class={`result ${target.state}`} role={target.state === 'failed' ? 'alert' : 'status'}>
          {status}
          {/* The status names the time of the next try; a countdown read out every second would drown it. */}
          {target.state === 'waiting' && target.retryAt !== undefined && <span aria-hidden="true"> {t('resultNextTry', formatCountdown(target.retryAt - now))}</span>}
          {target.state === 'failed' &&
            (retried ? (
              <span class="hint"> {t('resultRetried')}</span>
            ) : (
              <>
                {' '}
                <button type="button" class="link" aria-label={t('resultRetryNetwork', grouped ? name : formatList(retryPlatforms(entry, target).map(networkName)))} onClick={() => void model.retry(entry, target)}>
                  {t('resultRetry')}
                </button>
              </>
            ))}
        </p>
      )}
      {entry.post.autoSchedule && target.state === 'done' && target.postId && target.networks.some((n) => n.status === 'scheduled') && (
        <QueuedFor entry={entry} target={target} host={model.apiHost} />
      )}
      {target.networks.length > 0 && (
        <ul>
          {target.networks.map((outcome) => (
            <NetworkLine key={outcome.platform} entry={entry} target={target} outcome={outcome} model={model} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The moment after Post, at the top of the popup: what each network did, a send still waiting in
 * the outbox with its countdown and Cancel, and then New post, Open History and Undo.
 */
export function ResultView({ model }: { model: Composer }) {
  const sends = model.sends.value;
  const result = model.result.value!;
  const confirming = useSignal(false);
  const undo = model.undoState.value;
  const until = model.undoUntil.value;
  const waiting = sends.some((entry) => entry.targets.some((target) => target.state === 'waiting'));
  const now = useNow(waiting || (until !== undefined && Date.now() < until));
  const undoable = until !== undefined && now < until && undo?.state !== 'deleted';
  const newPost = useRef<HTMLButtonElement>(null);
  // Once the draft gives way to the result, the focus goes where the next step is.
  const alone = !model.showsDraft.value;
  useEffect(() => {
    if (alone && (document.activeElement === document.body || document.activeElement === null)) newPost.current?.focus();
  }, [alone]);
  const made = madePosts(result);
  return (
    <section class="results" aria-label={t('resultsLabel')}>
      {sends.map((entry) => (
        <div key={entry.id} class="send">
          {entry.targets.map((target) => (
            <TargetOutcome key={target.profileId} entry={entry} target={target} model={model} now={now} />
          ))}
          {entry.targets.some(canCancel) && (
            <button type="button" onClick={() => void model.cancel(entry.id)}>
              {t('outboxCancel')}
            </button>
          )}
        </div>
      ))}
      {undo && (
        <p class={undo.state === 'failed' ? 'error' : undefined} role={undo.state === 'failed' ? 'alert' : 'status'}>
          {undo.state === 'deleting' ? t('undoDeleting') : undo.state === 'deleted' ? t('undoDone') : t('undoFailed', describeFailure(undo.failure))}
        </p>
      )}
      <div class="result-actions">
        <button type="button" class="primary" ref={newPost} onClick={() => void model.newPost()}>
          {t('resultNewPost')}
        </button>
        <button type="button" onClick={() => void import('@/utils/history/open').then((m) => m.openHistory())}>
          {t('resultOpenHistory')}
        </button>
        {undoable && (
          <button type="button" disabled={undo?.state === 'deleting'} onClick={() => (confirming.value = true)}>
            {t('resultUndo')}
          </button>
        )}
      </div>
      {confirming.value && (
        <ConfirmDialog
          title={t('undoTitle')}
          onConfirm={() => {
            confirming.value = false;
            void model.undo();
          }}
          onCancel={() => (confirming.value = false)}
        >
          <p>{t('undoBody', formatList([...new Set(made.flatMap((post) => post.platforms))].map(networkName)))}</p>
          {kept(made).length > 0 && <p>{t('historyDeleteApiLimit')}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
