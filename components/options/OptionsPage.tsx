import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeError } from '@/utils/ayrshare/describe';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/settings-messages';
import { settingsLoad } from '@/utils/messaging/settings-messages';
import { send } from '@/utils/messaging/send';
import { ConnectionSettings } from './ConnectionSettings';
import { ProfilesSection } from './ProfilesSection';

/** The options page: the Ayrshare connection, then the profiles it posts for. */
export function OptionsPage() {
  const view = useSignal<SettingsView | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);

  useEffect(() => {
    send(settingsLoad, {}).then(
      (loaded) => (view.value = loaded),
      (e) => (error.value = describeError(e)),
    );
  }, []);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <ConnectionSettings view={view.value} onSaved={(next) => (view.value = next)} />
      {view.value && <ProfilesSection view={view.value} onChanged={(next) => (view.value = next)} />}
    </main>
  );
}
