import { outboxResume } from '../messaging/protocol';
import { send } from '../messaging/send';

const ONLINE_SETTLE_MS = 1_000;
let relaying = false;

/**
 * Chrome's service worker gets no 'online' event: a page that sees the network come back tells
 * it, so what waits for the network goes at once (otherwise at the next alarm, within a minute).
 * Not the very instant: a connection reported back often carries nothing for a moment yet, and a
 * send tried then would count as a failed try and wait a minute more. Once per page (where there
 * is no window, as in unit tests, there is nothing to listen to).
 */
export function relayOnline(): void {
  if (relaying) return;
  relaying = true;
  globalThis.addEventListener?.('online', () => setTimeout(() => void send(outboxResume, {}).catch(() => undefined), ONLINE_SETTLE_MS));
}
