import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handlers } from '@/utils/messaging/handlers';
import { serveMessages } from '@/utils/messaging/serve';
import { onShareMenuClick, registerShareMenus } from '@/utils/share/menus';
import { settings } from '@/utils/storage/settings';

export default defineBackground(() => {
  // Listeners are added synchronously at start-up so an event that woke the worker is not missed.
  serveMessages(handlers);
  browser.contextMenus.onClicked.addListener((info, tab) => void onShareMenuClick(info, tab));
  browser.runtime.onInstalled.addListener(() => {
    void registerShareMenus();
    // After an update, settings in an older shape are read through migrations; write them back once.
    void settings.update((current) => current);
  });
  browser.runtime.onStartup.addListener(() => void registerShareMenus());
});
