import { FailureError } from '../ayrshare/failure';
import type { SubmitPost } from '../messaging/protocol';
import { outbox, type OutboxEntry } from '../storage/outbox';
import { trimOutbox } from '../storage/room';
import { publicHttpsUrl } from '../urls';
import { deliver, scheduleWake, type DeliverDeps } from './deliver';

/** Far above any network's limit (Facebook's 63,206 is the highest): anything longer is not a post. */
export const MAX_POST_CHARS = 100_000;

export interface SubmitDeps extends DeliverDeps {
  newId(): string;
}

/**
 * Records the send in the outbox before any request, with one idempotency key per profile, then
 * makes the first attempt for each profile concurrently and answers with the entry as it stands:
 * final, or waiting for a retry the background will make (see deliver.ts).
 */
export async function submitPost(request: SubmitPost, deps: SubmitDeps, holdMs = 0): Promise<OutboxEntry> {
  const { post, targets } = request;
  const profileIds = new Set(targets.map((t) => t.profileId));
  const malformed =
    targets.length === 0 ||
    profileIds.size < targets.length ||
    targets.some((t) => t.platforms.length === 0) ||
    post.post.length > MAX_POST_CHARS ||
    post.mediaUrls?.some((url) => !publicHttpsUrl(url));
  if (malformed) throw new FailureError({ kind: 'badRequest' });
  const now = deps.now();
  const entry: OutboxEntry = {
    id: deps.newId(),
    createdAt: now,
    post: { ...post, platforms: [...new Set(targets.flatMap((t) => t.platforms))] },
    draftKey: request.draftKey,
    pageUrl: request.pageUrl,
    targets: targets.map(({ profileId, platforms }) => ({
      profileId,
      platforms,
      idempotencyKey: deps.newId(),
      state: 'queued',
      networks: [],
      updatedAt: now,
      // Held back for Undo (share-now): not due before then (states.ts).
      retryAt: holdMs ? now + holdMs : undefined,
    })),
  };
  await outbox.update((list) => trimOutbox([...list, entry]));
  if (holdMs) return (await scheduleWake(), entry);
  await deliver(entry, entry.targets, deps);
  const saved = (await outbox.get()).find((e) => e.id === entry.id);
  if (!saved) throw new FailureError({ kind: 'unexpected' });
  return saved;
}
