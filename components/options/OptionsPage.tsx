import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { settingsLoad } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { useAction } from '../common/use-action';
import { ConnectionSettings } from './ConnectionSettings';
import { ProfilesSection } from './ProfilesSection';
import { ShareNowSetting } from './ShareNowSetting';
import { SchedulesSection } from './SchedulesSection';

/** The options page: the Ayrshare connection, the profiles it posts for, then their posting schedules. */
export function OptionsPage() {
  const view = useSignal<SettingsView | undefined>(undefined);
  const load = useAction(async () => void (view.value = await send(settingsLoad, {})));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {load.error && (
        <p class="error" role="alert">
          {load.error}
        </p>
      )}
      <ConnectionSettings view={view.value} onSaved={(next) => (view.value = next)} />
      {view.value && <ProfilesSection view={view.value} onChanged={(next) => (view.value = next)} />}
      {view.value && <ShareNowSetting view={view.value} onSaved={(next) => (view.value = next)} />}
      {view.value?.apiKeyHint && <SchedulesSection view={view.value} />}
    </main>
  );
}
