import { browser } from 'wxt/browser';
import { outbox } from '../storage/outbox';
import { cancelSend, type DeliverDeps } from './deliver';
import { canCancel } from './states';

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
