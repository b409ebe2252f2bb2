import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import { ProfileDefaults } from '../storage/settings';

/** What identifies a Sharebeam profile export. */
export const PROFILE_FILE = { format: 'sharebeam-profiles', version: 1 } as const;

export const ImportedProfile = z.object({
  name: z.string(),
  profileKey: z.string(),
  defaults: z.optional(ProfileDefaults),
});
export type ImportedProfile = z.infer<typeof ImportedProfile>;

const ProfileFile = z.object({ format: z.string(), version: z.number(), profiles: z.array(ImportedProfile) });

/** A file with more profiles, or longer names or keys, is not an export of Sharebeam's. */
export const IMPORT_LIMITS = { profiles: 200, name: 200, key: 500 } as const;

/**
 * The profiles an import makes: names and keys trimmed, entries with the same Profile Key merged
 * into the first (one key is one profile), within IMPORT_LIMITS. The page shows the preview from
 * this; the background imports from it again, trusting nothing the page did.
 */
export function profilesOfFile(list: readonly ImportedProfile[]): ImportedProfile[] {
  const byKey = new Map<string, ImportedProfile>();
  list.forEach((p, i) => {
    const [name, profileKey] = [p.name.trim(), p.profileKey.trim()];
    if (!name || name.length > IMPORT_LIMITS.name) throw new FailureError({ kind: name ? 'importWrongFormat' : 'importNoName', item: i + 1 });
    if (!profileKey || profileKey.length > IMPORT_LIMITS.key) throw new FailureError({ kind: profileKey ? 'importWrongFormat' : 'importNoKey', item: i + 1 });
    if (!byKey.has(profileKey)) byKey.set(profileKey, { ...p, name, profileKey });
  });
  if (list.length > IMPORT_LIMITS.profiles) throw new FailureError({ kind: 'importWrongFormat' });
  return [...byKey.values()];
}

/** The export file of these profiles (the background's `profiles/export` gives them, keys and all). */
export function profileFileText(profiles: readonly ImportedProfile[]): string {
  return JSON.stringify({ ...PROFILE_FILE, profiles }, null, 2);
}

/**
 * The profiles in an export file, checked whole before anything is imported: a file that is
 * wrong anywhere is refused with where it is wrong (never quoting a key), and changes nothing.
 */
export function parseProfileFile(json: string): ImportedProfile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new FailureError({ kind: 'importNotJson' });
  }
  const file = z.safeParse(ProfileFile, raw);
  if (!file.success || file.data.format !== PROFILE_FILE.format || file.data.version !== PROFILE_FILE.version) {
    const [list, index] = file.error?.issues[0]?.path ?? [];
    throw new FailureError({ kind: 'importWrongFormat', item: list === 'profiles' && typeof index === 'number' ? index + 1 : undefined });
  }
  profilesOfFile(file.data.profiles);
  return file.data.profiles;
}
