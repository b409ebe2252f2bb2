import type { AccountSnapshot } from '../storage/account';
import type { ReachSnapshot } from '../storage/reach';
import type { ScheduleSnapshot } from '../storage/schedules';
import type { ComposerMemory } from '../storage/composer-memory';
import type { StoredDraft } from '../storage/drafts';
import type { Settings } from '../storage/settings';
import type { StartValues } from './model';

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** What the composer needs of the stored values, from the values as drawn (start.ts) or as checked (start-checks.ts). */
export function startValues(
  settings: Pick<Settings, 'profiles' | 'apiKeySet' | 'xKeysSet' | 'baseUrl'>,
  /** What is cached of each profile: its networks, its accounts' followers, its posting schedules. */
  cached: { accounts: readonly AccountSnapshot[]; reach: readonly ReachSnapshot[]; schedules: readonly ScheduleSnapshot[] },
  memory: ComposerMemory,
  saved: readonly StoredDraft[],
  draftKey: string,
): StartValues {
  return {
    profiles: settings.profiles,
    ...cached,
    apiKeySet: settings.apiKeySet,
    xKeysSet: settings.xKeysSet,
    apiHost: hostOf(settings.baseUrl),
    memory,
    draft: saved.find((d) => d.key === draftKey),
    otherDrafts: saved.filter((d) => d.key !== draftKey),
  };
}
