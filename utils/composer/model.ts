import { batch, computed, signal } from '@preact/signals';
import type { Platform } from '../ayrshare/platforms';
import { t } from '../i18n';
import { refreshAccount } from '../account/refresh';
import { describeError } from '../ayrshare/describe';
import { send } from '../messaging/send';
import { checkDraft } from '../networks/check';
import { mediaFromUrl } from '../networks/media';
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
  const restored = start.draft && start.draft.origin === origin ? start.draft : undefined;

  const text = signal(restored?.text ?? composeText(start.prefill));
  const media = signal<string[]>(restored?.media ?? start.prefill.media);
  const account = signal(start.account);
  const accountError = signal<string | undefined>(undefined);
  const refreshing = signal(false);
  const apiKeySet = signal(start.apiKeySet);
  const chosen = signal<Platform[]>(restored?.platforms ?? []);
  const sending = signal(false);
  const sendError = signal<string | undefined>(undefined);
  const result = signal<OutboxEntry | undefined>(undefined);

  const linked = computed(() => account.value?.networks ?? []);
  /** Only networks that are still linked count as selected, whatever a stale draft remembers; in list order. */
  const selected = computed(() => linked.value.map((n) => n.platform).filter((p) => chosen.value.includes(p)));
  // Option values join when the option panels exist; until then every network gets its defaults.
  const checked = computed(() => checkDraft({ text: text.value, media: media.value.map(mediaFromUrl), options: {} }, selected.value));
  const problems = computed(() => checked.value.problems);
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
        sending.value = true;
        sendError.value = undefined;
        result.value = undefined;
      });
      try {
        const entry = await send('post/submit', {
          post: { post: text.value.trim(), platforms: sendable.value, mediaUrls: media.value.length ? media.value : undefined },
          profileIds: [PRIMARY_PROFILE_ID],
        });
        result.value = entry;
        const allPublished = entry.targets.every((tg) => tg.state === 'done' && tg.networks.every((n) => n.status !== 'failed'));
        if (allPublished) await clearDraft();
      } catch (error) {
        sendError.value = describeError(error);
      } finally {
        sending.value = false;
      }
    },
  };
}

export type Composer = ReturnType<typeof createComposer>;
