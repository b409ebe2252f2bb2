import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { t } from '@/utils/i18n';
import { checkedBaseUrl, grantFor, keysMustBeConfirmed } from '@/utils/settings/base-url';
import type { SettingsChange, SettingsView } from '@/utils/messaging/protocol';
import { connectionTest, settingsSave } from '@/utils/messaging/protocol';
import { snapshotOf } from '@/utils/account/refresh';
import { DEFAULT_BASE_URL } from '@/utils/storage/defaults';
import { PRIMARY_PROFILE_ID } from '@/utils/storage/settings';
import { send } from '@/utils/messaging/send';
import type { AccountSnapshot } from '@/utils/storage/account';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAction } from '../common/use-action';
import { ConnectionResult } from './ConnectionResult';
import { SecretField } from './SecretField';

/**
 * Asks for the host permission a custom API address needs before any key goes there
 * (settings/base-url.ts). It must run in the click's own task: the browser asks only then.
 */
function allowed(url: string | undefined): Promise<void> {
  const checked = url === undefined ? undefined : checkedBaseUrl(url);
  const origin = checked && grantFor(checked);
  if (!origin) return Promise.resolve();
  return browser.permissions.request({ origins: [origin] }).then((granted) => {
    if (!granted) throw new FailureError({ kind: 'notGranted', host: new URL(checked).host });
  });
}

/** Keys saved now that a new address would receive, unless typed again with it. */
function savedKeysMove(view: SettingsView, change: SettingsChange): boolean {
  return Boolean(
    (view.apiKeyHint && !change.apiKey) ||
      (view.xApiKeyHint && !change.xApiKey) ||
      (view.xApiSecretHint && !change.xApiSecret) ||
      view.profiles.some((p) => p.keyHint),
  );
}

/**
 * API key, X app credentials and API base URL, with Save and Test connection. `onKeyWorked`: Test
 * connection reached Ayrshare with the saved key at the saved address (the first-run guide is done).
 */
export function ConnectionSettings({
  view,
  onSaved,
  onKeyWorked,
}: {
  view: SettingsView | undefined;
  onSaved(view: SettingsView): void;
  onKeyWorked(): void;
}) {
  const apiKey = useSignal('');
  const xApiKey = useSignal('');
  const xApiSecret = useSignal('');
  const baseUrl = useSignal('');
  /** Save says what it did ("Settings saved."); Test connection shows the account it reached. */
  const saving = useAction<string>();
  const testing = useAction<AccountSnapshot>();
  const busy = saving.busy || testing.busy;
  /** A save that sends the saved keys to a new address, waiting for the user's word. */
  const confirming = useSignal<{ change: SettingsChange; origin: string } | undefined>(undefined);

  useEffect(() => {
    if (view) baseUrl.value = view.baseUrl;
  }, [view?.baseUrl]);

  /**
   * What the user changed: blank secret fields and an unchanged address keep what is saved, so a
   * save here never undoes what another options page saved meanwhile.
   */
  function change(): SettingsChange {
    return {
      baseUrl: baseUrl.value.trim() === view?.baseUrl ? undefined : baseUrl.value,
      apiKey: apiKey.value || undefined,
      xApiKey: xApiKey.value || undefined,
      xApiSecret: xApiSecret.value || undefined,
    };
  }

  function save(next: SettingsChange, done: string) {
    testing.clear();
    void saving.run(async () => {
      await allowed(next.baseUrl);
      const saved = await send(settingsSave, next);
      baseUrl.value = saved.baseUrl;
      onSaved(saved);
      apiKey.value = xApiKey.value = xApiSecret.value = '';
      return done;
    });
  }

  /** Save, after asking whether the saved keys may go to a new address. */
  function submit() {
    const next = change();
    let to: string | undefined;
    try {
      to = next.baseUrl === undefined ? undefined : checkedBaseUrl(next.baseUrl);
    } catch {
      // Save says why.
    }
    if (view && to && keysMustBeConfirmed(view.baseUrl, to) && savedKeysMove(view, next)) {
      confirming.value = { change: next, origin: new URL(to).origin };
    } else {
      save(next, t('settingsSaved'));
    }
  }

  function testConnection() {
    saving.clear();
    testing.clear();
    const next = change();
    const savedKey = Boolean(view?.apiKeyHint) && !next.apiKey && next.baseUrl === undefined;
    void testing
      .run(async () => {
        await allowed(next.baseUrl);
        return snapshotOf(PRIMARY_PROFILE_ID, await send(connectionTest, next), Date.now());
      })
      .then((worked) => worked && savedKey && onKeyWorked());
  }

  const hints = view;
  return (
    <section class="card" aria-labelledby="connection-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
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
          onRemove={() => save({ apiKey: '' }, t('secretRemoved'))}
        />
        <div class="field">
          <label for="base-url">{t('baseUrlLabel')}</label>
          <input
            id="base-url"
            type="url"
            spellcheck={false}
            value={baseUrl.value}
            placeholder={DEFAULT_BASE_URL}
            aria-describedby="base-url-hint"
            onInput={(event) => (baseUrl.value = event.currentTarget.value)}
          />
          <p id="base-url-hint" class="hint">
            {t('baseUrlHint', DEFAULT_BASE_URL)} {t('permissionHint')}
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
          onRemove={() => save({ xApiKey: '' }, t('secretRemoved'))}
        />
        <SecretField
          id="x-api-secret"
          label={t('xApiSecretLabel')}
          value={xApiSecret.value}
          savedHint={hints?.xApiSecretHint ?? ''}
          onInput={(v) => (xApiSecret.value = v)}
          onRemove={() => save({ xApiSecret: '' }, t('secretRemoved'))}
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
      {confirming.value && (
        <ConfirmDialog
          title={t('keysMoveTitle', confirming.value.origin)}
          onConfirm={() => {
            const { change: next, origin } = confirming.value!;
            confirming.value = undefined;
            save({ ...next, keysFor: origin }, t('settingsSaved'));
          }}
          onCancel={() => (confirming.value = undefined)}
        >
          <p>{t('keysMoveBody', confirming.value.origin)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
