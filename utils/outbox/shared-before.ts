import type { NetworkOutcome } from '../ayrshare/outcome';
import type { OutboxEntry } from '../storage/outbox';

export interface SharedBefore {
  at: number;
  /** The live posts of that share. */
  posts: NetworkOutcome[];
}

/** The last time this page was shared from this browser and went out somewhere, if it was. */
export function sharedBefore(entries: readonly OutboxEntry[], pageUrl: string | undefined): SharedBefore | undefined {
  if (!pageUrl) return undefined;
  for (const entry of [...entries].reverse()) {
    if (entry.pageUrl !== pageUrl) continue;
    const posts = entry.targets.flatMap((t) => t.networks).filter((n) => n.status === 'published' && n.postUrl);
    if (posts.length > 0) return { at: entry.createdAt, posts };
  }
  return undefined;
}
