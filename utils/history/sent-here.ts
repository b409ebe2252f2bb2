import type { OutboxEntry } from '../storage/outbox';

/** Ayrshare post ids of a profile's posts sent from this browser, read from the outbox. */
export function sentFromHere(outbox: readonly OutboxEntry[], profileId: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of outbox) {
    for (const target of entry.targets) if (target.profileId === profileId && target.postId) ids.add(target.postId);
  }
  return ids;
}
