import { browser, type Browser } from 'wxt/browser';
import { failureOf } from '../ayrshare/failure';
import { t } from '../i18n';
import { networkNames } from '../outbox/notification';
import { resume } from '../outbox/deliver';
import { submitPost, type SubmitDeps } from '../outbox/submit';
import { settings } from '../storage/settings';
import { shareNowRequest } from './share-now';

const REASONS: Partial<Record<string, 'errorNoDefaultNetworks' | 'errorNoPageToShare'>> = {
  noDefaultNetworks: 'errorNoDefaultNetworks',
  noPageAccess: 'errorNoPageToShare',
};

const notShared = (message: string) =>
  browser.notifications.create({ type: 'basic', iconUrl: '/icon/128.png', title: t('notifyNotShared'), message });

/** The keyboard command that shares the current page without opening the composer. */
export const SHARE_NOW_COMMAND = 'share-page-now';

/** How long a share-now waits in the outbox, with its notification offering Undo. */
export const SHARE_NOW_HOLD_MS = 10_000;

/**
 * Shares the tab with the saved defaults, once the user had ten seconds to see what goes where
 * and undo it: the send waits in the outbox (a stopped worker's alarm still sends it), and its
 * notification says the text and the networks. Chrome shows an Undo button; Firefox shows no
 * buttons on notifications, so there a click on the notification undoes (notification.ts: a click
 * on a send not gone out yet cancels it, in both). The outbox reports the outcome under the same
 * notification id; a share that cannot even start says why.
 */
export async function shareNow(tab: Browser.tabs.Tab | undefined, deps: SubmitDeps): Promise<void> {
  try {
    const [active] = tab ? [tab] : await browser.tabs.query({ active: true, currentWindow: true });
    if (!(await settings.get()).shareNow) return void (await notShared(t('errorShareNowOff')));
    const entry = await submitPost(await shareNowRequest(active), deps, SHARE_NOW_HOLD_MS);
    setTimeout(() => void resume(deps), SHARE_NOW_HOLD_MS);
    await browser.notifications.create(entry.id, {
      type: 'basic',
      iconUrl: '/icon/128.png',
      title: t('shareNowHoldTitle', networkNames(entry.post.platforms)),
      message: import.meta.env.FIREFOX ? `${entry.post.post}\n${t('shareNowClickToUndo')}` : entry.post.post,
      ...(!import.meta.env.FIREFOX && { buttons: [{ title: t('shareNowUndo') }] }),
    });
  } catch (error) {
    // Only these stop a share before it is written to the outbox; the outbox reports the rest.
    await notShared(t(REASONS[failureOf(error).kind] ?? 'errorUnexpected'));
  }
}

/** The keyboard command, sent with the outbox's dependencies. */
export function setUpShareNow(deps: SubmitDeps): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SHARE_NOW_COMMAND) void shareNow(tab, deps);
  });
}
