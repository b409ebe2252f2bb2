import { cleanPrefill, prefillFromSearch } from '../share/prefill';
import { accountCache } from '../storage/account';
import { composerMemory } from '../storage/composer-memory';
import { drafts } from '../storage/drafts';
import { settings } from '../storage/settings';
import { draftKeyOf, type ComposerStart } from './model';
import { OUTBOX_KEY, takeStartRead } from './start-read';

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/**
 * What the composer opens with, all from local storage and the tab: no network request stands
 * between a click and a usable composer. The reads were begun before this code loaded (see
 * start-read.ts). The outbox follows the first paint; of it, only the sends of this draft and this
 * page are checked here (the outbox list reads the others).
 */
export async function loadComposerStart(search: string): Promise<ComposerStart> {
  const read = takeStartRead();
  const [tab, stored] = await Promise.all([read.tab, read.stored]);
  const prefill = prefillFromSearch(search) ?? cleanPrefill(tab ?? {});
  const current = settings.parse(stored[settings.key]);
  const draftKey = draftKeyOf(prefill);
  const saved = drafts.parse(stored[drafts.key]);
  return {
    prefill,
    profiles: current.profiles,
    accounts: accountCache.parse(stored[accountCache.key]),
    apiKeySet: current.apiKeySet,
    apiHost: hostOf(current.baseUrl),
    memory: composerMemory.parse(stored[composerMemory.key]),
    draft: saved.find((d) => d.key === draftKey),
    otherDrafts: saved.filter((d) => d.key !== draftKey),
    sends: Promise.all([read.outbox, import('./sends-read')]).then(([raw, m]) => m.sendsOf(raw[OUTBOX_KEY], draftKey, prefill.url, Date.now())),
  };
}
