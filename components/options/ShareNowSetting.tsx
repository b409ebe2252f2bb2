import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { settingsSave } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { useAction } from '../common/use-action';

/** Whether Alt+Shift+P shares the page at once (with its ten seconds to undo). */
export function ShareNowSetting({ view, onSaved }: { view: SettingsView; onSaved(view: SettingsView): void }) {
  const saving = useAction<string>();
  const on = useSignal(view.shareNow);
  return (
    <section class="card" aria-labelledby="share-now-heading">
      <h2 id="share-now-heading">{t('shareNowSection')}</h2>
      <label>
        <input
          type="checkbox"
          checked={on.value}
          disabled={saving.busy}
          onChange={(event) => {
            const shareNow = (on.value = event.currentTarget.checked);
            void saving.run(async () => {
              onSaved(await send(settingsSave, { shareNow }));
              return t(shareNow ? 'shareNowSaved' : 'shareNowOffSaved');
            });
          }}
        />
        {t('shareNowLabel')}
      </label>
      <p class="hint">{t('shareNowHelp')}</p>
      <div role="status" class={saving.error ? 'status error' : 'status'}>
        {saving.error ?? saving.value}
      </div>
    </section>
  );
}
