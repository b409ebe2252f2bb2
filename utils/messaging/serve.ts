import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FailureError, type Failure } from '../ayrshare/failure';
import { withoutSecrets } from '../ayrshare/server-text';
import { REQUESTS, type MessageOf, type MessageType, type ReplyOf, type RequestOf } from './protocol';

/** What the background does for each message of the protocol (wired in entrypoints/background.ts). */
export type Handlers = { [T in MessageType]: (input: RequestOf<MessageOf<T>>) => Promise<ReplyOf<MessageOf<T>>> };
/** Some of the handlers: each capability answers its own messages. */
export type HandlersOf<T extends MessageType> = Pick<Handlers, T>;

export type Reply = { value: unknown } | { failure: Failure };

/**
 * Only the extension's own pages may talk to the background: a message from a content script, a
 * web page or another extension carries a foreign sender and is ignored without a reply.
 */
export function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export async function dispatch(handlers: Handlers, raw: unknown): Promise<Reply> {
  const envelope = raw as { type?: unknown; input?: unknown } | null;
  const type = envelope?.type;
  const request = typeof type === 'string' && Object.hasOwn(REQUESTS, type) ? REQUESTS[type as MessageType] : undefined;
  const input = request && z.safeParse(request, envelope?.input);
  if (!input || !input.success) return { failure: { kind: 'badRequest' } };
  try {
    return { value: await (handlers[type as MessageType] as (input: unknown) => Promise<unknown>)(input.data) };
  } catch (error) {
    if (error instanceof FailureError) return { failure: error.failure };
    console.error(`Sharebeam: ${type} failed`, error);
    return { failure: { kind: 'unexpected' } };
  }
}

/** The one message whose reply carries keys on purpose: the profile file the user asked to export. */
const EXPORT = 'profiles/export';

/**
 * Answers the extension's own pages. The last line of defence for keys: no reply carries a stored
 * secret, whatever a server echoed back or a handler let through, but the export the user asked for.
 */
export function serveMessages(handlers: Handlers, secrets: () => Promise<readonly string[]>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    if (!isTrustedSender(sender)) return false;
    const reply = dispatch(handlers, raw);
    const safe = (raw as { type?: unknown } | null)?.type === EXPORT ? reply : reply.then(async (r) => withoutSecrets(r, await secrets()));
    void safe.then(sendResponse);
    // The worker uses the browser's own API, not the polyfill: `true` keeps the channel open for
    // the asynchronous answer, the documented way in both Chrome and Firefox.
    return true;
  });
}
