import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Failure } from '../ayrshare/failure';
import type { Platform } from '../ayrshare/platforms';
import type { NetworkOptionValues } from '../networks/types';
import type { SharedBefore } from '../outbox/shared-before';
import type { Prefill } from '../share/prefill';
import { queueChoice } from '../queue/choice';
import type { AccountSnapshot } from '../storage/account';
import type { ComposerMemory } from '../storage/composer-memory';
import { isFresh, REACH_FRESH_MS, SCHEDULES_FRESH_MS } from '../storage/freshness';
import type { StoredDraft } from '../storage/drafts';
import type { OutboxEntry, OutboxTarget } from '../storage/outbox';
import type { ReachSnapshot } from '../storage/reach';
import type { ScheduleSnapshot } from '../storage/schedules';
import type { Profile } from '../storage/settings';
import { draftFromPage, draftOf, emptyDraftLike, mediaEdits, usesOptions, withNetwork, withProfiles, type Draft, type OptionRules } from './draft';
import type { Features } from './features';
import { offeredNetworks, targetsFor } from './networks';
import { afterFirstPaint } from './later';
import { madePosts, retryPlatforms, undoUntil } from './result';
import type { Review } from './review';

/** How old a "no schedule" may be before Add to queue asks Ayrshare again rather than say so. */
const QUEUE_RECHECK_MS = 60_000;

/** What the composer opens with from storage. */
export interface StartValues {
  profiles: readonly Profile[];
  /** Cached GET /user of each profile, shown at once and refreshed in the background. */
  accounts: readonly AccountSnapshot[];
  /** Cached follower counts of each profile's accounts, shown at once and refreshed once a day. */
  reach: readonly ReachSnapshot[];
  /** Cached posting schedules of each profile, for Add to queue; refreshed after an hour. */
  schedules: readonly ScheduleSnapshot[];
  apiKeySet: boolean;
  /** Whether the X app's key and secret are saved: without them X is not sent (see networks/check.ts). */
  xKeysSet: boolean;
  /** The API's host, to name it when it cannot be reached or read. */
  apiHost: string;
  memory: ComposerMemory;
  draft?: StoredDraft;
  /** The other composers' drafts, as stored when this one opened. */
  otherDrafts?: readonly StoredDraft[];
}

export interface ComposerStart extends StartValues {
  prefill: Prefill;
  /**
   * The same values checked against their schemas, right after the first paint (see start.ts);
   * where they differ from the ones drawn, the composer takes the checked ones.
   */
  checked?: PromiseLike<StartValues>;
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
  /** Whether a send of another draft is still going: the outbox list shows those. */
  othersGoing?: boolean;
}

/** Where Undo stands: asked and confirmed, then done or refused. */
export type UndoState = { state: 'deleting' } | { state: 'deleted' } | { state: 'failed'; failure: Failure };

/**
 * What a page caught, as a failure. The words and the schema of failures load only when one
 * happens: the popup's first paint carries no zod (see start.ts).
 */
async function failureOf(error: unknown): Promise<Failure> {
  return (await import('../ayrshare/failure')).failureOf(error);
}

export function draftKeyOf(prefill: Prefill): string {
  return prefill.tabId !== undefined ? `tab:${prefill.tabId}` : `url:${prefill.url ?? ''}`;
}

function originOf(prefill: Prefill): string {
  return JSON.stringify([prefill.url, prefill.text, prefill.media]);
}

/**
 * The composer: what it shows, as read-only signals, and what can be done, as named actions.
 * Created once per popup. Only this module changes its signals; the draft's fields are declared in
 * draft.ts, and every edit of them is saved at once, so closing the popup loses nothing.
 */
