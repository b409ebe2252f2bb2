import { createPost, type Credentials } from '../ayrshare/client';
import { failureOf, FailureError } from '../ayrshare/failure';
import { outcomesOf } from '../ayrshare/outcome';
import type { SubmitPost } from '../messaging/protocol';
import { isFinal, outbox, type OutboxEntry, type OutboxTarget } from '../storage/outbox';
import { publicHttpsUrl } from '../urls';

/** Finished entries kept for the composer's "last result"; unfinished ones are never dropped. */
const KEEP_FINISHED = 50;

export interface SubmitDeps {
  credentialsFor(profileId: string): Promise<Credentials>;
  now(): number;
  newId(): string;
}

export function trimOutbox(entries: OutboxEntry[]): OutboxEntry[] {
  const finished = entries.filter((e) => e.targets.every(isFinal));
  const drop = new Set(finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)).map((e) => e.id));
  return entries.filter((e) => !drop.has(e.id));
}

function updateTarget(entryId: string, profileId: string, change: Partial<OutboxTarget>, now: number) {
  return outbox.update((list) =>
    list.map((entry) =>
      entry.id !== entryId
        ? entry
        : {
            ...entry,
            targets: entry.targets.map((target) =>
              target.profileId === profileId ? { ...target, ...change, updatedAt: now } : target,
            ),
          },
    ),
  );
}

/**
 * Sends one profile's copy with the idempotency key written to the outbox before the request,
 * so sending the same target again can never publish twice.
 */
export async function sendTarget(entry: OutboxEntry, target: OutboxTarget, deps: SubmitDeps): Promise<void> {
  try {
    const credentials = await deps.credentialsFor(target.profileId);
    await updateTarget(entry.id, target.profileId, { state: 'sending', failure: undefined }, deps.now());
    const content = { ...entry.post, platforms: target.platforms };
    const response = await createPost(credentials, { ...content, idempotencyKey: target.idempotencyKey });
    const secrets = [credentials.apiKey, credentials.profileKey ?? '', credentials.xApiKey ?? '', credentials.xApiSecret ?? ''];
    const networks = outcomesOf(content, response, secrets);
    await updateTarget(entry.id, target.profileId, { state: 'done', postId: response.id, networks }, deps.now());
  } catch (error) {
    if (!(error instanceof FailureError)) console.error('Sharebeam: sending failed', error);
    await updateTarget(entry.id, target.profileId, { state: 'failed', failure: failureOf(error) }, deps.now());
  }
}

/** Records the send in the outbox before any request, then posts once per profile, concurrently. */
export async function submitPost(request: SubmitPost, deps: SubmitDeps): Promise<OutboxEntry> {
  const { post, targets } = request;
  const profileIds = new Set(targets.map((t) => t.profileId));
  if (targets.length === 0 || profileIds.size < targets.length || targets.some((t) => t.platforms.length === 0)) {
    throw new FailureError({ kind: 'badRequest' });
  }
  if (post.mediaUrls?.some((url) => !publicHttpsUrl(url))) throw new FailureError({ kind: 'badRequest' });
  const now = deps.now();
  const entry: OutboxEntry = {
    id: deps.newId(),
    createdAt: now,
    post: { ...post, platforms: [...new Set(targets.flatMap((t) => t.platforms))] },
    targets: targets.map(({ profileId, platforms }) => ({
      profileId,
      platforms,
      idempotencyKey: deps.newId(),
      state: 'queued',
      networks: [],
      updatedAt: now,
    })),
  };
  await outbox.update((list) => trimOutbox([...list, entry]));
  await Promise.all(entry.targets.map((target) => sendTarget(entry, target, deps)));
  const saved = (await outbox.get()).find((e) => e.id === entry.id);
  if (!saved) throw new FailureError({ kind: 'unexpected' });
  return saved;
}
