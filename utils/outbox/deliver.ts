import { browser } from 'wxt/browser';
import { createPost, findPostByKey, readPost, secretsOf, type Credentials } from '../ayrshare/client';
import { failureOf, FailureError, type Failure } from '../ayrshare/failure';
import { outcomesNow, outcomesOf, type NetworkOutcome } from '../ayrshare/outcome';
import { firstPublishDate } from '../ayrshare/post-body';
import { msOf } from '../ayrshare/post-reply';
import { withoutSecrets } from '../ayrshare/server-text';
import { outbox, type OutboxEntry, type OutboxTarget } from '../storage/outbox';
import { notificationOf } from './notification';
import {
  afterFailure,
  answered,
  cancelled,
  followedUp,
  isDue,
  isFinal,
  isFollowed,
  isLookedFor,
  isSettled,
  MAX_ATTEMPTS,
  nextWake,
  notFound,
  started,
  unconfirmed,
} from './states';

export interface DeliverDeps {
  credentialsFor(profileId: string): Promise<Credentials>;
  now(): number;
}

/** The one alarm that wakes the background for the outbox: the next retry, or a lost request. */
export const OUTBOX_ALARM = 'outbox';

/** Targets this worker has a request open for: never sent again meanwhile. A new worker starts with none: see isDue. */
const inFlight = new Set<string>();
const keyOf = (entryId: string, profileId: string) => `${entryId} ${profileId}`;
const online = () => globalThis.navigator?.onLine !== false;

function changeTargets(entryId: string, change: (target: OutboxTarget) => OutboxTarget) {
  return outbox.update((list) => list.map((entry) => (entry.id === entryId ? { ...entry, targets: entry.targets.map(change) } : entry)));
}

const changeTarget = (entryId: string, profileId: string, change: (target: OutboxTarget) => OutboxTarget) =>
  changeTargets(entryId, (target) => (target.profileId === profileId ? change(target) : target));

/** Sets the outbox alarm to the next moment something is due; alarms outlive a stopped worker. */
export async function scheduleWake(): Promise<void> {
  const entries = await outbox.get();
  // The toolbar badge counts the posts still awaiting approval, publishing or scheduled.
  const followed = entries.flatMap((e) => e.targets).filter(isFollowed).length;
  await browser.action.setBadgeText({ text: followed ? String(followed) : '' });
  const when = nextWake(entries);
  if (when === undefined) await browser.alarms.clear(OUTBOX_ALARM);
  else await browser.alarms.create(OUTBOX_ALARM, { when });
}

/** Is one of Sharebeam's composer or outbox pages open, showing the outcome as it arrives? */
async function popupOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts?.({}).catch(() => undefined);
  return Boolean(contexts?.some((c) => c.documentUrl?.includes('/popup.html')));
}

/**
 * Reports a send whose last target just became final, by a notification if no popup shows it.
 * Only the answer that settles a send gets here, and the notification id is the send's, so there
 * is never more than one.
 */
async function report(entry: OutboxEntry): Promise<void> {
  // A post not final yet (scheduled, awaiting approval, still publishing) is reported once it is.
  if (entry.targets.some(isFollowed)) return;
  if (!(await popupOpen())) await browser.notifications.create(entry.id, notificationOf(entry));
}

/** When the post goes out, if not at once: the date it was sent with, or the slot the queue gave it (`dueAt`). */
const scheduledFor = (entry: OutboxEntry, dueAt: number | undefined) => {
  const date = firstPublishDate(entry.post);
  return date ? Date.parse(date) : dueAt;
};

/**
 * A queued post's slot, when a reply names it: whether POST /post's answer does is undocumented;
 * GET /post/:id has it (addendum §1d, §6).
 */
const dueAtOf = (entry: OutboxEntry, reply: { scheduleDate?: unknown }) => (entry.post.autoSchedule ? msOf(reply.scheduleDate) : undefined);

const platformsOf = (entry: OutboxEntry, target: OutboxTarget) => target.platforms ?? entry.post.platforms;

/** What Ayrshare said of one profile's post: its id, each network's outcome, its slot in the queue. */
interface Found {
  postId?: string;
  networks: NetworkOutcome[];
  dueAt?: number;
}

/**
 * A target as a reply about its post leaves it: answered (the first reply, or a post that was
 * looked for), or followed up (one answered before). A slot said before is kept when a reply does
 * not say.
 */
