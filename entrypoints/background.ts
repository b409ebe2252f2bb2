import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handlers, submitDeps } from '@/utils/messaging/handlers';
import { serveMessages } from '@/utils/messaging/serve';
import { openNotified } from '@/utils/outbox/notification';
import { registerOutbox } from '@/utils/outbox/wake';
import { onShareMenuClick, registerShareMenus } from '@/utils/share/menus';
import { SHARE_NOW_COMMAND, shareNow } from '@/utils/share/share-now-command';
import { secrets, secretValues } from '@/utils/storage/secrets';
import { settings } from '@/utils/storage/settings';

export default defineBackground(() => {
  // Only the extension's own pages and this worker may read storage, where Chrome supports saying
  // so (Firefox has no content-script access to restrict here: Sharebeam declares none).
  browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  // Listeners are added synchronously at start-up so an event that woke the worker is not missed.
  serveMessages(handlers, async () => secretValues(await secrets.get()));
  browser.contextMenus.onClicked.addListener((info, tab) => void onShareMenuClick(info, tab));
  browser.runtime.onInstalled.addListener(() => {
    void registerShareMenus();
    // After an update, settings in an older shape are read through migrations; write them back once.
    void settings.update((current) => current);
  });
  browser.runtime.onStartup.addListener(() => void registerShareMenus());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SHARE_NOW_COMMAND) void shareNow(tab, submitDeps);
  });
  browser.notifications.onClicked.addListener((id) => void openNotified(id));
  registerOutbox();
});
