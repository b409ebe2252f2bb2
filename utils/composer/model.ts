import { batch, computed, signal } from '@preact/signals';
import type { Platform } from '../ayrshare/platforms';
import { t } from '../i18n';
import { refreshAccount } from '../account/refresh';
import { describeError } from '../ayrshare/describe';
import { send } from '../messaging/send';
import { draftProblems } from '../networks/check';
import { allTaken, lostSend, watchEntry } from '../outbox/follow';
import { isSettled } from '../outbox/states';
import type { Prefill } from '../share/prefill';
import { composeText } from '../share/prefill';
import type { AccountSnapshot } from '../storage/account';
import { DRAFT_MAX_AGE_MS, drafts, type Draft } from '../storage/drafts';
import type { OutboxEntry } from '../storage/outbox';
import { PRIMARY_PROFILE_ID } from '../storage/settings';

export interface ComposerStart {
  prefill: Prefill;
  /** Cached GET /user of the profile, shown at once and refreshed in the background. */
  account?: AccountSnapshot;
  apiKeySet: boolean;
  draft?: Draft;
  /** The latest send of this draft, while it is going or just finished (see outbox/follow.ts). */
  send?: OutboxEntry;
  /** Every send in the outbox, for the popup's outbox list. */
  outbox?: OutboxEntry[];
}

export function draftKeyOf(prefill: Prefill): string {
  return prefill.tabId !== undefined ? `tab:${prefill.tabId}` : `url:${prefill.url ?? ''}`;
}

function originOf(prefill: Prefill): string {
  return JSON.stringify([prefill.url, prefill.text, prefill.media]);
}

/**
 * The composer's state and what can be done with it. Created once per popup; components read the
 * signals and call the actions.
 */
export function createComposer(start: ComposerStart) {
  const draftKey = draftKeyOf(start.prefill);
  const origin = originOf(start.prefill);
  // A draft that every network took while the popup was closed is done with: start afresh.
  const posted = start.send && isSettled(start.send) && allTaken(start.send) && start.draft && start.send.createdAt >= start.draft.updatedAt;
  const restored = start.draft && start.draft.origin === origin && !posted ? start.draft : undefined;

  const text = signal(restored?.text ?? composeText(start.prefill));
  const media = signal<string[]>(restored?.media ?? start.prefill.media);
  const account = signal(start.account);
  const accountError = signal<string | undefined>(undefined);
  const refreshing = signal(false);
  const apiKeySet = signal(start.apiKeySet);
  const chosen = signal<Platform[]>(restored?.platforms ?? []);
  const submitting = signal(false);
  const sendError = signal<string | undefined>(undefined);
  const result = signal<OutboxEntry | undefined>(start.send);
  /** Until every profile's copy is final the Post button stays off: a second click would be a second post. */
  const sending = computed(() => submitting.value || (result.value !== undefined && !isSettled(result.value)));

  const linked = computed(() => account.value?.networks ?? []);
  /** Only networks that are still linked count as selected, whatever a stale draft remembers; in list order. */
  const selected = computed(() => linked.value.map((n) => n.platform).filter((p) => chosen.value.includes(p)));
  const problems = computed(() => draftProblems({ text: text.value, media: media.value }, selected.value));
  const sendable = computed(() => selected.value.filter((p) => !problems.value.some((x) => x.platform === p)));

  async function saveDraft() {
    const draft: Draft = {
      key: draftKey,
      text: text.value,
      platforms: chosen.value,
      media: media.value,
      origin,
      updatedAt: Date.now(),
    };
    await drafts.update((all) => [
      ...all.filter((d) => d.key !== draftKey && draft.updatedAt - d.updatedAt < DRAFT_MAX_AGE_MS),
      draft,
    ]);
  }

  async function clearDraft() {
    await drafts.update((all) => all.filter((d) => d.key !== draftKey));
  }

  /** Shows the send as the background moves it along, and lets the draft go once every network took it. */
  function follow(entry: OutboxEntry) {
    const show = (next: OutboxEntry) => {
      result.value = next;
      if (!isSettled(next)) return;
      stop();
      if (allTaken(next)) void clearDraft();
    };
    const stop = watchEntry(entry.id, show);
    show(entry);
  }
  if (start.send && !isSettled(start.send)) follow(start.send);

  return {
    text,
    media,
    account,
    accountError,
    refreshing,
    apiKeySet,
    selected,
    problems,
    sendable,
    sending,
    sendError,
    result,

    setText(value: string) {
      text.value = value;
      void saveDraft();
    },

    toggle(platform: Platform, on: boolean) {
      chosen.value = on ? [...new Set([...chosen.value, platform])] : chosen.value.filter((p) => p !== platform);
      void saveDraft();
    },

    removeMedia(url: string) {
      media.value = media.value.filter((m) => m !== url);
      void saveDraft();
    },

    /** Fetches the linked networks again; the cached list stays on screen meanwhile. */
    async refreshAccount() {
      if (!apiKeySet.value) return;
      refreshing.value = true;
      try {
        const fresh = await refreshAccount(PRIMARY_PROFILE_ID);
        batch(() => {
          account.value = fresh;
          accountError.value = undefined;
        });
      } catch (error) {
        accountError.value = describeError(error);
      } finally {
        refreshing.value = false;
      }
    },

    /** Stops what of the send has not gone out yet; the outcome arrives through `result`. */
    async cancel() {
      if (!result.value) return;
      try {
        await send('outbox/cancel', { entryId: result.value.id });
      } catch (error) {
        sendError.value = describeError(error);
      }
    },

    /** Sends to the networks that can take the draft; nothing typed is cleared unless every network published. */
    async submit() {
      if (sending.value) return;
      if (selected.value.length === 0) {
        sendError.value = t('errorNoNetwork');
        return;
      }
      if (sendable.value.length === 0) {
        sendError.value = t('errorNothingSendable');
        return;
      }
      batch(() => {
        submitting.value = true;
        sendError.value = undefined;
        result.value = undefined;
      });
      const clicked = Date.now();
      try {
        follow(
          await send('post/submit', {
            post: { post: text.value.trim(), platforms: sendable.value, mediaUrls: media.value.length ? media.value : undefined },
            profileIds: [PRIMARY_PROFILE_ID],
            draftKey,
          }),
        );
      } catch (error) {
        // No answer can also mean the worker was stopped mid-request: the send is in the outbox all
        // the same, and the next worker (woken here) finishes it. It must not look failed.
        const written = await lostSend(draftKey, clicked);
        if (written) follow(written);
        else sendError.value = describeError(error);
      } finally {
        submitting.value = false;
      }
    },
  };
}

export type Composer = ReturnType<typeof createComposer>;
