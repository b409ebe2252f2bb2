import { useRef } from 'preact/hooks';
import type { Composer as ComposerModel } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import { lazy } from '../common/lazy';
import { NetworkPicker } from './NetworkPicker';

// Loaded after first paint or when first needed: the composer is usable before any of them.
const extras = () => import('./composer-extras');
const TextToolbar = lazy(() => extras().then((m) => m.TextToolbar));
const ComposerMedia = lazy(() => extras().then((m) => m.ComposerMedia));
const ComposerPanels = lazy(() => extras().then((m) => m.ComposerPanels));
const ProfilePicker = lazy(() => extras().then((m) => m.ProfilePicker));
const SetupNotice = lazy(() => extras().then((m) => m.SetupNotice));
const AlreadyShared = lazy(() => extras().then((m) => m.AlreadyShared));
const SendResults = lazy(() => import('./SendResults').then((m) => m.SendResults));
const FailureText = lazy(() => import('../common/FailureText').then((m) => m.FailureText));

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

/** The toolbar popup: write, choose profiles and networks, set options, post, and see what each network did. */
export function Composer({ model }: { model: ComposerModel }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const blocked = model.selected.value.filter((p) => !model.sendable.value.includes(p));
  const several = model.profileIds.value.length > 1;
  const profileNames = several ? new Map(model.profileIds.value.map((id) => [id, nameOf(model, id)])) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void model.submit();
      return;
    }
    // Ctrl/Cmd+B and Ctrl/Cmd+I style the selection; the code that does it loads on first use.
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (key === 'b' || key === 'i') && textarea.current) {
      event.preventDefault();
      const box = textarea.current;
      void import('@/utils/composer/text-format').then((m) => m.applyFormat(box, key, model.setText));
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
      {model.sharedBefore.value && <AlreadyShared shared={model.sharedBefore.value} />}
      <ComposerMedia model={model} canAdd={model.apiKeySet.value} />
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
          <ComposerPanels model={model} />
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
        <button type="submit" class="primary" disabled={model.sending.value || !model.sendsKnown.value || !model.apiKeySet.value}>
          {model.sending.value ? t('posting') : model.scheduleAt.value ? t('scheduleButton') : t('postButton')}
        </button>
      </div>
      {model.result.value && (
        <SendResults entry={model.result.value} profileName={(id) => nameOf(model, id)} onCancel={model.cancel} />
      )}
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </form>
  );
}
