import { batch, computed, signal } from '@preact/signals';
import { postSubmit } from '../messaging/protocol';
import { refreshAccount } from '../account/refresh';
import { failureOf, type Failure } from '../ayrshare/failure';
import type { Platform } from '../ayrshare/platforms';
import { send } from '../messaging/send';
import { checkDraft } from '../networks/check';
import { mediaFromUrl } from '../networks/media';
import { composeText, type Prefill } from '../share/prefill';
import { withSnapshot, type AccountSnapshot } from '../storage/account';
import { composerMemory, type ComposerMemory } from '../storage/composer-memory';
import { DRAFT_MAX_AGE_MS, drafts, type Draft } from '../storage/drafts';
import type { OutboxEntry } from '../storage/outbox';
import { PRIMARY_PROFILE_ID, type Profile } from '../storage/settings';
import { offeredNetworks, targetsFor } from './networks';

export interface ComposerStart {
  prefill: Prefill;
  profiles: readonly Profile[];
  /** Cached GET /user of each profile, shown at once and refreshed in the background. */
  accounts: readonly AccountSnapshot[];
  apiKeySet: boolean;
  memory: ComposerMemory;
  draft?: Draft;
}

export function draftKeyOf(prefill: Prefill): string {
  return prefill.tabId !== undefined ? `tab:${prefill.tabId}` : `url:${prefill.url ?? ''}`;
}

function originOf(prefill: Prefill): string {
  return JSON.stringify([prefill.url, prefill.text, prefill.media]);
}

/**
 * Where a composer starts: a draft of the same share wins; otherwise the last post's profiles
 * and networks; otherwise the chosen profiles' default networks.
 */
export function initialChoice(start: Omit<ComposerStart, 'prefill' | 'accounts' | 'apiKeySet'>, draft: Draft | undefined) {
  const exists = (id: string) => start.profiles.some((p) => p.id === id);
  const remembered = (draft?.profileIds ?? start.memory.profileIds).filter(exists);
  const profileIds = remembered.length ? remembered : [PRIMARY_PROFILE_ID];
  const defaults = start.profiles.filter((p) => profileIds.includes(p.id)).flatMap((p) => p.defaults.networks);
  const platforms = draft?.platforms ?? (start.memory.networks.length ? start.memory.networks : [...new Set(defaults)]);
  return { profileIds, platforms };
}

/**
 * The composer's state and what can be done with it. Created once per popup; components read the
 * signals and call the actions.
 */
export function createComposer(start: ComposerStart) {
  const draftKey = draftKeyOf(start.prefill);
  const origin = originOf(start.prefill);
  const restored = start.draft && start.draft.origin === origin ? start.draft : undefined;
  const initial = initialChoice(start, restored);

  const text = signal(restored?.text ?? composeText(start.prefill));
  const media = signal<string[]>(restored?.media ?? start.prefill.media);
  const profiles = signal(start.profiles);
  const profileIds = signal<string[]>(initial.profileIds);
  const accounts = signal<AccountSnapshot[]>([...start.accounts]);
  /** Why a profile's networks could not be refreshed, by profile id. */
  const accountErrors = signal<Record<string, Failure>>({});
  const apiKeySet = signal(start.apiKeySet);
  const chosen = signal<Platform[]>(initial.platforms);
  const sending = signal(false);
  const sendError = signal<Failure | undefined>(undefined);
  const result = signal<OutboxEntry | undefined>(undefined);

  const offered = computed(() => offeredNetworks(accounts.value, profileIds.value));
  /** Whether every chosen profile's networks are known (cached or fetched). */
  const accountsKnown = computed(() => profileIds.value.every((id) => accounts.value.some((a) => a.profileId === id)));
  /** Only networks still offered count as selected, whatever a stale draft remembers; in list order. */
  const selected = computed(() => offered.value.map((n) => n.platform).filter((p) => chosen.value.includes(p)));
  // Option values join when the option panels exist; until then every network gets its defaults.
  const checked = computed(() => checkDraft({ text: text.value, media: media.value.map(mediaFromUrl), options: {} }, selected.value));
  const problems = computed(() => checked.value.problems);
  const sendable = computed(() => selected.value.filter((p) => !problems.value.some((x) => x.platform === p)));

  async function saveDraft() {
    const draft: Draft = {
      key: draftKey,
      text: text.value,
      profileIds: profileIds.value,
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

  async function refreshProfile(profileId: string) {
    try {
      const snapshot = await refreshAccount(profileId);
      batch(() => {
        accounts.value = withSnapshot(accounts.value, snapshot);
        const { [profileId]: _fixed, ...rest } = accountErrors.value;
        accountErrors.value = rest;
      });
    } catch (error) {
      accountErrors.value = { ...accountErrors.value, [profileId]: failureOf(error) };
    }
  }

  return {
    text,
    media,
    profiles,
    profileIds,
    accounts,
    accountErrors,
    accountsKnown,
    apiKeySet,
    offered,
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

    /** Choosing a profile adds its default networks; its networks are fetched if not known yet. */
    chooseProfiles(ids: string[]) {
      if (ids.length === 0) return;
      const added = ids.filter((id) => !profileIds.value.includes(id));
      const defaults = profiles.value.filter((p) => added.includes(p.id)).flatMap((p) => p.defaults.networks);
      batch(() => {
        profileIds.value = ids;
        chosen.value = [...new Set([...chosen.value, ...defaults])];
      });
      for (const id of added) void refreshProfile(id);
      void saveDraft();
    },

    removeMedia(url: string) {
      media.value = media.value.filter((m) => m !== url);
      void saveDraft();
    },

    /** Fetches the chosen profiles' networks again; the cached lists stay on screen meanwhile. */
    async refreshAccounts() {
      if (!apiKeySet.value) return;
      await Promise.all(profileIds.value.map(refreshProfile));
    },

    /** Sends to the networks that can take the draft; nothing typed is cleared unless every network published. */
    async submit() {
      if (sending.value) return;
      if (selected.value.length === 0) {
        sendError.value = { kind: 'noNetwork' };
        return;
      }
      const targets = targetsFor(sendable.value, offered.value, profileIds.value);
      if (targets.length === 0) {
        sendError.value = { kind: 'nothingSendable' };
        return;
      }
      batch(() => {
        sending.value = true;
        sendError.value = undefined;
        result.value = undefined;
      });
      try {
        const entry = await send(postSubmit, {
          post: {
            post: text.value.trim(),
            platforms: sendable.value,
            mediaUrls: media.value.length ? media.value : undefined,
          },
          targets,
        });
        result.value = entry;
        void composerMemory.set({ profileIds: profileIds.value, networks: selected.value });
        const allPublished = entry.targets.every((tg) => tg.state === 'done' && tg.networks.every((n) => n.status !== 'failed' && n.status !== 'unreported'));
        if (allPublished) await clearDraft();
      } catch (error) {
        sendError.value = failureOf(error);
      } finally {
        sending.value = false;
      }
    },
  };
}

export type Composer = ReturnType<typeof createComposer>;
