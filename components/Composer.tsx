import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Composer as ComposerModel } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import { lazy } from './lazy';
import { applyFormat, formattingShortcut } from '@/utils/composer/text-format';
import { NetworkPicker } from './NetworkPicker';

// Loaded after first paint or when first needed: the composer is usable before any of them.
const extras = () => import('./composer-extras');
const TextToolbar = lazy(() => extras().then((m) => m.TextToolbar));
const MediaList = lazy(() => extras().then((m) => m.MediaList));
const ProfilePicker = lazy(() => extras().then((m) => m.ProfilePicker));
const ScheduleField = lazy(() => extras().then((m) => m.ScheduleField));
const SetupNotice = lazy(() => extras().then((m) => m.SetupNotice));
const SendResults = lazy(() => import('./SendResults').then((m) => m.SendResults));
const FailureText = lazy(() => import('./FailureText').then((m) => m.FailureText));
const NetworkOptions = lazy(() => import('./NetworkOptions').then((m) => m.NetworkOptions));
const FeaturesPanel = lazy(() => import('./FeaturesPanel').then((m) => m.FeaturesPanel));
const MediaPicker = lazy(() => import('./MediaPicker').then((m) => m.MediaPicker));
const Preview = lazy(() => import('./Preview').then((m) => m.Preview));

function nameOf(model: ComposerModel, id: string): string {
  const profile = model.profiles.value.find((p) => p.id === id);
  return profile ? profileLabel(profile) : id;
}

/** Why networks are missing: a profile that could not be read, or none linked yet. */
function AccountStatus({ model }: { model: ComposerModel }) {
  const errors = Object.entries(model.accountErrors.value).filter(([id]) => model.profileIds.value.includes(id));
  const several = model.profileIds.value.length > 1;
  if (errors.length > 0) {
    return (
      <div class="notice error" role="alert">
        {errors.map(([id, failure]) => (
          <p key={id}>
            {several && `${nameOf(model, id)}: `}
            <FailureText failure={failure} />
          </p>
        ))}
        <button type="button" onClick={() => void model.refreshAccounts()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!model.accountsKnown.value && model.offered.value.length === 0) return <p role="status">{t('networksLoading')}</p>;
  if (model.accountsKnown.value && model.offered.value.length === 0) return <p class="notice">{t('networksNoneLinked')}</p>;
  return null;
}

/** A disclosure whose content loads the first time it is opened. */
function Disclosure({ summary, children }: { summary: string; children: () => preact.ComponentChildren }) {
  const opened = useSignal(false);
  return (
    <details class="disclosure" onToggle={(event) => (opened.value ||= (event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {opened.value && children()}
    </details>
  );
}

/** The toolbar popup: write, choose profiles and networks, set options, post, and see what each network did. */
export function Composer({ model }: { model: ComposerModel }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const addingMedia = useSignal(false);
  const blocked = model.selected.value.filter((p) => !model.sendable.value.includes(p));
  const several = model.profileIds.value.length > 1;
  const profileNames = several ? new Map(model.profileIds.value.map((id) => [id, nameOf(model, id)])) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void model.submit();
      return;
    }
    const tag = formattingShortcut(event);
    if (tag && textarea.current) {
      event.preventDefault();
      applyFormat(textarea.current, tag, model.setText);
    }
  };
  return (
    <form
      class="composer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit();
      }}
    >
      <div class="text-head">
        <label for="post-text">{t('postTextLabel')}</label>
        <TextToolbar textarea={textarea} onChange={model.setText} />
      </div>
      <textarea
        id="post-text"
        ref={textarea}
        rows={6}
        value={model.text.value}
        aria-describedby="post-text-hint"
        onInput={(event) => model.setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="post-text-hint" class="visually-hidden">
        {t('postTextHint')}
      </p>
      {model.skippedMedia.value > 0 && <p class="hint">{t('mediaSkipped', model.skippedMedia.value)}</p>}
      <MediaList
        media={model.media.value}
        videos={model.videos.value}
        alts={model.alts.value}
        onDescribe={model.describeMedia}
        onRemove={model.removeMedia}
        onMove={model.moveMedia}
        onMarkVideo={model.markVideo}
      />
      {model.apiKeySet.value && (
        <button type="button" class="link" aria-expanded={addingMedia.value} onClick={() => (addingMedia.value = !addingMedia.value)}>
          {t('mediaAdd')}
        </button>
      )}
      {addingMedia.value && <MediaPicker model={model} tabId={model.tabId} />}
      {model.apiKeySet.value ? (
        <>
          <ProfilePicker profiles={model.profiles.value} selected={model.profileIds.value} onChange={(ids) => model.chooseProfiles(ids)} />
          <AccountStatus model={model} />
          {model.offered.value.length > 0 && (
            <NetworkPicker
              networks={model.offered.value}
              selected={model.selected.value}
              review={model.review.value}
              profileNames={profileNames}
              onToggle={model.toggle}
            />
          )}
          <NetworkOptions model={model} />
          <ScheduleField value={model.scheduleAt.value} onChange={model.setSchedule} />
          <Disclosure summary={t('moreOptions')}>{() => <FeaturesPanel model={model} />}</Disclosure>
          <Disclosure summary={t('previewLabel')}>{() => <Preview text={model.text.value} />}</Disclosure>
        </>
      ) : (
        <SetupNotice />
      )}
      {model.sendError.value && (
        <p class="error" role="alert">
          <FailureText failure={model.sendError.value} />
        </p>
      )}
      {blocked.length > 0 && model.sendable.value.length > 0 && (
        <p class="hint">{t('notSentSummary', blocked.map(networkName).join(', '))}</p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={model.sending.value || !model.apiKeySet.value}>
          {model.sending.value ? t('posting') : model.scheduleAt.value ? t('scheduleButton') : t('postButton')}
        </button>
      </div>
      {model.result.value && <SendResults entry={model.result.value} profileName={(id) => nameOf(model, id)} />}
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </form>
  );
}
