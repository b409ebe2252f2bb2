import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FailureError, type Failure } from '../ayrshare/failure';
import { withoutSecrets } from '../ayrshare/server-text';
import { Envelope, protocol, type MessageType, type ReplyOf, type RequestOf } from './protocol';

export type Handlers = { [T in MessageType]: (input: RequestOf<T>) => Promise<ReplyOf<T>> };

export type Reply = { value: unknown } | { failure: Failure };

/**
 * Only the extension's own pages may talk to the background: a message from a content script, a
 * web page or another extension carries a foreign sender and is ignored without a reply.
 */
export function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export async function dispatch(handlers: Handlers, raw: unknown): Promise<Reply> {
  const envelope = z.safeParse(Envelope, raw);
  const type = envelope.data?.type;
  const input = type && z.safeParse(protocol[type].request, envelope.data?.input);
  if (!type || !input || !input.success) return { failure: { kind: 'badRequest' } };
  try {
    return { value: await (handlers[type] as (input: unknown) => Promise<unknown>)(input.data) };
  } catch (error) {
    if (error instanceof FailureError) return { failure: error.failure };
    console.error(`Sharebeam: ${type} failed`, error);
    return { failure: { kind: 'unexpected' } };
  }
}

/**
 * Answers the extension's own pages. The last line of defence for keys: no reply carries a stored
 * secret, whatever a server echoed back or a handler let through.
 */
export function serveMessages(handlers: Handlers, secrets: () => Promise<readonly string[]>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    isTrustedSender(sender) ? dispatch(handlers, raw).then(async (reply) => withoutSecrets(reply, await secrets())) : undefined,
  );
}
