import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { settingsLoad, settingsSave } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { opensOnGuide } from '@/utils/settings/first-run';
import { accountCache } from '@/utils/storage/account';
import { PRIMARY_PROFILE_ID } from '@/utils/storage/settings';
import { useAction } from '../common/use-action';
import { ConnectionSettings } from './ConnectionSettings';
import { FirstRunGuide } from './FirstRunGuide';
import { ProfilesSection } from './ProfilesSection';
import { ShareNowSetting } from './ShareNowSetting';
import { SchedulesSection } from './SchedulesSection';

/**
 * The options page: the first-run guide while it is due, the Ayrshare connection, the profiles it
 * posts for, then their posting schedules.
 */
export function OptionsPage() {
  const view = useSignal<SettingsView | undefined>(undefined);
  /** Decided once per opening: a guide just finished stays, ticked, until the user closes it. */
  const guide = useSignal(false);
  const guideSaving = useAction();
  const finishGuide = (state: 'skipped' | 'done') =>
    guideSaving.run(async () => void (view.value = await send(settingsSave, { firstRunGuide: state })));
  const load = useAction(async () => {
    const [loaded, accounts] = await Promise.all([send(settingsLoad, {}), accountCache.get()]);
    view.value = loaded;
    guide.value = opensOnGuide(loaded, accounts.some((a) => a.profileId === PRIMARY_PROFILE_ID));
    if (loaded.firstRunGuide === 'open' && !guide.value) void finishGuide('done');
  });
  /** Skip guide hides it once that is saved (else it says why, and stays); Close guide at once. */
  const closeGuide = async () => {
    if (view.value?.firstRunGuide === 'open' && !(await finishGuide('skipped'))) return;
    guide.value = false;
    // The guide and the button that had the focus are gone: the page's heading takes it.
    document.getElementById('options-heading')?.focus();
  };

  const error = load.error ?? guideSaving.error;
  return (
    <main class="options">
      <h1 id="options-heading" tabIndex={-1}>
        {t('optionsTitle')}
      </h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {guide.value && view.value && <FirstRunGuide view={view.value} onClose={() => void closeGuide()} />}
      <ConnectionSettings
        view={view.value}
        onSaved={(next) => (view.value = next)}
        onKeyWorked={() => view.value?.firstRunGuide === 'open' && void finishGuide('done')}
      />
      {view.value && <ProfilesSection view={view.value} onChanged={(next) => (view.value = next)} />}
      {view.value && <ShareNowSetting view={view.value} onSaved={(next) => (view.value = next)} />}
      {view.value?.apiKeyHint && <SchedulesSection view={view.value} />}
    </main>
  );
}
