import { useSignal } from '@preact/signals';
import { snapshotOf } from '@/utils/account/refresh';
import { describeError } from '@/utils/ayrshare/describe';
import { t } from '@/utils/i18n';
import type { ProfileChange, SettingsView } from '@/utils/messaging/settings-messages';
import { profilesRemove, profilesSave, profilesTest } from '@/utils/messaging/settings-messages';
import { send } from '@/utils/messaging/send';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import type { AccountSnapshot } from '@/utils/storage/account';
import { PRIMARY_PROFILE_ID } from '@/utils/storage/settings';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ConnectionResult } from './ConnectionResult';
import { ProfileForm } from './ProfileForm';

type Profile = SettingsView['profiles'][number];

interface Props {
  profile: Profile;
  accountTitles: readonly string[];
  onChanged(view: SettingsView): void;
}

/** One profile: what it is, its defaults, and Edit, Remove and Test connection. */
export function ProfileCard({ profile, accountTitles, onChanged }: Props) {
  const editing = useSignal(false);
  const removing = useSignal(false);
  const error = useSignal<string | undefined>(undefined);
  const tested = useSignal<AccountSnapshot | undefined>(undefined);
  const testing = useSignal(false);
  const label = profileLabel(profile);
  const isPrimary = profile.id === PRIMARY_PROFILE_ID;

  async function save(change: ProfileChange) {
    try {
      onChanged(await send(profilesSave, change));
      editing.value = false;
      error.value = undefined;
    } catch (e) {
      error.value = describeError(e);
    }
  }

  async function remove() {
    removing.value = false;
    try {
      onChanged(await send(profilesRemove, { id: profile.id }));
    } catch (e) {
      error.value = describeError(e);
    }
  }

  async function test() {
    tested.value = undefined;
    error.value = undefined;
    testing.value = true;
    try {
      tested.value = snapshotOf(profile.id, await send(profilesTest, { id: profile.id }), Date.now());
    } catch (e) {
      error.value = describeError(e);
    } finally {
      testing.value = false;
    }
  }

  if (editing.value) {
    return (
      <li class="profile card" aria-label={label}>
        <h3>{label}</h3>
        <ProfileForm
          profile={profile}
          accountTitles={accountTitles}
          error={error.value}
          onSave={(change) => void save(change)}
          onCancel={() => (editing.value = false)}
        />
      </li>
    );
  }
  const { defaults } = profile;
  const features = [
    defaults.shortenLinks && t('shortenLinksLabel'),
    defaults.autoHashtag && t('autoHashtagLabel'),
    defaults.requiresApproval && t('requiresApprovalLabel'),
  ].filter(Boolean);
  return (
    <li class="profile card" aria-label={label}>
      <h3>{label}</h3>
      <p class="hint">
        {isPrimary ? t('primaryProfileHelp') : t('profileKeySummary', profile.keyHint)}
        {' · '}
        {defaults.networks.length
          ? t('defaultNetworksSummary', defaults.networks.map(networkName).join(', '))
          : t('defaultNetworksNone')}
        {features.length > 0 && ` · ${features.join(', ')}`}
      </p>
      <div class="actions">
        <button type="button" onClick={() => (editing.value = true)}>
          {t('edit')}
        </button>
        {!isPrimary && (
          <button type="button" onClick={() => (removing.value = true)}>
            {t('remove')}
          </button>
        )}
        {/* The primary profile is tested by the connection form above. */}
        {!isPrimary && (
          <button type="button" onClick={() => void test()} disabled={testing.value}>
            {t('testConnection')}
          </button>
        )}
      </div>
      <div role="status" class={error.value ? 'status error' : 'status'}>
        {testing.value && t('connectionTesting')}
        {error.value}
        {tested.value && <ConnectionResult snapshot={tested.value} />}
      </div>
      {removing.value && (
        <ConfirmDialog title={t('profileRemoveTitle', label)} onConfirm={() => void remove()} onCancel={() => (removing.value = false)}>
          <p>{t('profileRemoveBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
