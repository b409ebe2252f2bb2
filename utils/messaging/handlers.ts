import { callAyrshare } from '../ayrshare/client';
import { apiCallFor } from '../ayrshare/gateway';
import { submitPost } from '../outbox/submit';
import { credentialsFor, credentialsForTest, loadSettingsView, saveSettings } from '../settings/service';
import type { Handlers } from './serve';

/** What the background does for each message of the protocol. */
export const handlers: Handlers = {
  'settings/load': () => loadSettingsView(),
  'settings/save': (change) => saveSettings(change),
  'connection/test': async (change) => callAyrshare(await credentialsForTest(change), { method: 'get', path: 'user' }),
  'api/call': async (request) => callAyrshare(await credentialsFor(request.profileId), apiCallFor(request)),
  'post/submit': (request) =>
    submitPost(request, { credentialsFor, now: Date.now, newId: () => crypto.randomUUID() }),
};
