import * as z from 'zod/mini';
import { ImportedProfile } from '../profiles/profile-file';
import { ProfileDefaults } from '../storage/settings';
import { AnyJson, message, Nothing } from './protocol';

/**
 * The options page's messages: settings and profiles. Kept apart from protocol.ts so the popup,
 * which never sends them, does not carry their schemas.
 */

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
