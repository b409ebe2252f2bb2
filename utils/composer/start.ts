import { prefillFromActiveTab } from '../share/active-tab';
import { prefillFromSearch } from '../share/prefill';
import { accountCache } from '../storage/account';
import { composerMemory } from '../storage/composer-memory';
import { drafts } from '../storage/drafts';
import { outbox } from '../storage/outbox';
import { sendOfDraft } from '../outbox/draft-send';
import { settings } from '../storage/settings';
import { draftKeyOf, type ComposerStart } from './model';

/**
 * Reads what the composer opens with, all from local storage and the tab, in parallel: no
 * network request stands between a click and a usable composer.
 */
export async function loadComposerStart(search: string): Promise<ComposerStart> {
  const [prefill, current, accounts, saved, memory, sends] = await Promise.all([
    Promise.resolve(prefillFromSearch(search)).then((p) => p ?? prefillFromActiveTab()),
    settings.get(),
    accountCache.get(),
    drafts.get(),
    composerMemory.get(),
    outbox.get(),
  ]);
  return {
    prefill,
    profiles: current.profiles,
    accounts,
    apiKeySet: current.apiKeySet,
    memory,
    draft: saved.find((d) => d.key === draftKeyOf(prefill)),
    send: sendOfDraft(sends, draftKeyOf(prefill), Date.now()),
    outbox: sends,
  };
}
