import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Shown instead of the networks and Post until an API key is saved: the first-run guide in one line. */
export function SetupNotice() {
  return (
    <div class="notice setup" role="status">
      <p>{t('composerSetupLine')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('composerSetupButton')}
      </button>
    </div>
  );
}