const afterReply =
  (entry: OutboxEntry, found: Found, now: number) =>
  (target: OutboxTarget): OutboxTarget => {
    const t = { ...target, dueAt: found.dueAt ?? target.dueAt };
    const at = scheduledFor(entry, t.dueAt);
    return t.state === 'done' ? followedUp(t, found.networks, entry.createdAt, now, at) : answered(t, found.postId, found.networks, now, at);
  };

/**
 * The post a request made, as it stands now: read by its id (GET /post/:id) once Ayrshare named
 * it, else looked for by the idempotency key in GET /history (ayrshare-api.md addendum §7: "treat
 * any 4xx carrying the key as already submitted and confirm via history"). Undefined: not found.
 */
async function postNow(entry: OutboxEntry, target: OutboxTarget, credentials: Credentials): Promise<Found | undefined> {
  const secrets = secretsOf(credentials);
  const found = await (target.postId ? readPost(credentials, target.postId) : findPostByKey(credentials, target.idempotencyKey));
  if (!found) return undefined;
  const post = withoutSecrets(found, secrets);
  return { postId: post.id, networks: outcomesNow(platformsOf(entry, target), post, secrets), dueAt: dueAtOf(entry, post) };
}

/**
 * Asks again about a post that was not final (still publishing, scheduled, awaiting approval) or
 * that may exist (`unknown`), and reports it once it is final: one notification per post.
 */
async function check(entry: OutboxEntry, target: OutboxTarget, deps: DeliverDeps): Promise<void> {
  const now = deps.now();
  // No answer, or not found: asked again later.
  let next = (t: OutboxTarget) => (t.state === 'unknown' ? notFound(t, now) : followedUp(t, t.networks, entry.createdAt, now));
  try {
    const found = await postNow(entry, target, await deps.credentialsFor(target.profileId));
    if (found) next = afterReply(entry, found, now);
  } catch {
    // Asked again later.
  }
  const saved = (await changeTarget(entry.id, target.profileId, next)).find((e) => e.id === entry.id);
  const done = saved?.targets.find((t) => t.profileId === target.profileId);
  // Found, or final now: its own notification. A post not found stays as the send's notification said.
  if (saved && done?.state === 'done' && !isFollowed(done)) {
    await browser.notifications.create(`${entry.id}|${target.profileId}`, notificationOf({ ...saved, targets: [done] }));
  }
}

/** Ayrshare refuses a whole request to X without the user's own X app (ayrshare-api.md §2.4): such a request never leaves. */
const X_KEYS_MISSING: NetworkOutcome = { platform: 'twitter', status: 'failed', code: 419 };
const hasXKeys = (credentials: Credentials) => Boolean(credentials.xApiKey && credentials.xApiSecret);

/**
 * Marks the targets as sending in one storage write and returns those that are to go (a target
 * made final meanwhile, e.g. cancelled, stays as it is). One write for all of a send's profiles,
 * not one each: outbox writes queue behind one another, and five profiles' requests would leave
 * one after another instead of together.
 */
async function start(entryId: string, profileIds: ReadonlySet<string>, deps: DeliverDeps): Promise<OutboxTarget[]> {
  const going: OutboxTarget[] = [];
  await changeTargets(entryId, (t) => {
    if (!profileIds.has(t.profileId) || isFinal(t)) return t;
    // A request lost with its worker after the last attempt: no more copies, only looking it up.
    if (t.state === 'sending' && (t.attempts ?? 0) >= MAX_ATTEMPTS) return unconfirmed(t, t.failure ?? { kind: 'interrupted' }, deps.now());
    const next = started(t, deps.now());
    going.push(next);
    return next;
  });
  return going;
}

