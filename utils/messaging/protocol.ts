import * as z from 'zod/mini';
import { PAGE_ENDPOINTS } from '../ayrshare/endpoints';
import { Platform } from '../ayrshare/platforms';
import { PostContent } from '../ayrshare/post-body';
import { ImportedProfile } from '../profiles/profile-file';
import { OutboxEntry } from '../storage/outbox';
import { ProfileDefaults } from '../storage/settings';

/**
 * Every message between the extension's pages and the background: what is sent and what comes
 * back. The background validates each request before acting on it and pages validate each reply,
 * so neither end trusts the other's shape. A failure comes back as a Failure (see
 * ayrshare/failure.ts), never as text. Each definition is pure, so a page's bundle carries only
 * the schemas of the messages it sends.
 */

/**
 * One message: its type and the schemas of what is sent and what comes back. Pages import only
 * the definitions they send.
 */
export function message<const T extends string, Req extends z.ZodMiniType, Res extends z.ZodMiniType>(type: T, request: Req, reply: Res) {
  return { type, request, reply };
}

export const Nothing = z.object({});
export const AnyJson = z.unknown();

// ── Ayrshare, for a page ────────────────────────────────────────────────────────────────────

/**
 * A named Ayrshare endpoint (ayrshare/endpoints.ts) called with a profile's credentials. The
 * parameters are checked against the endpoint's path there; the reply is checked by the page
 * against the endpoint's reply schema (ayrshare/replies.ts).
 */
export const EndpointRequest = z.object({
  profileId: z.string(),
  endpoint: z.literal(PAGE_ENDPOINTS),
  params: z.object({
    id: z.optional(z.string()),
    query: z.optional(z.array(z.array(z.string()))),
    json: z.optional(z.unknown()),
  }),
});
export type EndpointRequest = z.infer<typeof EndpointRequest>;

export const ayrshareCall = /* @__PURE__ */ message('ayrshare/call', EndpointRequest, AnyJson);

// ── Sending ────────────────────────────────────────────────────────────────────────────────

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

/** Writes the send to the outbox, tries once per profile, and answers with the entry as it stands. */
export const postSubmit = /* @__PURE__ */ message('post/submit', SubmitPost, OutboxEntry);
/** Stops what of a send has not gone out yet. */
export const outboxCancel = /* @__PURE__ */ message('outbox/cancel', z.object({ entryId: z.string() }), Nothing);
/** Sends what is due now, e.g. when a page sees the network come back. */
export const outboxResume = /* @__PURE__ */ message('outbox/resume', Nothing, Nothing);

// ── Settings and profiles (the options page) ───────────────────────────────────────────────

/** Settings as the options page may see them: secrets only as masked hints. */
export const SettingsView = z.object({
  baseUrl: z.string(),
  defaultBaseUrl: z.string(),
  apiKeyHint: z.string(),
  xApiKeyHint: z.string(),
  xApiSecretHint: z.string(),
  profiles: z.array(z.object({ id: z.string(), name: z.string(), keyHint: z.string(), defaults: ProfileDefaults })),
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

/** A profile added (no id) or changed; an omitted Profile Key keeps the saved one. */
export const ProfileChange = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  profileKey: z.optional(z.string()),
  defaults: ProfileDefaults,
});
export type ProfileChange = z.infer<typeof ProfileChange>;

export const settingsLoad = /* @__PURE__ */ message('settings/load', Nothing, SettingsView);
export const settingsSave = /* @__PURE__ */ message('settings/save', SettingsChange, SettingsView);
/** GET /user with unsaved form values (blank secrets fall back to the saved ones). */
export const connectionTest = /* @__PURE__ */ message('connection/test', SettingsChange, AnyJson);
export const profilesSave = /* @__PURE__ */ message('profiles/save', ProfileChange, SettingsView);
export const profilesRemove = /* @__PURE__ */ message('profiles/remove', z.object({ id: z.string() }), SettingsView);
/** GET /user as a profile: with the key typed in the form, or else the saved one. */
export const profilesTest = /* @__PURE__ */ message(
  'profiles/test',
  z.object({ id: z.optional(z.string()), profileKey: z.optional(z.string()) }),
  AnyJson,
);
/** The profile list with its keys, for a file the user asked to export. */
export const profilesExport = /* @__PURE__ */ message('profiles/export', Nothing, z.object({ json: z.string() }));
/** Adds or renames profiles read from an export file (checked by the page first). */
export const profilesImport = /* @__PURE__ */ message('profiles/import', z.object({ profiles: z.array(ImportedProfile) }), SettingsView);

/** Every message the background answers. */
export const MESSAGES = [
  settingsLoad,
  settingsSave,
  connectionTest,
  profilesSave,
  profilesRemove,
  profilesTest,
  profilesExport,
  profilesImport,
  ayrshareCall,
  postSubmit,
  outboxCancel,
  outboxResume,
] as const;

export type AnyMessage = (typeof MESSAGES)[number];
export type MessageType = AnyMessage['type'];
export type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>;
export type RequestOf<M extends AnyMessage> = z.infer<M['request']>;
export type ReplyOf<M extends AnyMessage> = z.infer<M['reply']>;
