import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { SettingsChange, SettingsView } from '@/utils/messaging/protocol';
import { connectionTest, settingsSave } from '@/utils/messaging/protocol';
import { snapshotOf } from '@/utils/account/refresh';
import { PRIMARY_PROFILE_ID } from '@/utils/storage/settings';
import { send } from '@/utils/messaging/send';
import type { AccountSnapshot } from '@/utils/storage/account';
import { useAction } from '../common/use-action';
import { ConnectionResult } from './ConnectionResult';
import { SecretField } from './SecretField';

/** API key, X app credentials and API base URL, with Save and Test connection. */
export function ConnectionSettings({ view, onSaved }: { view: SettingsView | undefined; onSaved(view: SettingsView): void }) {
  const apiKey = useSignal('');
  const xApiKey = useSignal('');
  const xApiSecret = useSignal('');
  const baseUrl = useSignal('');
  /** Save says what it did ("Settings saved."); Test connection shows the account it reached. */
  const saving = useAction<string>();
  const testing = useAction<AccountSnapshot>();
  const busy = saving.busy || testing.busy;

  useEffect(() => {
    if (view) baseUrl.value = view.baseUrl;
  }, [view?.baseUrl]);

  /** Blank secret fields mean "keep what is saved". */
  function change(): SettingsChange {
    return {
      baseUrl: baseUrl.value,
      apiKey: apiKey.value || undefined,
      xApiKey: xApiKey.value || undefined,
      xApiSecret: xApiSecret.value || undefined,
    };
  }

  function save(next: SettingsChange, done: string) {
    testing.clear();
    void saving.run(async () => {
      const saved = await send(settingsSave, next);
      baseUrl.value = saved.baseUrl;
      onSaved(saved);
      apiKey.value = xApiKey.value = xApiSecret.value = '';
      return done;
    });
  }

  function testConnection() {
    saving.clear();
    testing.clear();
    void testing.run(async () => snapshotOf(PRIMARY_PROFILE_ID, await send(connectionTest, change()), Date.now()));
  }

  const hints = view;
  return (
    <section class="card" aria-labelledby="connection-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(change(), t('settingsSaved'));
        }}
      >
        <h2 id="connection-heading">{t('optionsAyrshareSection')}</h2>
        <p class="hint">{t('optionsApiKeyHelp')}</p>
        <SecretField
          id="api-key"
          label={t('apiKeyLabel')}
          value={apiKey.value}
          savedHint={hints?.apiKeyHint ?? ''}
          onInput={(v) => (apiKey.value = v)}
          onRemove={() => save({ baseUrl: baseUrl.value, apiKey: '' }, t('secretRemoved'))}
        />
        <div class="field">
          <label for="base-url">{t('baseUrlLabel')}</label>
          <input
            id="base-url"
            type="url"
            spellcheck={false}
            value={baseUrl.value}
            placeholder={hints?.defaultBaseUrl}
            aria-describedby="base-url-hint"
            onInput={(event) => (baseUrl.value = event.currentTarget.value)}
          />
          <p id="base-url-hint" class="hint">
            {t('baseUrlHint', hints?.defaultBaseUrl ?? '')}
          </p>
        </div>
        <h3>{t('optionsXSection')}</h3>
        <p class="hint">{t('optionsXHelp')}</p>
        <SecretField
          id="x-api-key"
          label={t('xApiKeyLabel')}
          value={xApiKey.value}
          savedHint={hints?.xApiKeyHint ?? ''}
          onInput={(v) => (xApiKey.value = v)}
          onRemove={() => save({ baseUrl: baseUrl.value, xApiKey: '' }, t('secretRemoved'))}
        />
        <SecretField
          id="x-api-secret"
          label={t('xApiSecretLabel')}
          value={xApiSecret.value}
          savedHint={hints?.xApiSecretHint ?? ''}
          onInput={(v) => (xApiSecret.value = v)}
          onRemove={() => save({ baseUrl: baseUrl.value, xApiSecret: '' }, t('secretRemoved'))}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
          <button type="button" onClick={testConnection} disabled={busy}>
            {t('testConnection')}
          </button>
        </div>
        <div role="status" class={saving.error || testing.error ? 'status error' : 'status'}>
          {saving.busy ? t('saving') : testing.busy ? t('connectionTesting') : (saving.error ?? testing.error ?? saving.value)}
          {testing.value && !testing.busy && <ConnectionResult snapshot={testing.value} />}
        </div>
      </form>
    </section>
  );
}
