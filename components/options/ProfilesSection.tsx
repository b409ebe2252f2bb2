import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ProfileChange, SettingsView } from '@/utils/messaging/protocol';
import { profilesSave } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { accountProfileTitles } from '@/utils/profiles/account-titles';
import { useAction } from '../common/use-action';
import { ProfileCard } from './ProfileCard';
import { ProfileForm } from './ProfileForm';
import { ProfilesTransfer } from './ProfilesTransfer';

/** The primary profile and any number of user profiles (agencies post for many clients). */
export function ProfilesSection({ view, onChanged }: { view: SettingsView; onChanged(view: SettingsView): void }) {
  const adding = useSignal(false);
  const adder = useAction();
  const titles = useSignal<string[]>([]);

  useEffect(() => {
    if (view.apiKeyHint) void accountProfileTitles().then((list) => (titles.value = list));
  }, [view.apiKeyHint]);

  async function add(change: ProfileChange) {
    if (await adder.run(async () => onChanged(await send(profilesSave, change)))) adding.value = false;
  }

  return (
    <section class="card" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('profilesSection')}</h2>
      <p class="hint">{t('profilesHelp')}</p>
      <ul class="profiles">
        {view.profiles.map((profile) => (
          <ProfileCard key={profile.id} profile={profile} accountTitles={titles.value} onChanged={onChanged} />
        ))}
      </ul>
      {adding.value ? (
        <div class="profile card" role="group" aria-label={t('addProfile')}>
          <h3>{t('addProfile')}</h3>
          <ProfileForm
            accountTitles={titles.value}
            error={adder.error}
            onSave={(change) => void add(change)}
            onCancel={() => {
              adding.value = false;
              adder.clear();
            }}
          />
        </div>
      ) : (
        <div class="actions">
          <button type="button" onClick={() => (adding.value = true)}>
            {t('addProfile')}
          </button>
        </div>
      )}
      <ProfilesTransfer view={view} onChanged={onChanged} />
    </section>
  );
}
