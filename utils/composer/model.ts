import { batch, computed, signal } from '@preact/signals';
import { failureOf, type Failure } from '../ayrshare/failure';
import type { Platform } from '../ayrshare/platforms';
import { outboxCancel, postSubmit } from '../messaging/protocol';
import { send } from '../messaging/send';
import type { NetworkOptionValues } from '../networks/types';
import { allTaken, lostSend, watchEntry } from '../outbox/follow';
import { isSettled } from '../outbox/states';
import { composeText, type Prefill } from '../share/prefill';
import { withSnapshot, type AccountSnapshot } from '../storage/account';
import { composerMemory, type ComposerMemory } from '../storage/composer-memory';
import { DRAFT_MAX_AGE_MS, drafts, type Draft } from '../storage/drafts';
import type { OutboxEntry } from '../storage/outbox';
import { PRIMARY_PROFILE_ID, type Profile } from '../storage/settings';
import { NO_FEATURES, type DraftState } from './draft-state';
import type { Features } from './features';
import { offeredNetworks, targetsFor } from './networks';
import type { Review } from './review';

export interface ComposerStart {
  prefill: Prefill;
  profiles: readonly Profile[];
  /** Cached GET /user of each profile, shown at once and refreshed in the background. */
  accounts: readonly AccountSnapshot[];
  apiKeySet: boolean;
  memory: ComposerMemory;
  draft?: Draft;
  /** The latest send of this draft, while it is going or just finished (see outbox/follow.ts). */
  send?: OutboxEntry;
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

/** The features a post to these profiles starts with: on where a profile's defaults say so. */
export function featuresFor(profiles: readonly Profile[], profileIds: readonly string[], base: Features = NO_FEATURES): Features {
  const chosen = profiles.filter((p) => profileIds.includes(p.id));
  const any = (flag: 'shortenLinks' | 'autoHashtag' | 'requiresApproval') => base[flag] || chosen.some((p) => p.defaults[flag]);
  return { ...base, shortenLinks: any('shortenLinks'), autoHashtag: any('autoHashtag'), requiresApproval: any('requiresApproval') };
}

const asObject = <T extends object>(value: unknown): Partial<T> => (value && typeof value === 'object' ? (value as Partial<T>) : {});

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
  const initial = initialChoice(start, restored);

  const text = signal(restored?.text ?? composeText(start.prefill));
  const media = signal<string[]>(restored?.media ?? start.prefill.media);
  const videos = signal<string[]>(restored?.videos ?? []);
  const alts = signal(asObject<Record<string, string>>(restored?.alts) as Record<string, string>);
  const options = signal<NetworkOptionValues>(asObject<NetworkOptionValues>(restored?.options));
  const features = signal<Features>(
    restored ? { ...NO_FEATURES, ...asObject<Features>(restored.features) } : featuresFor(start.profiles, initial.profileIds),
  );
  const scheduleAt = signal(restored?.scheduleAt ?? '');
  const profiles = signal(start.profiles);
  const profileIds = signal<string[]>(initial.profileIds);
  const accounts = signal<AccountSnapshot[]>([...start.accounts]);
  /** Why a profile's networks could not be refreshed, by profile id. */
  const accountErrors = signal<Record<string, Failure>>({});
  const apiKeySet = signal(start.apiKeySet);
  const chosen = signal<Platform[]>(initial.platforms);
  const submitting = signal(false);
  const sendError = signal<Failure | undefined>(undefined);
  const result = signal<OutboxEntry | undefined>(start.send);
  /** Until every profile's copy is final the Post button stays off: a second click would be a second post. */
  const sending = computed(() => submitting.value || (result.value !== undefined && !isSettled(result.value)));
  const skippedMedia = signal(start.prefill.skippedMedia);

  // The per-network checks load right after first paint; the Post button waits for them.
  const reviewer = signal<typeof import('./review') | undefined>(undefined);
  const reviewerReady = import('./review').then((module) => (reviewer.value = module));

  const offered = computed(() => offeredNetworks(accounts.value, profileIds.value));
  /** Whether every chosen profile's networks are known (cached or fetched). */
  const accountsKnown = computed(() => profileIds.value.every((id) => accounts.value.some((a) => a.profileId === id)));
  /** Only networks still offered count as selected, whatever a stale draft remembers; in list order. */
  const selected = computed(() => offered.value.map((n) => n.platform).filter((p) => chosen.value.includes(p)));
  const state = computed<DraftState>(() => ({
    text: text.value,
    media: media.value,
    videos: videos.value,
    alts: alts.value,
    options: options.value,
    features: features.value,
    scheduleAt: scheduleAt.value,
  }));
  const review = computed<Review | undefined>(() => reviewer.value?.reviewDraft(state.value, selected.value));
  const sendable = computed(() => selected.value.filter((p) => !review.value?.problems.some((x) => x.platform === p)));

  async function saveDraft() {
    const draft: Draft = {
      key: draftKey,
      text: text.value,
      profileIds: profileIds.value,
      platforms: chosen.value,
      media: media.value,
      videos: videos.value,
      alts: alts.value,
      options: options.value,
      features: features.value,
      scheduleAt: scheduleAt.value,
      origin,
      updatedAt: Date.now(),
    };
    await drafts.update((all) => [
      ...all.filter((d) => d.key !== draftKey && draft.updatedAt - d.updatedAt < DRAFT_MAX_AGE_MS),
      draft,
    ]);
  }

