import * as z from 'zod/mini';
import { PostContent } from '../ayrshare/post-body';
import { OutboxEntry } from '../storage/outbox';

/**
 * Every message between the extension's pages and the background: what is sent and what comes
 * back. The background validates each request before acting on it and pages validate each
 * reply, so neither end trusts the other's shape. A failure comes back as a Failure (see
 * ayrshare/failure.ts), never as text.
 */

/** Settings as the options page may see them: secrets only as masked hints. */
export const SettingsView = z.object({
  baseUrl: z.string(),
  defaultBaseUrl: z.string(),
  apiKeyHint: z.string(),
  xApiKeyHint: z.string(),
  xApiSecretHint: z.string(),
});
export type SettingsView = z.infer<typeof SettingsView>;

/** Secrets: omitted = keep the stored value, "" = forget it. */
export const SettingsChange = z.object({
  baseUrl: z.string(),
  apiKey: z.optional(z.string()),
  xApiKey: z.optional(z.string()),
  xApiSecret: z.optional(z.string()),
});
export type SettingsChange = z.infer<typeof SettingsChange>;

/** A read or an action on Ayrshare made for a page, with a profile's credentials (see gateway.ts). */
export const ApiRequest = z.object({
  profileId: z.string(),
  method: z.enum(['get', 'post', 'put', 'patch', 'delete']),
  path: z.string(),
  json: z.optional(z.unknown()),
  query: z.optional(z.array(z.array(z.string()))),
});
export type ApiRequest = z.infer<typeof ApiRequest>;

export const SubmitPost = z.object({
  post: PostContent,
  profileIds: z.array(z.string()),
  /** The composer draft it came from (see OutboxEntry.draftKey). */
  draftKey: z.optional(z.string()),
});
export type SubmitPost = z.infer<typeof SubmitPost>;

const Nothing = z.object({});
const AnyJson = z.unknown();

export const protocol = {
  'settings/load': { request: Nothing, reply: SettingsView },
  'settings/save': { request: SettingsChange, reply: SettingsView },
  /** GET /user with unsaved form values (blank secrets fall back to the saved ones). */
  'connection/test': { request: SettingsChange, reply: AnyJson },
  'api/call': { request: ApiRequest, reply: AnyJson },
  /** Writes the send to the outbox, tries once per profile, and answers with the entry as it stands. */
  'post/submit': { request: SubmitPost, reply: OutboxEntry },
  /** Stops what of a send has not gone out yet. */
  'outbox/cancel': { request: z.object({ entryId: z.string() }), reply: Nothing },
  /** Sends what is due now, e.g. when a page sees the network come back. */
  'outbox/resume': { request: Nothing, reply: Nothing },
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<Protocol[T]['reply']>;

export const Envelope = z.object({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  input: z.unknown(),
});
