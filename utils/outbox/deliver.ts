import { browser } from 'wxt/browser';
import { createPost, readPost, secretsOf, type Credentials } from '../ayrshare/client';
import { failureOf, FailureError } from '../ayrshare/failure';
import { outcomesNow, outcomesOf } from '../ayrshare/outcome';
import { withoutSecrets } from '../ayrshare/server-text';
import { outbox, type OutboxEntry, type OutboxTarget } from '../storage/outbox';
import { notificationOf } from './notification';
import { afterFailure, answered, cancelled, followedUp, isDue, isFinal, isFollowed, isSettled, nextWake, started } from './states';

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
async function scheduleWake(): Promise<void> {
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

const scheduledFor = (entry: OutboxEntry) => (entry.post.scheduleDate ? Date.parse(entry.post.scheduleDate) : undefined);

/**
 * Asks Ayrshare where a post that was not final stands now (GET /post/:id), and reports it
 * once every network is final: one notification per post.
 */
async function followUp(entry: OutboxEntry, target: OutboxTarget, deps: DeliverDeps): Promise<void> {
  let next: (t: OutboxTarget) => OutboxTarget;
  try {
    const credentials = await deps.credentialsFor(target.profileId);
    const secrets = secretsOf(credentials);
    const post = withoutSecrets(await readPost(credentials, target.postId!), secrets);
    const networks = outcomesNow(target.platforms ?? entry.post.platforms, post, secrets);
    next = (t) => followedUp(t, networks, entry.createdAt, deps.now(), scheduledFor(entry));
  } catch {
    // No answer now: ask again later, as for a network still publishing.
    next = (t) => followedUp(t, t.networks, entry.createdAt, deps.now());
  }
  const saved = (await changeTarget(entry.id, target.profileId, next)).find((e) => e.id === entry.id);
  const now = saved?.targets.find((t) => t.profileId === target.profileId);
  if (saved && now && !isFollowed(now)) {
    await browser.notifications.create(`${entry.id}|${target.profileId}`, notificationOf({ ...saved, targets: [now] }));
  }
}

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
    // The outbox is read by pages: nothing a server echoed back (in an id, a URL) may bring a key there.
    // Each profile is asked for the networks it has linked only.
    const content = { ...entry.post, platforms: target.platforms ?? entry.post.platforms };
    const response = withoutSecrets(await createPost(credentials, { ...content, idempotencyKey: target.idempotencyKey }), secrets);
    const networks = outcomesOf(content, response, secrets);
    next = (t) => answered(t, response.id, networks, deps.now(), scheduledFor(entry));
  } catch (error) {
    if (!(error instanceof FailureError)) console.error('Sharebeam: sending failed', error);
    next = (t) => afterFailure(t, failureOf(error), deps.now());
  }
  const saved = (await changeTarget(entry.id, profileId, next)).find((e) => e.id === entry.id);
  if (saved && isSettled(saved)) await report(saved);
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
    entry.targets.filter((target) => isFollowed(target) && target.checkAt! <= now).map((target) => followUp(entry, target, deps)),
  );
  await Promise.all([...due, ...checks]);
  await scheduleWake();
}

/** Stops the targets of a send that have not gone out; one in flight is left to finish. */
export async function cancelSend(entryId: string, deps: DeliverDeps): Promise<void> {
  await changeTargets(entryId, (t) => cancelled(t, deps.now()));
  await scheduleWake();
}
