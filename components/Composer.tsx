import type { Composer as ComposerModel } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { MediaList } from './MediaList';
import { NetworkPicker } from './NetworkPicker';
import { SendResults } from './SendResults';
import { SetupNotice } from './SetupNotice';

function AccountStatus({ model }: { model: ComposerModel }) {
  if (model.accountError.value) {
    return (
      <div class="notice error" role="alert">
        <p>{model.accountError.value}</p>
        <button type="button" onClick={() => void model.refreshAccount()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!model.account.value) return <p role="status">{t('networksLoading')}</p>;
  if (model.account.value.networks.length === 0) return <p class="notice">{t('networksNoneLinked')}</p>;
  return null;
}

/** The toolbar popup: write, choose networks, post, and see what each network did. */
export function Composer({ model }: { model: ComposerModel }) {
  const skipped = model.problems.value.filter((p) => model.selected.value.includes(p.platform));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void model.submit();
    }
  };
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit();
      }}
    >
      <label for="post-text">{t('postTextLabel')}</label>
      <textarea
        id="post-text"
        rows={6}
        value={model.text.value}
        onInput={(event) => model.setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <MediaList media={model.media.value} onRemove={(url) => model.removeMedia(url)} />
      {model.apiKeySet.value ? (
        <>
          <AccountStatus model={model} />
          {model.account.value && (
            <NetworkPicker
              networks={model.account.value.networks}
              selected={model.selected.value}
              problems={model.problems.value}
              onToggle={(platform, on) => model.toggle(platform, on)}
            />
          )}
        </>
      ) : (
        <SetupNotice />
      )}
      {model.sendError.value && (
        <p class="error" role="alert">
          {model.sendError.value}
        </p>
      )}
      {skipped.length > 0 && model.sendable.value.length > 0 && (
        <p class="hint">
          {t('notSentSummary', skipped.map((p) => networkName(p.platform)).join(', '))}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={model.sending.value || !model.apiKeySet.value}>
          {model.sending.value ? t('posting') : t('postButton')}
        </button>
      </div>
      {model.result.value && <SendResults entry={model.result.value} onCancel={() => void model.cancel()} />}
      <p class="visually-hidden" role="status">
        {model.sending.value ? t('posting') : ''}
      </p>
    </form>
  );
}
