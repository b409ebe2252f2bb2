import { useSignal } from '@preact/signals';
import { formatList } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { ProfileChange } from '@/utils/messaging/protocol';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID, type ProfileDefaults } from '@/utils/storage/settings';
import { NetworkChecklist } from './NetworkChecklist';
import { SaveOrCancel } from '../common/SaveOrCancel';

interface Props {
  /** The profile being edited, or undefined to add one. */
  profile?: { id: string; name: string; keyHint: string; defaults: ProfileDefaults };
  /** Titles of the account's profiles (GET /profiles), offered as names. */
  accountTitles: readonly string[];
  error?: string;
  onSave(change: ProfileChange): void;
  onCancel(): void;
}

/** Name, Profile key and what a new post for this profile starts with. */
export function ProfileForm({ profile, accountTitles, error, onSave, onCancel }: Props) {
  const isPrimary = profile?.id === PRIMARY_PROFILE_ID;
  const idPrefix = `profile-${profile?.id ?? 'new'}`;
  const name = useSignal(profile?.name ?? '');
  const key = useSignal('');
  const defaults = useSignal<ProfileDefaults>(profile?.defaults ?? NO_DEFAULTS);
  const toggle = (field: 'shortenLinks' | 'autoHashtag' | 'requiresApproval', on: boolean) =>
    (defaults.value = { ...defaults.value, [field]: on });

  return (
    <form
      class="profile-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ id: profile?.id, name: name.value, profileKey: key.value || undefined, defaults: defaults.value });
      }}
    >
      {!isPrimary && (
        <>
          <div class="field">
            <label for={`${idPrefix}-name`}>{t('profileNameLabel')}</label>
            <input
              id={`${idPrefix}-name`}
              type="text"
              list={accountTitles.length ? `${idPrefix}-titles` : undefined}
              value={name.value}
              onInput={(event) => (name.value = event.currentTarget.value)}
            />
            {accountTitles.length > 0 && (
              <>
                <datalist id={`${idPrefix}-titles`}>
                  {accountTitles.map((title) => (
                    <option key={title} value={title} />
                  ))}
                </datalist>
                <p class="hint">{t('profileAccountTitles', formatList(accountTitles))}</p>
              </>
            )}
          </div>
          <div class="field">
            <label for={`${idPrefix}-key`}>{t('profileKeyLabel')}</label>
            <input
              id={`${idPrefix}-key`}
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={key.value}
              placeholder={profile?.keyHint ? t('secretSavedPlaceholder', profile.keyHint) : ''}
              aria-describedby={`${idPrefix}-key-hint`}
              onInput={(event) => (key.value = event.currentTarget.value)}
            />
            <p id={`${idPrefix}-key-hint`} class="hint">
              {profile?.keyHint ? t('secretSavedHint', profile.keyHint) : t('profileKeyHelp')}
            </p>
          </div>
        </>
      )}
      <NetworkChecklist
        legend={t('defaultNetworksLegend')}
        idPrefix={`${idPrefix}-network`}
        selected={defaults.value.networks}
        onChange={(networks) => (defaults.value = { ...defaults.value, networks })}
      />
      <fieldset class="checklist">
        <legend>{t('defaultFeaturesLegend')}</legend>
        <label>
          <input type="checkbox" checked={defaults.value.shortenLinks} onChange={(e) => toggle('shortenLinks', e.currentTarget.checked)} />
          {t('shortenLinksLabel')}
        </label>
        <label>
          <input type="checkbox" checked={defaults.value.autoHashtag} onChange={(e) => toggle('autoHashtag', e.currentTarget.checked)} />
          {t('autoHashtagLabel')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={defaults.value.requiresApproval}
            onChange={(e) => toggle('requiresApproval', e.currentTarget.checked)}
          />
          {t('requiresApprovalLabel')}
        </label>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SaveOrCancel onCancel={onCancel} />
    </form>
  );
}
