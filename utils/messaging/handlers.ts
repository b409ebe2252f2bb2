import { callAyrshare } from '../ayrshare/client';
import { apiCallFor } from '../ayrshare/gateway';
import { cancelSend, resume, type DeliverDeps } from '../outbox/deliver';
import { submitPost } from '../outbox/submit';
import { credentialsFor, credentialsForTest, loadSettingsView, saveSettings } from '../settings/service';
import type { Handlers } from './serve';

/** What the outbox is sent with, wherever it is woken from. */
export const outboxDeps: DeliverDeps = { credentialsFor, now: Date.now };

/** What the background does for each message of the protocol. */
export const handlers: Handlers = {
  'settings/load': () => loadSettingsView(),
  'settings/save': (change) => saveSettings(change),
  'connection/test': async (change) => callAyrshare(await credentialsForTest(change), { method: 'get', path: 'user' }),
  'api/call': async (request) => callAyrshare(await credentialsFor(request.profileId), apiCallFor(request)),
  'post/submit': (request) => submitPost(request, { ...outboxDeps, newId: () => crypto.randomUUID() }),
  'outbox/cancel': async ({ entryId }) => (await cancelSend(entryId, outboxDeps), {}),
  'outbox/resume': async () => (await resume(outboxDeps), {}),
};