  async function refreshProfile(profileId: string) {
    try {
      // Loaded after first paint: the cached networks are on screen meanwhile.
      const { refreshAccount } = await import('../account/refresh');
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

  /** Changes part of the draft and keeps it, so closing the popup loses nothing. */
  function edit(change: () => void) {
    batch(change);
    void saveDraft();
  }

  return {
    text,
    media,
    videos,
    alts,
    options,
    features,
    scheduleAt,
    profiles,
    profileIds,
    accounts,
    accountErrors,
    accountsKnown,
    apiKeySet,
    offered,
    selected,
    state,
    review,
    sendable,
    sending,
    sendError,
    result,
    skippedMedia,
    /** The tab the share started from, whose images and screenshot can be added. */
    tabId: start.prefill.tabId,

    setText: (value: string) => edit(() => (text.value = value)),
    setSchedule: (value: string) => edit(() => (scheduleAt.value = value)),
    setFeatures: (change: Partial<Features>) => edit(() => (features.value = { ...features.value, ...change })),
    setOptions: <P extends Platform>(platform: P, values: NetworkOptionValues[P]) =>
      edit(() => (options.value = { ...options.value, [platform]: values })),

    toggle: (platform: Platform, on: boolean) =>
      edit(() => (chosen.value = on ? [...new Set([...chosen.value, platform])] : chosen.value.filter((p) => p !== platform))),

    /** Choosing a profile adds its default networks and features; its networks are fetched if not known yet. */
    chooseProfiles(ids: string[]) {
      if (ids.length === 0) return;
      const added = ids.filter((id) => !profileIds.value.includes(id));
      const defaults = profiles.value.filter((p) => added.includes(p.id)).flatMap((p) => p.defaults.networks);
      edit(() => {
        profileIds.value = ids;
        chosen.value = [...new Set([...chosen.value, ...defaults])];
        features.value = featuresFor(profiles.value, added, features.value);
      });
      for (const id of added) void refreshProfile(id);
    },

    addMedia: (urls: readonly string[], asVideo = false) =>
      edit(() => {
        media.value = [...new Set([...media.value, ...urls])];
        if (asVideo) videos.value = [...new Set([...videos.value, ...urls])];
      }),
    removeMedia: (url: string) =>
      edit(() => {
        media.value = media.value.filter((m) => m !== url);
        videos.value = videos.value.filter((m) => m !== url);
      }),
    /** Moves a media item one place earlier (-1) or later (+1): networks show them in this order. */
    moveMedia: (url: string, by: -1 | 1) =>
      edit(() => {
        const list = [...media.value];
        const from = list.indexOf(url);
        const to = from + by;
        if (from < 0 || to < 0 || to >= list.length) return;
        [list[from], list[to]] = [list[to]!, list[from]!];
        media.value = list;
      }),
    describeMedia: (url: string, alt: string) => edit(() => (alts.value = { ...alts.value, [url]: alt })),
    markVideo: (url: string, on: boolean) =>
      edit(() => (videos.value = on ? [...new Set([...videos.value, url])] : videos.value.filter((v) => v !== url))),

    /** Fetches the chosen profiles' networks again; the cached lists stay on screen meanwhile. */
    async refreshAccounts() {
      if (!apiKeySet.value) return;
      await Promise.all(profileIds.value.map(refreshProfile));
    },

    /** Stops what of the send has not gone out yet; the outcome arrives through `result`. */
    async cancel() {
      if (!result.value) return;
      try {
        await send(outboxCancel, { entryId: result.value.id });
      } catch (error) {
        sendError.value = failureOf(error);
      }
    },

    /** Sends to the networks that can take the draft; nothing typed is cleared unless every network took it. */
    async submit() {
      if (sending.value) return;
      submitting.value = true;
      sendError.value = undefined;
      const clicked = Date.now();
      try {
        await reviewerReady;
        if (selected.value.length === 0) throw { kind: 'noNetwork' } satisfies Failure;
        const targets = targetsFor(sendable.value, offered.value, profileIds.value);
        if (targets.length === 0) throw { kind: 'nothingSendable' } satisfies Failure;
        const { buildPost } = await import('./build-post');
        const built = buildPost(state.value, sendable.value);
        if ('invalid' in built) throw { kind: built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule' } satisfies Failure;
        result.value = undefined;
        void composerMemory.set({ profileIds: profileIds.value, networks: selected.value });
        try {
          follow(await send(postSubmit, { post: built.content, targets, draftKey }));
        } catch (error) {
          // No answer can also mean the worker was stopped mid-request: the send is in the outbox all
          // the same, and the next worker (woken here) finishes it. It must not look failed.
          const written = await lostSend(draftKey, clicked);
          if (!written) throw error;
          follow(written);
        }
      } catch (error) {
        sendError.value = error && typeof error === 'object' && 'kind' in error && !(error instanceof Error) ? (error as Failure) : failureOf(error);
      } finally {
        submitting.value = false;
      }
    },
  };
}

export type Composer = ReturnType<typeof createComposer>;
