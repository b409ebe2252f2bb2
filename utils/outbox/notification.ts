import { browser, type Browser } from 'wxt/browser';
import type { Platform } from '../ayrshare/platforms';
import { t } from '../i18n';
import { networkName } from '../networks/names';
import { outbox, type OutboxEntry } from '../storage/outbox';
import { cancelSend, type DeliverDeps } from './deliver';
import { canCancel } from './states';

export const networkNames = (platforms: readonly Platform[]) => [...new Set(platforms)].map(networkName).join(', ');

/**
 * What a notification says about a send that finished while no popup was open: where it did not
 * go, else where it went, over the start of the post. The reasons are in the composer, which
 * keeps the draft of a send that did not go everywhere. (Only an answer from Ayrshare settles a
 * send this way: one the user cancelled was settled in a popup.)
 */
export function notificationOf(entry: OutboxEntry): Browser.notifications.NotificationCreateOptions {
  const taken: Platform[] = [];
  const missed: Platform[] = [];
  // A post that may be live is said first: posting it again would post it twice.
  const unsure: Platform[] = [];
  for (const target of entry.targets) {
    for (const platform of target.platforms ?? entry.post.platforms) {
      const status = target.networks.find((n) => n.platform === platform)?.status;
      const list = target.state === 'unknown' ? unsure : target.state === 'done' && status !== 'failed' && status !== 'unreported' ? taken : missed;
      list.push(platform);
    }
  }
  return {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: unsure.length
      ? t('notifyUnconfirmed', networkNames(unsure))
      : missed.length
        ? t('notifyNotPosted', networkNames(missed))
        : t('notifyPosted', networkNames(taken)),
    message: entry.post.post.slice(0, 120),
  };
}

/**
 * A click on a notification opens the live post when there is one, otherwise the post in the
 * history view; on a send that has not gone out (share-now's ten seconds), it is Undo.
 * Notification ids are the send's id, with "|profileId" for a followed-up post.
 */
export async function openNotified(notificationId: string, deps: DeliverDeps): Promise<void> {
  const [entryId, profileId] = notificationId.split('|');
  const entry = (await outbox.get()).find((e) => e.id === entryId);
  if (entry?.targets.every(canCancel)) return undo(notificationId, deps);
  const targets = entry?.targets.filter((t) => !profileId || t.profileId === profileId) ?? [];
  const live = targets.flatMap((t) => t.networks).find((n) => n.postUrl)?.postUrl;
  const post = targets.find((t) => t.postId);
  const history = post ? `/post-history.html?${new URLSearchParams({ profile: post.profileId, post: post.postId! })}` : '/post-history.html';
  await browser.tabs.create({ url: live ?? browser.runtime.getURL(history as `/post-history.html${string}`) });
  await browser.notifications.clear(notificationId);
}

/** Undo: the send is cancelled before it goes out, and its notification goes. */
async function undo(notificationId: string, deps: DeliverDeps): Promise<void> {
  await cancelSend(notificationId, deps);
  await browser.notifications.clear(notificationId);
}

/** A click on one of Sharebeam's notifications opens what it is about; its one button is Undo. */
export function setUpNotifications(deps: DeliverDeps): void {
  browser.notifications.onClicked.addListener((id) => void openNotified(id, deps));
  browser.notifications.onButtonClicked?.addListener((id) => void undo(id, deps));
}
