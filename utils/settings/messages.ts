import { browser } from 'wxt/browser';
import { callEndpoint } from '../ayrshare/client';
import type { HandlersOf } from '../messaging/serve';
import { secrets } from '../storage/secrets';
import { settings } from '../storage/settings';
import { changeTogether } from '../storage/stored-value';
import { exportProfiles, importProfiles, profilesWithKeys, removeProfile, saveProfile } from './profiles';
import { credentialsForProfileTest, credentialsForTest, loadSettingsView, saveSettings } from './service';

type SettingsMessage =
  | 'settings/load'
  | 'settings/save'
  | 'connection/test'
  | 'profiles/save'
  | 'profiles/remove'
  | 'profiles/test'
  | 'profiles/export'
  | 'profiles/match'
  | 'profiles/import';

/** The options page's messages: settings, profiles, and the connection tests (GET /user). */
export function settingsMessages(newId: () => string): HandlersOf<SettingsMessage> {
  return {
    'settings/load': () => loadSettingsView(),
    'settings/save': (change) => saveSettings(change),
    'connection/test': async (change) => callEndpoint(await credentialsForTest(change), 'user'),
    'profiles/save': async (change) => {
      await saveProfile(change, newId);
      return loadSettingsView();
    },
    'profiles/remove': async ({ id }) => {
      await removeProfile(id);
      return loadSettingsView();
    },
    'profiles/test': async ({ id, profileKey }) => callEndpoint(await credentialsForProfileTest(id, profileKey), 'user'),
    'profiles/export': async () => ({ profiles: await exportProfiles() }),
    'profiles/match': async ({ keys }) => ({ ids: await profilesWithKeys(keys) }),
    'profiles/import': async ({ profiles }) => {
      await importProfiles(profiles, newId);
      return loadSettingsView();
    },
  };
}

/**
 * Storage stays with the extension's own pages and worker, where Chrome can say so (Firefox has no
 * such setting: README, "Security"); after an update, settings in an older shape are read through
 * migrations, and keys stored before they were encrypted are read as they are, and both are
 * written back once.
 */
export function setUpSettings(): void {
  browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A new user starts on the first-run guide (components/options/FirstRunGuide.tsx). Chrome also
    // says "install" at every start of an extension loaded with --load-extension, storage kept: a
    // saved key means the guide has been through.
    void changeTogether([settings, secrets], (both) => {
      if (reason === 'install' && !both[1].apiKey) void browser.runtime.openOptionsPage();
      return both;
    });
  });
}
