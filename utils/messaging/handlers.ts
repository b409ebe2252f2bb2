import { callAyrshare } from '../ayrshare/client';
import { apiCallFor } from '../ayrshare/gateway';
import { cancelSend, resume, type DeliverDeps } from '../outbox/deliver';
import { submitPost, type SubmitDeps } from '../outbox/submit';
import { exportProfiles, importProfiles, removeProfile, saveProfile } from '../settings/profiles';
import { credentialsFor, credentialsForProfileTest, credentialsForTest, loadSettingsView, saveSettings } from '../settings/service';
import type { Handlers } from './serve';

const newId = () => crypto.randomUUID();

/** What the outbox is sent with, wherever it is woken from. */
export const outboxDeps: DeliverDeps = { credentialsFor, now: Date.now };
/** What a new send is written and sent with: from the composer or the share-now command. */
export const submitDeps: SubmitDeps = { ...outboxDeps, newId };

/** What the background does for each message of the protocol. */
export const handlers: Handlers = {
  'settings/load': () => loadSettingsView(),
  'settings/save': (change) => saveSettings(change),
  'connection/test': async (change) => callAyrshare(await credentialsForTest(change), { method: 'get', path: 'user' }),
  'profiles/save': async (change) => {
    await saveProfile(change, newId);
    return loadSettingsView();
  },
  'profiles/remove': async ({ id }) => {
    await removeProfile(id);
    return loadSettingsView();
  },
  'profiles/test': async ({ id, profileKey }) =>
    callAyrshare(await credentialsForProfileTest(id, profileKey), { method: 'get', path: 'user' }),
  'profiles/export': async () => ({ json: await exportProfiles() }),
  'profiles/import': async ({ profiles }) => {
    await importProfiles(profiles, newId);
    return loadSettingsView();
  },
  'api/call': async (request) => callAyrshare(await credentialsFor(request.profileId), apiCallFor(request)),
  'post/submit': (request) => submitPost(request, submitDeps),
  'outbox/cancel': async ({ entryId }) => (await cancelSend(entryId, outboxDeps), {}),
  'outbox/resume': async () => (await resume(outboxDeps), {}),
};
