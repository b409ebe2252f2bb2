import { sendOfDraft } from '../outbox/draft-send';
import { sharedBefore } from '../outbox/shared-before';
import { outboxEntriesOf } from '../storage/outbox';
import type { ComposerSends } from './model';

const FINAL = ['done', 'failed', 'cancelled'];

/**
 * Whether a stored outbox entry of another draft is still going. Only decides whether the outbox
 * list loads: the list reads and checks the outbox itself.
 */
function othersGoing(raw: unknown[], draftKey: string): boolean {
  return raw.some((entry) => {
    const { draftKey: key, targets } = (entry ?? {}) as { draftKey?: unknown; targets?: unknown };
    return key !== draftKey && Array.isArray(targets) && targets.some((t) => !FINAL.includes((t as { state?: string } | null)?.state ?? ''));
  });
}

/**
 * What the stored outbox tells a composer opening on a share: this draft's latest send, when the
 * page went out before, and whether another draft's send is still going. Loaded after the first
 * paint with the outbox itself, the largest value in storage: of its entries, only this draft's
 * and this page's are checked and kept.
 */
export function sendsOf(raw: unknown, draftKey: string, pageUrl: string | undefined, now: number): ComposerSends {
  const sends = outboxEntriesOf(raw, draftKey, pageUrl);
  return {
    send: sendOfDraft(sends, draftKey, now),
    sharedBefore: sharedBefore(sends, pageUrl),
    othersGoing: Array.isArray(raw) && othersGoing(raw, draftKey),
  };
}
