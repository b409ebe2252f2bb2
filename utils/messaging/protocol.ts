import * as z from 'zod/mini';
import { PAGE_ENDPOINTS } from '../ayrshare/endpoints';
import { Platform } from '../ayrshare/platforms';
import { PostContent } from '../ayrshare/post-body';
import { oneOf } from '../one-of';
import { ImportedProfile } from '../profiles/profile-file';
import { OutboxEntry } from '../storage/outbox';
import { ProfileDefaults } from '../storage/settings';

/**
 * Every message between the extension's pages and the background: what is sent and what comes
 * back. The background validates each request before acting on it (REQUESTS) and pages validate
 * each reply (a message's `reply`), so neither end trusts the other's shape. A failure comes back
 * as a Failure (see ayrshare/failure.ts), never as text. Each definition is pure, so a page's
 * bundle carries only the reply schemas of the messages it sends, and the worker none.
 */

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
  endpoint: oneOf(PAGE_ENDPOINTS),
  params: z.object({
    id: z.optional(z.string()),
    query: z.optional(z.array(z.array(z.string()))),
    json: z.optional(z.unknown()),
  }),
});
export type EndpointRequest = z.infer<typeof EndpointRequest>;

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

// ── Settings and profiles (the options page) ───────────────────────────────────────────────

/** Settings as the options page may see them: secrets only as masked hints. */
export const SettingsView = z.object({
  baseUrl: z.string(),
  shareNow: z.boolean(),
  apiKeyHint: z.string(),
  xApiKeyHint: z.string(),
  xApiSecretHint: z.string(),
  profiles: z.array(z.object({ id: z.string(), name: z.string(), keyHint: z.string(), defaults: ProfileDefaults })),
});
export type SettingsView = z.infer<typeof SettingsView>;

/**
 * What the options page changes; anything omitted stays as saved (so two pages saving at once
 * lose nothing). Secrets: "" forgets one. `keysFor`: the origin the user confirmed may receive the
 * keys saved before (see settings/base-url.ts).
 */
export const SettingsChange = z.object({
  baseUrl: z.optional(z.string()),
  keysFor: z.optional(z.string()),
  shareNow: z.optional(z.boolean()),
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

/**
 * Every message the background answers, with the schema its request must meet: the background
 * checks each request against it and needs no reply schema.
 */
export const REQUESTS = {
  /** The settings as the options page may see them (SettingsView). */
  'settings/load': Nothing,
  'settings/save': SettingsChange,
  /** GET /user with unsaved form values (blank secrets fall back to the saved ones). */
  'connection/test': SettingsChange,
  'profiles/save': ProfileChange,
  'profiles/remove': z.object({ id: z.string() }),
  /** GET /user as a profile: with the key typed in the form, or else the saved one. */
  'profiles/test': z.object({ id: z.optional(z.string()), profileKey: z.optional(z.string()) }),
  /** The profile list with its keys, for a file the user asked to export. */
  'profiles/export': Nothing,
  /** For the import preview: the saved profile of each Profile Key in the file, if any (no key comes back). */
  'profiles/match': z.object({ keys: z.array(z.string()) }),
  /** Adds or renames profiles read from an export file, once the user confirmed the preview. */
  'profiles/import': z.object({ profiles: z.array(ImportedProfile) }),
  'ayrshare/call': EndpointRequest,
  /** Writes the send to the outbox, tries once per profile, and answers with the entry as it stands. */
  'post/submit': SubmitPost,
  /** Stops what of a send has not gone out yet. */
  'outbox/cancel': z.object({ entryId: z.string() }),
  /** Sends what is due now, e.g. when a page sees the network come back. */
  'outbox/resume': Nothing,
} as const;

export type MessageType = keyof typeof REQUESTS;

/**
 * One message as a page sends it: its type and the schema of what comes back (what is sent is
 * REQUESTS'). Pages import only the definitions they send.
 */
function message<const T extends MessageType, Res extends z.ZodMiniType>(type: T, reply: Res): { type: T; reply: Res } {
  return { type, reply };
}

export const settingsLoad = /* @__PURE__ */ message('settings/load', SettingsView);
export const settingsSave = /* @__PURE__ */ message('settings/save', SettingsView);
export const connectionTest = /* @__PURE__ */ message('connection/test', AnyJson);
export const profilesSave = /* @__PURE__ */ message('profiles/save', SettingsView);
export const profilesRemove = /* @__PURE__ */ message('profiles/remove', SettingsView);
export const profilesTest = /* @__PURE__ */ message('profiles/test', AnyJson);
export const profilesExport = /* @__PURE__ */ message('profiles/export', z.object({ profiles: z.array(ImportedProfile) }));
export const profilesMatch = /* @__PURE__ */ message('profiles/match', z.object({ ids: z.array(z.nullable(z.string())) }));
export const profilesImport = /* @__PURE__ */ message('profiles/import', SettingsView);
export const ayrshareCall = /* @__PURE__ */ message('ayrshare/call', AnyJson);
export const postSubmit = /* @__PURE__ */ message('post/submit', OutboxEntry);
export const outboxCancel = /* @__PURE__ */ message('outbox/cancel', Nothing);
export const outboxResume = /* @__PURE__ */ message('outbox/resume', Nothing);

/** Every message's page definition, one per type of REQUESTS (test/unit/messaging/secrets.test.ts checks). */
export const MESSAGES = [
  settingsLoad,
  settingsSave,
  connectionTest,
  profilesSave,
  profilesRemove,
  profilesTest,
  profilesExport,
  profilesMatch,
  profilesImport,
  ayrshareCall,
  postSubmit,
  outboxCancel,
  outboxResume,
] as const;

export type AnyMessage = (typeof MESSAGES)[number];
export type MessageOf<T extends MessageType> = Extract<AnyMessage, { type: T }>;
export type RequestOf<M extends { type: MessageType }> = z.infer<(typeof REQUESTS)[M['type']]>;
export type ReplyOf<M extends { reply: z.ZodMiniType }> = z.infer<M['reply']>;
