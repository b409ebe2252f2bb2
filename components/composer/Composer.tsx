import { useRef } from 'preact/hooks';
import type { Composer as ComposerModel } from '@/utils/composer/model';
import { applyFormat } from '@/utils/composer/text-format';
import { t, tn } from '@/utils/i18n';
import { lazy } from '../common/lazy';
import { ActionBar } from './ActionBar';
import { ComposerPanels } from './ComposerPanels';
import { NetworkPicker } from './NetworkPicker';
import { ProfilePicker } from './ProfilePicker';
import { TextToolbar } from './TextToolbar';

// Loaded after first paint or when first needed: the composer is usable before any of them.
const extras = () => import('./composer-extras');
const ComposerMedia = lazy(() => extras().then((m) => m.ComposerMedia));
const AccountStatus = lazy(() => extras().then((m) => m.AccountStatus));
const SetupNotice = lazy(() => extras().then((m) => m.SetupNotice));
const AlreadyShared = lazy(() => extras().then((m) => m.AlreadyShared));
const ResultView = lazy(() => import('./ResultView').then((m) => m.ResultView));
const OutboxView = lazy(() => import('./OutboxView').then((m) => m.OutboxView));

/** Ctrl+B and Ctrl+I in the text box style the selection (Cmd on a Mac), as the toolbar does. */
function formatKey(event: KeyboardEvent, box: HTMLTextAreaElement | null, onChange: (text: string) => void): boolean {
  const key = event.key.toLowerCase();
  if (!box || event.target !== box || event.altKey || event.shiftKey || (key !== 'b' && key !== 'i')) return false;
  applyFormat(box, key, onChange);
  return true;
}

/**
 * The toolbar popup. At a glance: the text, the profiles, the networks and, fixed at the bottom,
 * the schedule and Post. Everything else waits behind closed panels. After Post, the result takes
 * the top: what each network did, and New post, Open History and Undo.
 */
export function Composer({ model }: { model: ComposerModel }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const draft = model.draft.value;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    // Ctrl/Cmd+Enter posts from anywhere in the composer.
    if (event.key === 'Enter' || formatKey(event, textarea.current, model.setText)) {
      event.preventDefault();
      if (event.key === 'Enter') void model.submit();
    }
  };
  return (
    <form
      class="composer"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit();
      }}
    >
      <div class="composer-main">
        {/* There before any send: a live region that appears with its content is not read out. */}
        <div class="result-slot" aria-live="polite">
          {model.sends.value.length > 0 && <ResultView model={model} />}
        </div>
        <div class="draft" hidden={!model.showsDraft.value}>
          <div class="text-head">
            <label for="post-text">{t('postTextLabel')}</label>
            <TextToolbar textarea={textarea} onChange={model.setText} />
          </div>
          <textarea
            id="post-text"
            ref={textarea}
            rows={5}
            value={draft.text}
            aria-describedby="post-text-hint"
            onInput={(event) => void model.setText(event.currentTarget.value)}
          />
          <p id="post-text-hint" class="visually-hidden">
            {t('postTextHint')}
          </p>
          {model.skippedMedia > 0 && <p class="hint">{tn('mediaSkipped', model.skippedMedia)}</p>}
          {model.sharedBefore.value && <AlreadyShared shared={model.sharedBefore.value} />}
          <ComposerMedia model={model} />
          {model.apiKeySet.value ? (
            <>
              <ProfilePicker profiles={model.profiles.value} selected={draft.profileIds} onChange={(ids) => model.chooseProfiles(ids)} />
              <AccountStatus model={model} />
              <NetworkPicker model={model} />
              <ComposerPanels key={model.draftGeneration.value} model={model} />
            </>
          ) : (
            <SetupNotice />
          )}
        </div>
        {model.othersGoing.value && <OutboxView composerDraftKey={model.draftKey} />}
      </div>
      {/* Without a key nothing can be sent: no Post, no schedule (SetupNotice says what to do). */}
      {model.showsDraft.value && model.apiKeySet.value && <ActionBar model={model} />}
    </form>
  );
}
