import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { Failure, FailureError } from '../ayrshare/failure';
import type { AnyMessage, ReplyOf, RequestOf } from './protocol';

const Reply = z.object({ value: z.optional(z.unknown()), failure: z.optional(Failure) });

/** Asks the background to do something; resolves with its validated reply or throws a FailureError. */
export async function send<M extends AnyMessage>(message: M, input: RequestOf<M>): Promise<ReplyOf<M>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type: message.type, input });
  } catch {
    throw new FailureError({ kind: 'unexpected' });
  }
  const reply = z.safeParse(Reply, raw);
  if (!reply.success) throw new FailureError({ kind: 'unexpected' });
  if (reply.data.failure) throw new FailureError(reply.data.failure);
  const value = z.safeParse(message.reply, reply.data.value);
  if (!value.success) throw new FailureError({ kind: 'unexpected' });
  return value.data as ReplyOf<M>;
}
