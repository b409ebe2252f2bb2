import { batch, computed, signal } from '@preact/signals';
import { failureOf, type Failure } from '../ayrshare/failure';
import type { Platform } from '../ayrshare/platforms';
import type { NetworkOptionValues } from '../networks/types';
import { allTaken } from '../outbox/draft-send';
import type { SharedBefore } from '../outbox/shared-before';
import { isSettled } from '../outbox/states';
import { composeText, type Prefill } from '../share/prefill';
import { withSnapshot, type AccountSnapshot } from '../storage/account';
import type { ComposerMemory } from '../storage/composer-memory';
import { DRAFT_MAX_AGE_MS, drafts, type Draft } from '../storage/drafts';
import type { OutboxEntry } from '../storage/outbox';
import { PRIMARY_PROFILE_ID, type Profile } from '../storage/settings';
import { NO_FEATURES, type DraftState } from './draft-state';
import type { Features } from './features';
import { offeredNetworks } from './networks';
import type { Review } from './review';

export interface ComposerStart {
  prefill: Prefill;
  profiles: readonly Profile[];
  /** Cached GET /user of each profile, shown at once and refreshed in the background. */
  accounts: readonly AccountSnapshot[];
  apiKeySet: boolean;
  /** Whether the X app's key and secret are saved: without them X is not sent (see networks/check.ts). */
  xKeysSet?: boolean;
  memory: ComposerMemory;
  draft?: Draft;
  /** The other composers' drafts, as stored when this one opened. */
  otherDrafts?: readonly Draft[];
  /**
   * What the outbox knows of this share. Read after the first paint: the outbox, with its history
   * of finished sends, is the largest value in storage, and nothing of the composer but the Post
   * button waits for it.
   */
  sends: ComposerSends | PromiseLike<ComposerSends>;
}

export interface ComposerSends {
  /** The latest send of this draft, while it is going or just finished (see outbox/draft-send.ts). */
  send?: OutboxEntry;
  /** When this page went out from this browser before, and where. */
  sharedBefore?: SharedBefore;
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
export function initialChoice(start: Pick<ComposerStart, 'profiles' | 'memory'>, draft: Draft | undefined) {
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
  const restored = start.draft && start.draft.origin === origin ? start.draft : undefined;
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
  const result = signal<OutboxEntry | undefined>(undefined);
  const sharedBefore = signal<SharedBefore | undefined>(undefined);
  /** Until the outbox is read, Post waits: this draft may be on its way already. */
  const sendsKnown = signal(false);
  /** Until every profile's copy is final the Post button stays off: a second click would be a second post. */
  const sending = computed(() => submitting.value || (result.value !== undefined && !isSettled(result.value)));
  const skippedMedia = signal(start.prefill.skippedMedia);

  // The per-network checks and the send path load right after first paint, so that a click on
  // Post sends at once: a popup closed right after it must not take the send with it.
  const reviewer = signal<typeof import('./review') | undefined>(undefined);
  const reviewerReady = import('./review').then((module) => (reviewer.value = module));
  const sendingReady = import('./sending');

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
  const review = computed<Review | undefined>(() => reviewer.value?.reviewDraft(state.value, selected.value, start.xKeysSet));
  const sendable = computed(() => selected.value.filter((p) => !review.value?.problems.some((x) => x.platform === p)));

  // The other drafts, kept current, so that saving this one is a single write issued in the same
  // event as the edit: a popup closed right after a keystroke must not take the keystroke along
  // (a read before the write would leave it waiting, and a closing page would drop it).
  let others: Draft[] = [...(start.otherDrafts ?? [])];
  drafts.watch((all) => (others = all.filter((d) => d.key !== draftKey)));

  function saveDraft(): Promise<void> {
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
    return drafts.set([...others.filter((d) => draft.updatedAt - d.updatedAt < DRAFT_MAX_AGE_MS), draft]);
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

  function clearDraft(): Promise<void> {
    return drafts.set(others);
  }

  // Runs once the composer exists (the outbox is read after the first paint, see ComposerStart.sends).
  const sendsRead = Promise.resolve(start.sends).then(showSends);
  function showSends({ send, sharedBefore: shared }: ComposerSends): Promise<void> | undefined {
    batch(() => {
      result.value ??= send;
      sharedBefore.value = shared;
      sendsKnown.value = true;
    });
    if (send && !isSettled(send)) void sendingReady.then((m) => m.follow(composer, send));
    // A draft that every network took while the popup was closed is done with: start afresh.
    if (send && restored && isSettled(send) && allTaken(send) && send.createdAt >= restored.updatedAt) {
      return import('./discard').then((m) => m.discardDraft(composer));
    }
  }

  /** Changes part of the draft and keeps it, so closing the popup loses nothing. */
  function edit(change: () => void): Promise<void> {
    batch(change);
    return saveDraft();
  }

  const composer = {
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
    sharedBefore,
    sendsKnown,
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

    /** What the composer opened with, and the parts the send path and the panels change. */
    start,
    chosen,
    draftKey,
    submitting,
    reviewerReady,
    sendsRead,
    /** Settles once the outbox is read and the checks and send path have loaded (tests wait for it). */
    loaded: Promise.all([reviewerReady, sendingReady, sendsRead]).then(() => undefined),
    edit,
    clearDraft,

    /** Fetches the chosen profiles' networks again; the cached lists stay on screen meanwhile. */
    async refreshAccounts() {
      if (!apiKeySet.value) return;
      await Promise.all(profileIds.value.map(refreshProfile));
    },

    /** Sends the draft (see sending.ts). */
    submit: () => void sendingReady.then((m) => m.submit(composer)),
    /** Stops what of the send has not gone out yet (see sending.ts). */
    cancel: () => void sendingReady.then((m) => m.cancel(composer)),
  };
  return composer;
}

export type Composer = ReturnType<typeof createComposer>;
