import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { PostContent } from '../ayrshare/post-body';
import { OutboxEntry } from '../storage/outbox';
import type { MESSAGES } from './messages';

/**
 * The messages between the extension's pages and the background: what is sent and what comes
 * back. The background validates each request before acting on it and pages validate each
 * reply, so neither end trusts the other's shape. A failure comes back as a Failure (see
 * ayrshare/failure.ts), never as text. The options page's messages are in
 * settings-messages.ts; messages.ts lists them all for the background.
 */

/** A read or an action on Ayrshare made for a page, with a profile's credentials (see gateway.ts). */
export const ApiRequest = z.object({
  profileId: z.string(),
  method: z.enum(['get', 'post', 'put', 'patch', 'delete']),
  path: z.string(),
  json: z.optional(z.unknown()),
  query: z.optional(z.array(z.array(z.string()))),
});
export type ApiRequest = z.infer<typeof ApiRequest>;

/** One post for one or several profiles; each profile is sent only the networks it has linked. */
export const SubmitPost = z.object({
  post: PostContent,
  targets: z.array(z.object({ profileId: z.string(), platforms: z.array(Platform) })),
  /** The composer draft it came from (see OutboxEntry.draftKey). */
  draftKey: z.optional(z.string()),
  /** The page it shares (see OutboxEntry.pageUrl). */
  pageUrl: z.optional(z.string()),
});
export type SubmitPost = z.infer<typeof SubmitPost>;

export const Nothing = z.object({});
export const AnyJson = z.unknown();

/**
 * One message: its type and the schemas of what is sent and what comes back. Pages import only
 * the definitions they send, so a page's bundle carries only those schemas.
 */
export function message<const T extends string, Req extends z.ZodMiniType, Res extends z.ZodMiniType>(type: T, request: Req, reply: Res) {
  return { type, request, reply };
}

export const apiCall = /* @__PURE__ */ message('api/call', ApiRequest, AnyJson);
/** Writes the send to the outbox, tries once per profile, and answers with the entry as it stands. */
export const postSubmit = /* @__PURE__ */ message('post/submit', SubmitPost, OutboxEntry);
/** Stops what of a send has not gone out yet. */
export const outboxCancel = /* @__PURE__ */ message('outbox/cancel', z.object({ entryId: z.string() }), Nothing);
/** Sends what is due now, e.g. when a page sees the network come back. */
export const outboxResume = /* @__PURE__ */ message('outbox/resume', Nothing, Nothing);

export type AnyMessage = (typeof MESSAGES)[number];
export type MessageType = AnyMessage['type'];
export type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>;
export type RequestOf<M extends AnyMessage> = z.infer<M['request']>;
export type ReplyOf<M extends AnyMessage> = z.infer<M['reply']>;

export const Envelope = z.object({ type: z.string(), input: z.unknown() });
