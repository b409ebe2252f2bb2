import type { Browser } from 'wxt/browser';
import type { Platform } from '../ayrshare/platforms';
import { t } from '../i18n';
import { networkName } from '../networks/names';
import type { OutboxEntry } from '../storage/outbox';

const names = (platforms: readonly Platform[]) => [...new Set(platforms)].map(networkName).join(', ');

/**
 * What a notification says about a send that finished while no popup was open: where it did not
 * go, else where it went, over the start of the post. The reasons are in the composer, which
 * keeps the draft of a send that did not go everywhere. (Only an answer from Ayrshare settles a
 * send this way: one the user cancelled was settled in a popup.)
 */
export function notificationOf(entry: OutboxEntry): Browser.notifications.NotificationCreateOptions {
  const taken: Platform[] = [];
  const missed: Platform[] = [];
  for (const target of entry.targets) {
    for (const platform of entry.post.platforms) {
      const status = target.networks.find((n) => n.platform === platform)?.status;
      (target.state === 'done' && status !== 'failed' && status !== 'unreported' ? taken : missed).push(platform);
    }
  }
  return {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: missed.length ? t('notifyNotPosted', names(missed)) : t('notifyPosted', names(taken)),
    message: entry.post.post.slice(0, 120),
  };
}
