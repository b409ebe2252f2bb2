import type { Composer as ComposerModel } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import { MediaList } from './MediaList';
import { NetworkPicker } from './NetworkPicker';
import { ProfilePicker } from './ProfilePicker';
import { lazy } from './lazy';
import { SetupNotice } from './SetupNotice';

const SendResults = lazy(() => import('./SendResults').then((m) => m.SendResults));
const FailureText = lazy(() => import('./FailureText').then((m) => m.FailureText));

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

/** The toolbar popup: write, choose profiles and networks, post, and see what each network did. */
export function Composer({ model }: { model: ComposerModel }) {
  const skipped = model.problems.value.filter((p) => model.selected.value.includes(p.platform));
  const several = model.profileIds.value.length > 1;
  const profileNames = several ? new Map(model.profileIds.value.map((id) => [id, nameOf(model, id)])) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void model.submit();
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
      <label for="post-text">{t('postTextLabel')}</label>
      <textarea
        id="post-text"
        rows={6}
        value={model.text.value}
        onInput={(event) => model.setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <MediaList media={model.media.value} onRemove={(url) => model.removeMedia(url)} />
      {model.apiKeySet.value ? (
        <>
          <ProfilePicker
            profiles={model.profiles.value}
            selected={model.profileIds.value}
            onChange={(ids) => model.chooseProfiles(ids)}
          />
          <AccountStatus model={model} />
          {model.offered.value.length > 0 && (
            <NetworkPicker
              networks={model.offered.value}
              selected={model.selected.value}
              problems={model.problems.value}
              profileNames={profileNames}
              onToggle={(platform, on) => model.toggle(platform, on)}
            />
          )}
        </>
      ) : (
        <SetupNotice />
      )}
      {model.sendError.value && (
        <p class="error" role="alert">
          <FailureText failure={model.sendError.value} />
        </p>
      )}
      {skipped.length > 0 && model.sendable.value.length > 0 && (
        <p class="hint">{t('notSentSummary', skipped.map((p) => networkName(p.platform)).join(', '))}</p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={model.sending.value || !model.apiKeySet.value}>
          {model.sending.value ? t('posting') : t('postButton')}
        </button>
      </div>
      {model.result.value && <SendResults entry={model.result.value} profileName={(id) => nameOf(model, id)} />}
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </form>
  );
}
