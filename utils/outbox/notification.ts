import type { Browser } from 'wxt/browser';
import type { Platform } from '../ayrshare/platforms';
import { formatList } from '../format';
import { t } from '../i18n';
import { networkName } from '../networks/names';
import type { OutboxEntry } from '../storage/outbox';

export const networkNames = (platforms: readonly Platform[]) => formatList([...new Set(platforms)].map(networkName));

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
