import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import { ProfileDefaults } from '../storage/settings';

/** What identifies a Sharebeam profile export, written by the background's export. */
export const PROFILE_FILE = { format: 'sharebeam-profiles', version: 1 } as const;

export const ImportedProfile = z.object({
  name: z.string(),
  profileKey: z.string(),
  defaults: z.optional(ProfileDefaults),
});
export type ImportedProfile = z.infer<typeof ImportedProfile>;

const ProfileFile = z.object({ format: z.string(), version: z.number(), profiles: z.array(ImportedProfile) });

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
  file.data.profiles.forEach((p, i) => {
    if (!p.name.trim()) throw new FailureError({ kind: 'importNoName', item: i + 1 });
    if (!p.profileKey.trim()) throw new FailureError({ kind: 'importNoKey', item: i + 1 });
  });
  return file.data.profiles;
}
