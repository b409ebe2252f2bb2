import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export function PopupHeader() {
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </header>
  );
}
