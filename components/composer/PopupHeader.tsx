import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export function PopupHeader() {
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      <nav>
        {/* The history page's code loads only when asked for: the popup's start-up stays small. */}
        <button type="button" class="link" onClick={() => void import('@/utils/history/open').then((m) => m.openHistory())}>
          {t('historyOpen')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </nav>
    </header>
  );
}
