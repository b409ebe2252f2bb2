import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { settingsLoad } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { firstGuideProgress, guideProgress, opensOnGuide, type GuideProgress } from '@/utils/settings/first-run';
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
  const progress = useSignal<GuideProgress>('open');
  const guideSaving = useAction();
  const finishGuide = (state: 'skipped' | 'done') =>
    guideSaving.run(async () => {
      await guideProgress.set(state);
      progress.value = state;
    });
  const load = useAction(async () => {
    const [loaded, accounts, stored] = await Promise.all([send(settingsLoad, {}), accountCache.get(), guideProgress.get()]);
    view.value = loaded;
    progress.value = firstGuideProgress(stored, loaded.apiKeyHint);
    if (stored === undefined) await guideProgress.set(progress.value);
    guide.value = opensOnGuide({ progress: progress.value, apiKeyHint: loaded.apiKeyHint }, accounts.some((a) => a.profileId === PRIMARY_PROFILE_ID));
    if (progress.value === 'open' && !guide.value) void finishGuide('done');
  });
  /** Skip guide hides it once that is saved (else it says why, and stays); Close guide at once. */
  const closeGuide = async () => {
    if (progress.value === 'open' && !(await finishGuide('skipped'))) return;
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
      {guide.value && view.value && <FirstRunGuide view={view.value} progress={progress.value} onClose={() => void closeGuide()} />}
      <ConnectionSettings
        view={view.value}
        onSaved={(next) => (view.value = next)}
        onKeyWorked={() => progress.value === 'open' && void finishGuide('done')}
      />
      {view.value && <ProfilesSection view={view.value} onChanged={(next) => (view.value = next)} />}
      {view.value && <ShareNowSetting view={view.value} onSaved={(next) => (view.value = next)} />}
      {view.value?.apiKeyHint && <SchedulesSection view={view.value} />}
    </main>
  );
}
