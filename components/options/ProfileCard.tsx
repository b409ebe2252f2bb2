import { useSignal } from '@preact/signals';
import { snapshotOf } from '@/utils/account/refresh';
import { formatList } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { ProfileChange, SettingsView } from '@/utils/messaging/protocol';
import { profilesRemove, profilesSave, profilesTest } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import type { AccountSnapshot } from '@/utils/storage/account';
import { PRIMARY_PROFILE_ID } from '@/utils/storage/settings';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ConnectionResult } from './ConnectionResult';
import { useAction } from '../common/use-action';
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
  const change = useAction();
  const test = useAction<AccountSnapshot>();
  const label = profileLabel(profile);
  const isPrimary = profile.id === PRIMARY_PROFILE_ID;

  async function save(edited: ProfileChange) {
    if (await change.run(async () => onChanged(await send(profilesSave, edited)))) editing.value = false;
  }

  function remove() {
    removing.value = false;
    void change.run(async () => onChanged(await send(profilesRemove, { id: profile.id })));
  }

  function testConnection() {
    change.clear();
    test.clear();
    void test.run(async () => snapshotOf(profile.id, await send(profilesTest, { id: profile.id }), Date.now()));
  }

  if (editing.value) {
    return (
      <li class="profile card" aria-label={label}>
        <h3>{label}</h3>
        <ProfileForm
          profile={profile}
          accountTitles={accountTitles}
          error={change.error}
          onSave={(edited) => void save(edited)}
          onCancel={() => {
            editing.value = false;
            change.clear();
          }}
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
          ? t('defaultNetworksSummary', formatList(defaults.networks.map(networkName)))
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
          <button type="button" onClick={testConnection} disabled={test.busy}>
            {t('testConnection')}
          </button>
        )}
      </div>
      <div role="status" class={change.error || test.error ? 'status error' : 'status'}>
        {test.busy && t('connectionTesting')}
        {change.error ?? test.error}
        {test.value && !test.busy && <ConnectionResult snapshot={test.value} />}
      </div>
      {removing.value && (
        <ConfirmDialog title={t('profileRemoveTitle', label)} onConfirm={() => void remove()} onCancel={() => (removing.value = false)}>
          <p>{t('profileRemoveBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
