import type { SettingsView } from '../messaging/protocol';
import type { ImportedProfile } from './profile-file';

export interface ImportPreview {
  added: string[];
  /** Saved profiles the import renames or gives other defaults: "Old, renamed New" or the name. */
  changed: Array<{ name: string; was?: string }>;
  unchanged: string[];
  /** Entries of the file merged into an earlier one with the same key. */
  merged: number;
}

/**
 * What an import will do, before it does it: `profiles` are the file's (merged, profile-file.ts),
 * `savedIds` the saved profile each one's key belongs to (asked of the background, which alone
 * holds the keys), compared with the saved profiles as the options page shows them.
 */
export function importPreview(
  profiles: readonly ImportedProfile[],
  entries: number,
  savedIds: ReadonlyArray<string | null>,
  saved: SettingsView['profiles'],
): ImportPreview {
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], merged: entries - profiles.length };
  profiles.forEach((profile, i) => {
    const old = saved.find((p) => p.id === savedIds[i]);
    if (!old) preview.added.push(profile.name);
    else if (old.name !== profile.name) preview.changed.push({ name: profile.name, was: old.name });
    else if (profile.defaults && JSON.stringify(profile.defaults) !== JSON.stringify(old.defaults)) preview.changed.push({ name: profile.name });
    else preview.unchanged.push(profile.name);
  });
  return preview;
}