/** One request for one started target, with the idempotency key written before the first one went out. */
async function request(entry: OutboxEntry, target: OutboxTarget, read: PromiseSettledResult<Credentials>, deps: DeliverDeps): Promise<void> {
  const { profileId } = target;
  let next: (t: OutboxTarget) => OutboxTarget;
  try {
    if (read.status === 'rejected') throw read.reason;
    const credentials = read.value;
    const secrets = secretsOf(credentials);
    // Each profile is asked for the networks it has linked only, and X only with the X app's keys.
    const platforms = platformsOf(entry, target);
    const sent = hasXKeys(credentials) ? platforms : platforms.filter((p) => p !== 'twitter');
    const skipped: NetworkOutcome[] = sent.length < platforms.length ? [X_KEYS_MISSING] : [];
    const content = { ...entry.post, platforms: sent };
    try {
      // The outbox is read by pages: nothing a server echoed back (in an id, a URL) may bring a key there.
      const response = sent.length ? withoutSecrets(await createPost(credentials, { ...content, idempotencyKey: target.idempotencyKey }), secrets) : undefined;
      const networks = [...(response ? outcomesOf(content, response, secrets) : []), ...skipped];
      next = afterReply(entry, { postId: response?.id, networks, dueAt: response && dueAtOf(entry, response) }, deps.now());
    } catch (error) {
      next = await afterRefusal(entry, target, credentials, error, deps);
    }
  } catch (error) {
    if (!(error instanceof FailureError)) console.error('Sharebeam: sending failed', error);
    next = (t) => afterFailure(t, failureOf(error), deps.now());
  }
  const saved = (await changeTarget(entry.id, profileId, next)).find((e) => e.id === entry.id);
  if (saved && isSettled(saved)) await report(saved);
}

/**
 * A refusal may be Ayrshare refusing a copy of a request that did make a post: one the outbox
 * sent again, or one the browser re-sent by itself when a connection closed without an answer
 * (Chromium does, a POST too). Ayrshare documents only that a used key is refused, not how: the
 * post is looked up by its key. Found, it is the answer; not found, a first request's refusal is
 * final, and a re-send's leaves the post unknown (the first copy may still be at work).
 */
async function afterRefusal(
  entry: OutboxEntry,
  target: OutboxTarget,
  credentials: Credentials,
  error: unknown,
  deps: DeliverDeps,
): Promise<(t: OutboxTarget) => OutboxTarget> {
  const failure: Failure = failureOf(error);
  if (failure.kind !== 'rejected') throw error;
  const now = deps.now();
  let found: Found | undefined;
  try {
    found = await postNow(entry, target, credentials);
  } catch {
    return (t) => unconfirmed(t, failure, now);
  }
  if (found) return afterReply(entry, found, now);
  if ((target.attempts ?? 0) > 1) return (t) => unconfirmed(t, failure, now);
  throw error;
}

/**
 * Sends targets of one entry, together (leaving out any this worker is already sending), then
 * re-arms the alarm.
 */
export async function deliver(entry: OutboxEntry, targets: readonly OutboxTarget[], deps: DeliverDeps): Promise<void> {
  const mine = new Set(targets.map((t) => t.profileId).filter((profileId) => !inFlight.has(keyOf(entry.id, profileId))));
  if (mine.size === 0) return;
  for (const profileId of mine) inFlight.add(keyOf(entry.id, profileId));
  try {
    const going = await start(entry.id, mine, deps);
    // If this worker is stopped mid-request, the alarm wakes the next one to check what happened.
    if (going.length > 0) await scheduleWake();
    // Every request leaves before any answer is handled: the worker has one thread, and an early
    // answer (its outbox write) handled in between would hold the other profiles' requests back.
    const credentials = await Promise.allSettled(going.map((target) => deps.credentialsFor(target.profileId)));
    await Promise.all(going.map((target, i) => request(entry, target, credentials[i]!, deps)));
  } finally {
    for (const profileId of mine) inFlight.delete(keyOf(entry.id, profileId));
  }
  await scheduleWake();
}

/**
 * Sends whatever is due: called when the worker starts (whatever it was doing before is no longer
 * in flight), when the outbox alarm fires (`at` = its scheduled time, so an early dispatch counts
 * as that moment) and when a page saw the network come back (`outbox/resume`).
 */
export async function resume(deps: DeliverDeps, at = 0): Promise<void> {
  const now = Math.max(at, deps.now());
  const entries = await outbox.get();
  const due = entries.map((entry) => deliver(entry, entry.targets.filter((target) => isDue(target, now, online())), deps));
  const checks = entries.flatMap((entry) =>
    entry.targets
      .filter((target) => (isFollowed(target) || isLookedFor(target)) && target.checkAt! <= now)
      .map((target) => check(entry, target, deps)),
  );
  await Promise.all([...due, ...checks]);
  await scheduleWake();
}

/** Stops the targets of a send that have not gone out; one in flight is left to finish. */
export async function cancelSend(entryId: string, deps: DeliverDeps): Promise<void> {
  await changeTargets(entryId, (t) => cancelled(t, deps.now()));
  await scheduleWake();
}
