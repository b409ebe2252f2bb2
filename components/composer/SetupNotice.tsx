import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Shown instead of the network list until an API key is saved. */
export function SetupNotice() {
  return (
    <div class="notice" role="status">
      <p>{t('setupNoKey')}</p>
      <a
        href={browser.runtime.getURL('/options.html')}
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {t('setupOpenOptions')}
      </a>
    </div>
  );
}