export function createComposer(start: ComposerStart) {
  const draftKey = draftKeyOf(start.prefill);
  const origin = originOf(start.prefill);
  const restoredFrom = (values: StartValues) => (values.draft && values.draft.origin === origin ? values.draft : undefined);
  const firstDraft = (values: StartValues) => {
    const kept = restoredFrom(values);
    return kept ? draftOf(kept) : draftFromPage({ ...values, prefill: start.prefill });
  };
  /** The start values in use: those drawn first, then the checked ones where they differ. */
  let values: StartValues = start;
  let restored = restoredFrom(start);
  /** Whether the user changed the draft in this popup; when last (a send made before does not take it along). */
  let edited = false;
  let editedAt = restored?.updatedAt ?? 0;

  const draft = signal<Draft>(firstDraft(start));
  const profiles = signal(start.profiles);
  const apiKeySet = signal(start.apiKeySet);
  const xKeysSet = signal(start.xKeysSet);
  /** Counts the drafts this popup started (New post, Discard draft): panels start closed on each. */
  const generation = signal(0);
  const accounts = signal<AccountSnapshot[]>([...start.accounts]);
  const reach = signal<readonly ReachSnapshot[]>(start.reach);
  const schedules = signal<readonly ScheduleSnapshot[]>(start.schedules);
  /** Why a profile's networks could not be refreshed, by profile id. */
  const accountErrors = signal<Record<string, Failure>>({});
  const submitting = signal(false);
  const sendError = signal<Failure | undefined>(undefined);
  /** The sends the result view shows: this draft's send, then its retries. */
  const sends = signal<readonly OutboxEntry[]>([]);
  /** Profile/network pairs of a shown send already sent again by Retry ("entry/profile/platform"). */
  const retried = signal<ReadonlySet<string>>(new Set());
  /** Post was pressed in this popup: once every network took it, the result view stands alone. */
  const posted = signal(false);
  const undo = signal<UndoState | undefined>(undefined);
  const sharedBefore = signal<SharedBefore | undefined>(undefined);
  const othersGoing = signal(false);
  /** Until the outbox is read, Post waits: this draft may be on its way already. */
  const sendsKnown = signal(false);

  // The per-network checks and the send path load right after first paint, so that a click on
  // Post sends at once.
  const later = afterFirstPaint();
  const reviewer = signal<typeof import('./review') | undefined>(undefined);
  const reviewerReady = later.then(() => import('./review')).then((module) => (reviewer.value = module));
  /** Loaded once an option of a chosen network is set (see usesOptions). */
  const optionRules = signal<OptionRules | undefined>(undefined);
  let optionRulesReady: Promise<OptionRules> | undefined;
  const loadOptionRules = () => (optionRulesReady ??= import('../networks/options').then((m) => (optionRules.value = m.networkOptionsBody)));
  const sendingReady = later.then(() => import('./sending'));
  // A send waiting for the network goes as soon as this popup sees it come back.
  void later.then(() => import('../outbox/online')).then((m) => m.relayOnline());
  // The outbox's rules load with the send path; no send is shown before they are there (every
  // change of `sends` waits for them).
  let rules!: typeof import('../outbox/states') & typeof import('../outbox/draft-send');
  const rulesReady = later.then(() => Promise.all([import('../outbox/states'), import('../outbox/draft-send')])).then(([states, draftSend]) => {
    rules = { ...states, ...draftSend };
  });

  const result = computed(() => sends.value.at(-1));
  // A draft that sets options (kept from before) has them checked as soon as the checks are in.
  void reviewerReady.then(() => {
    if (usesOptions(draft.value, draft.value.platforms)) void loadOptionRules();
  });
  const offered = computed(() => offeredNetworks(accounts.value, draft.value.profileIds, reach.value));
  /** Whether every chosen profile's networks are known (cached or fetched). */
  const accountsKnown = computed(() => draft.value.profileIds.every((id) => accounts.value.some((a) => a.profileId === id)));
  /** Only networks still offered count as selected, whatever a stale draft remembers; in list order. */
  const selected = computed(() => offered.value.map((n) => n.platform).filter((p) => draft.value.platforms.includes(p)));
  const review = computed<Review | undefined>(() => reviewer.value?.reviewDraft(draft.value, selected.value, optionRules.value, xKeysSet.value));
  const sendable = computed(() => selected.value.filter((p) => !review.value?.problems.some((x) => x.platform === p)));
  /** Until every profile's copy is final, Post stays off: a second click would be a second post. */
  const sending = computed(() => submitting.value || sends.value.some((entry) => !rules.isSettled(entry)));
  /** After Post, the draft gives way to the result view once every network took the post. */
  const showsDraft = computed(() => !(posted.value && result.value && rules.allTaken(result.value)));

  // The other drafts, kept current, so that saving this one is a single write issued in the same
  // event as the edit: a popup closed right after a keystroke must not take the keystroke along
  // (a read before the write would leave it waiting, and a closing page would drop it).
  let others: StoredDraft[] = [...(start.otherDrafts ?? [])];
  // Storage writes check what they write with zod, which loads right after the first paint: an
  // edit made before (there is hardly time) is written as soon as it has.
  type Store = typeof import('../storage/drafts');
  let store: Store | undefined;
  const storeReady = later.then(() => import('../storage/drafts')).then((m) => {
    m.watchDrafts((all) => (others = all.filter((d) => d.key !== draftKey)));
    return (store = m);
  });
  const write = (list: (m: Store) => StoredDraft[]): Promise<void> => (store ? store.drafts.set(list(store)) : storeReady.then((m) => m.drafts.set(list(m))));

  function saveDraft(): Promise<void> {
    const kept: StoredDraft = { ...draft.value, key: draftKey, origin, updatedAt: Date.now() };
    return write((m) => m.keptDrafts(others, kept));
  }

  function clearDraft(): Promise<void> {
    return write(() => others);
  }

  /**
   * Takes the checked start values where they differ from those drawn (a damaged or outdated
   * value): profiles, networks, other drafts, and this draft unless the user changed it already.
   */
  const checkedRead = Promise.resolve(start.checked ?? start).then((checked) => {
    const drawn = (values: StartValues) =>
      JSON.stringify([values.profiles, values.accounts, values.reach, values.schedules, values.apiKeySet, values.xKeysSet, values.apiHost, values.draft, values.otherDrafts, values.memory]);
    if (drawn(checked) === drawn(start)) return;
    batch(() => {
      profiles.value = checked.profiles;
      apiKeySet.value = checked.apiKeySet;
      xKeysSet.value = checked.xKeysSet;
      accounts.value = [...checked.accounts];
      reach.value = checked.reach;
      schedules.value = checked.schedules;
      if (!edited) draft.value = firstDraft(checked);
    });
    values = checked;
    restored = restoredFrom(checked);
    if (!edited) editedAt = restored?.updatedAt ?? 0;
    others = [...(checked.otherDrafts ?? [])];
  });

  /** Changes the draft and keeps it, in the same event. */
  function edit(change: (current: Draft) => Draft): Promise<void> {
    draft.value = change(draft.value);
    edited = true;
    editedAt = Date.now();
    return saveDraft();
  }

  /** Fetches profiles' networks again, kept in one write; the cached lists stay on screen meanwhile. */
  async function refreshProfiles(profileIds: readonly string[]) {
    if (profileIds.length === 0) return;
    // Loaded after first paint: an import() started in the task that draws it holds the drawing
    // back while the page sets up the request (about 7 ms of the popup's start, traced).
    const [{ refreshAccounts }, { withSnapshot }] = await later.then(() => Promise.all([import('../account/refresh'), import('../storage/account')]));
    const outcomes = await refreshAccounts(profileIds);
    const errors = { ...accountErrors.value };
    let fresh = accounts.value;
    for (const [i, outcome] of outcomes.entries()) {
      const profileId = profileIds[i]!;
      if (outcome.status === 'fulfilled') {
        fresh = withSnapshot(fresh, outcome.value);
        delete errors[profileId];
      } else errors[profileId] = await failureOf(outcome.reason);
    }
    batch(() => {
      accounts.value = fresh;
      accountErrors.value = errors;
    });
  }

  const queue = computed(() => queueChoice(schedules.value, draft.value.profileIds));
  const extras = () => later.then(() => import('./account-extras'));

  /**
   * Asks again for the profiles' schedules, follower counts and media library, once one of them is
   * due (schedules after an hour, counts after a day); what is known stays on screen meanwhile. The
   * code that asks loads only then: most openings of the popup have nothing due.
   */
  async function refreshExtras(profileIds: readonly string[]): Promise<void> {
    if (!apiKeySet.value || profileIds.length === 0) return;
    const now = Date.now();
    const stale = (cache: readonly ReachSnapshot[] | readonly ScheduleSnapshot[], maxAgeMs: number) =>
      profileIds.some((id) => !isFresh(cache.find((s) => s.profileId === id), maxAgeMs, now));
    if (!stale(schedules.value, SCHEDULES_FRESH_MS) && !stale(reach.value, REACH_FRESH_MS)) return;
    const m = await extras();
    await Promise.all([
      m.freshSchedules(profileIds, schedules.value).then((fresh) => (schedules.value = fresh)),
      m.freshReach(profileIds, accounts.value, reach.value, xKeysSet.value).then((fresh) => fresh && (reach.value = fresh)),
      m.freshLibrary(profileIds[0]!),
    ]).catch(() => undefined);
  }

  /**
   * A send as it now stands. Once every network of the latest send took it, the kept draft goes,
   * unless the user changed the draft since that send was made.
   */
  function update(next: OutboxEntry): void {
    sends.value = sends.value.map((e) => (e.id === next.id ? next : e));
    const latest = next.id === sends.value.at(-1)?.id;
    if (latest && next.draftKey === draftKey && next.createdAt >= editedAt && rules.isSettled(next) && rules.allTaken(next)) void clearDraft();
  }

  /** Whether the background will still change a send: sending it, or following a post still publishing or scheduled. */
  const changing = (entry: OutboxEntry) => !rules.isSettled(entry) || entry.targets.some(rules.isFollowed);

  /** Shows a send as the background moves it along, until it is final. */
  function follow(entry: OutboxEntry): void {
    let stop: (() => void) | undefined;
    const show = (next: OutboxEntry) => {
      update(next);
      // A post still publishing or scheduled is followed by the background: keep showing its news.
      if (!changing(next)) stop?.();
    };
    void sendingReady.then((m) => {
      stop = m.followSend(entry.id, show);
      // A change between the answer and the watch would be missed otherwise.
      show(sends.value.find((e) => e.id === entry.id) ?? entry);
    });
  }

  /** The result view takes over: this send at the top, followed until it is final. */
  function showResult(entry: OutboxEntry, { ownPost = true } = {}): void {
    batch(() => {
      sends.value = [entry];
      retried.value = new Set();
      posted.value = ownPost;
      undo.value = undefined;
    });
    update(entry);
    if (changing(entry)) follow(entry);
  }

  // Runs once the composer exists (the outbox is read after the first paint, see ComposerStart.sends).
  const sendsRead = Promise.all([start.sends, rulesReady]).then(([{ send, sharedBefore: shared, othersGoing: others = false }]) => {
    batch(() => {
      sharedBefore.value = shared;
      othersGoing.value = others;
      sendsKnown.value = true;
      // Opened again on a draft that went out: its outcome above the draft, which starts afresh
      // if every network took it while the popup was closed.
      if (send && !sends.value.length) showResult(send, { ownPost: false });
    });
    if (send && restored && rules.isSettled(send) && rules.allTaken(send) && send.createdAt >= restored.updatedAt) {
      draft.value = draftFromPage({ ...values, prefill: start.prefill });
      return clearDraft();
    }
  });

  const failure = (kind: Failure['kind']): Failure => ({ kind });

  /**
   * Sends to the networks that can take the draft; nothing typed is cleared unless every network
   * took it. With a queue's title, the post goes to that schedule's next free slot instead.
   */
  async function submit(queueTitle?: string): Promise<void> {
    // A send of this draft still going is known before another can start (Ctrl+Enter at once).
    await sendsRead;
    if (sending.value || !apiKeySet.value) return;
    batch(() => {
      submitting.value = true;
      sendError.value = undefined;
    });
    const clicked = Date.now();
    try {
      const [m] = await Promise.all([sendingReady, reviewerReady, rulesReady]);
      if (selected.value.length === 0) throw failure('noNetwork');
      const targets = targetsFor(sendable.value, offered.value, draft.value.profileIds);
      if (targets.length === 0) throw failure('nothingSendable');
      const rules = usesOptions(draft.value, sendable.value) ? await loadOptionRules() : undefined;
      const built = m.buildPost(draft.value, sendable.value, rules, queueTitle);
      if ('invalid' in built) throw failure(built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule');
      void m.rememberChoice({ profileIds: draft.value.profileIds, networks: selected.value });
      showResult(await m.submitPost({ post: built.content, targets, draftKey, pageUrl: start.prefill.url }, clicked));
    } catch (error) {
      sendError.value = error instanceof Error ? await failureOf(error) : (error as Failure);
    } finally {
      submitting.value = false;
    }
  }

  /**
   * Add to queue: the draft goes to the next free slot of the chosen profiles' schedule with this
   * title (the first one when not said). Without a schedule to use, says why instead.
   */
  async function addToQueue(title?: string): Promise<void> {
    if (sending.value) return;
    sendError.value = undefined;
    const known = queue.value;
    if (!known) {
      // Not known yet (the popup just opened, or a profile was just chosen): asked now.
      await refreshExtras(draft.value.profileIds);
    } else if ('failure' in known) {
      // A schedule may have been made elsewhere (Ayrshare's dashboard), or the plan changed, since:
      // asked again before saying there is none.
      const m = await extras();
      schedules.value = await m.freshSchedules(draft.value.profileIds, schedules.value, QUEUE_RECHECK_MS, QUEUE_RECHECK_MS).catch(() => schedules.value);
    }
    const choice = queue.value;
    if (!choice) return;
    if ('failure' in choice) {
      sendError.value = choice.failure;
      return;
    }
    await submit(title && choice.titles.includes(title) ? title : choice.titles[0]);
  }

  /** Sends one profile's failed networks of a shown send again, as a send of its own. */
  async function retry(entry: OutboxEntry, target: OutboxTarget): Promise<void> {
    const platforms = retryPlatforms(entry, target);
    if (platforms.length === 0) return;
    sendError.value = undefined;
    retried.value = new Set([...retried.value, ...platforms.map((p) => `${entry.id}/${target.profileId}/${p}`)]);
    try {
      const [m] = await Promise.all([sendingReady, rulesReady]);
      const request = {
        post: { ...entry.post, platforms },
        targets: [{ profileId: target.profileId, platforms }],
        draftKey,
        pageUrl: entry.pageUrl,
      };
      const again = await m.submitPost(request, Date.now());
      sends.value = [...sends.value, again];
      if (changing(again)) follow(again);
    } catch (error) {
      sendError.value = await failureOf(error);
    }
  }

  /** Deletes what the last send made at Ayrshare; the draft comes back, kept again. */
  async function undoLast(): Promise<void> {
    const entry = result.value;
    if (!entry || undo.value?.state === 'deleting') return;
    undo.value = { state: 'deleting' };
    try {
      const m = await sendingReady;
      await m.deletePosts(madePosts(entry), values.apiHost);
      batch(() => {
        undo.value = { state: 'deleted' };
        posted.value = false;
      });
      await saveDraft();
    } catch (error) {
      undo.value = { state: 'failed', failure: await failureOf(error) };
    }
  }

  /** Stops what of a send has not gone out yet; its outcome arrives through the watch. */
  async function cancel(entryId: string): Promise<void> {
    try {
      await (await sendingReady).cancelSend(entryId);
    } catch (error) {
      sendError.value = await failureOf(error);
    }
  }

  /** Leaves the result view for a new, empty draft to the same profiles and networks. */
  function newPost(): Promise<void> {
    batch(() => {
      sends.value = [];
      posted.value = false;
      undo.value = undefined;
      sendError.value = undefined;
      draft.value = emptyDraftLike(draft.value, profiles.value);
      generation.value++;
    });
    return saveDraft();
  }

  /** Forgets the draft: the composer starts again from the page, with the profiles' defaults. */
  function discard(): Promise<void> {
    batch(() => {
      draft.value = draftFromPage({ ...values, prefill: start.prefill });
      generation.value++;
      sendError.value = undefined;
    });
    return clearDraft();
  }

  const readonly = <T>(s: ReadonlySignal<T>): ReadonlySignal<T> => s;
  return {
    /** What the user composed (see draft.ts). */
    draft: readonly(draft),
    draftGeneration: readonly(generation),
    profiles: readonly(profiles),
    apiKeySet: readonly(apiKeySet),
    /** The tab the share started from, whose images and screenshot can be added. */
    tabId: start.prefill.tabId,
    /** How many media addresses of the page were left out (not public https). */
    skippedMedia: start.prefill.skippedMedia,
    accounts: readonly(accounts),
    /** What Add to queue can do for the chosen profiles (undefined until each one's schedules are known). */
    queue,
    /** Why the chosen profiles' follower counts are not shown: their plan, when it lacks them. */
    reachFailure: computed(() => reach.value.find((s) => draft.value.profileIds.includes(s.profileId) && s.failure)?.failure),
    apiHost: start.apiHost,
    accountErrors: readonly(accountErrors),
    accountsKnown,
    /** The networks the chosen profiles have linked, in Sharebeam's order. */
    offered,
    selected,
    /** The live check of each selected network; undefined for the moment before it loads. */
    review,
    sendable,
    sending,
    sendError: readonly(sendError),
    sendsKnown: readonly(sendsKnown),
    sharedBefore: readonly(sharedBefore),
    othersGoing: readonly(othersGoing),
    /** The sends shown above the draft, the last one being the result of the latest Post. */
    sends: readonly(sends),
    result,
    retried: readonly(retried),
    showsDraft,
    undoState: readonly(undo),
    /** Until when the latest send can be undone. */
    undoUntil: computed(() => (result.value && posted.value ? undoUntil(result.value) : undefined)),

    setText: (text: string) => edit((d) => ({ ...d, text })),
    toggleNetwork: (platform: Platform, on: boolean) => edit((d) => withNetwork(d, platform, on)),
    /** Choosing a profile adds its default networks and features; its networks are fetched if not known yet. */
    chooseProfiles(ids: string[]) {
      if (ids.length === 0) return;
      const added = ids.filter((id) => !draft.value.profileIds.includes(id));
      void edit((d) => withProfiles(d, profiles.value, ids));
      void refreshProfiles(added).then(() => refreshExtras(added));
    },
    /** When to publish: a local date and time, or "" for now. */
    schedule: (at: string) => edit((d) => ({ ...d, scheduleAt: at })),
    setFeatures: (change: Partial<Features>) => edit((d) => ({ ...d, features: { ...d.features, ...change } })),
    setOptions<P extends Platform>(platform: P, values: NetworkOptionValues[P]) {
      void loadOptionRules();
      return edit((d) => ({ ...d, options: { ...d.options, [platform]: values } }));
    },
    media: {
      add: (urls: readonly string[], asVideo = false) => edit((d) => mediaEdits.add(d, urls, asVideo)),
      remove: (url: string) => edit((d) => mediaEdits.remove(d, url)),
      move: (url: string, by: -1 | 1) => edit((d) => mediaEdits.move(d, url, by)),
      describe: (url: string, alt: string) => edit((d) => mediaEdits.describe(d, url, alt)),
      markVideo: (url: string, on: boolean) => edit((d) => mediaEdits.markVideo(d, url, on)),
    },
    submit: () => submit(),
    addToQueue,
    showResult,
    retry,
    undo: undoLast,
    cancel,
    newPost,
    discard,
    /** Fetches the chosen profiles' networks again; the cached lists stay on screen meanwhile. */
    async refreshAccounts() {
      if (!apiKeySet.value) return;
      await refreshProfiles(draft.value.profileIds);
      await refreshExtras(draft.value.profileIds);
    },

    draftKey,
    /** Settles once the outbox is read and what it knows of this share is shown. */
    sendsRead,
    /** Settles once the start values are checked, the outbox is read and the checks and send path have loaded (tests wait for it). */
    loaded: Promise.all([reviewerReady, sendingReady, sendsRead, checkedRead, storeReady]).then(() => undefined),
  };
}

export type Composer = ReturnType<typeof createComposer>;
