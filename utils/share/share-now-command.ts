import { browser, type Browser } from 'wxt/browser';
import { failureOf } from '../ayrshare/failure';
import { t } from '../i18n';
import type { SubmitDeps } from '../outbox/submit';
import { submitPost } from '../outbox/submit';
import { shareNowRequest } from './share-now';

const REASONS: Partial<Record<string, 'errorNoDefaultNetworks' | 'errorNoPageToShare'>> = {
  noDefaultNetworks: 'errorNoDefaultNetworks',
  noPageAccess: 'errorNoPageToShare',
};

/** The keyboard command that shares the current page without opening the composer. */
export const SHARE_NOW_COMMAND = 'share-page-now';

/**
 * Shares the tab with the saved defaults. The outbox reports the outcome with a notification
 * once Ayrshare answers; a share that cannot even start says why the same way.
 */
export async function shareNow(tab: Browser.tabs.Tab | undefined, deps: SubmitDeps): Promise<void> {
  try {
    const [active] = tab ? [tab] : await browser.tabs.query({ active: true, currentWindow: true });
    await submitPost(await shareNowRequest(active), deps);
  } catch (error) {
    await browser.notifications.create({
      type: 'basic',
      iconUrl: '/icon/128.png',
      title: t('notifyNotShared'),
      // Only these two stop a share before it is written to the outbox; the outbox reports the rest.
      message: t(REASONS[failureOf(error).kind] ?? 'errorUnexpected'),
    });
  }
}

/** The keyboard command, sent with the outbox's dependencies. */
export function setUpShareNow(deps: SubmitDeps): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SHARE_NOW_COMMAND) void shareNow(tab, deps);
  });
}
