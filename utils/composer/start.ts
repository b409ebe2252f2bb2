import { prefillFromActiveTab } from '../share/active-tab';
import { prefillFromSearch } from '../share/prefill';
import { accountCache } from '../storage/account';
import { composerMemory } from '../storage/composer-memory';
import { drafts } from '../storage/drafts';
import { outboxEntriesOf } from '../storage/outbox';
import { sendOfDraft } from '../outbox/draft-send';
import { sharedBefore } from '../outbox/shared-before';
import { settings } from '../storage/settings';
import { draftKeyOf, type ComposerStart } from './model';

/**
 * Reads what the composer opens with, all from local storage and the tab, in parallel: no
 * network request stands between a click and a usable composer. Of the outbox only the sends of
 * this draft and this page are read; the outbox list loads the others after the first paint.
 */
export async function loadComposerStart(search: string): Promise<ComposerStart> {
  const prefilled = Promise.resolve(prefillFromSearch(search)).then((p) => p ?? prefillFromActiveTab());
  const [prefill, current, accounts, saved, memory, sends] = await Promise.all([
    prefilled,
    settings.get(),
    accountCache.get(),
    drafts.get(),
    composerMemory.get(),
    outboxEntriesOf(prefilled.then((p) => ({ draftKey: draftKeyOf(p), pageUrl: p.url }))),
  ]);
  return {
    prefill,
    profiles: current.profiles,
    accounts,
    apiKeySet: current.apiKeySet,
    memory,
    draft: saved.find((d) => d.key === draftKeyOf(prefill)),
    send: sendOfDraft(sends, draftKeyOf(prefill), Date.now()),
    sharedBefore: sharedBefore(sends, prefill.url),
  };
}
