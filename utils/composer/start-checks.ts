import { accountCache } from '../storage/account';
import { composerMemory } from '../storage/composer-memory';
import { drafts } from '../storage/drafts';
import { reachCache } from '../storage/reach';
import { scheduleCache } from '../storage/schedules';
import { settings } from '../storage/settings';
import type { StartValues } from './model';
import { startValues } from './start-values';

/**
 * The stored values a composer opens with, checked against their schemas: a value written by an
 * older version is lifted to the current shape, and one that is damaged falls back to its
 * default. Loaded right after the first paint, with zod (see start.ts). `stored` is what
 * storage.local.get returned for START_KEYS.
 */
export function checkedStart(stored: Record<string, unknown>, draftKey: string): StartValues {
  return startValues(
    settings.parse(stored[settings.key]),
    {
      accounts: accountCache.parse(stored[accountCache.key]),
      reach: reachCache.parse(stored[reachCache.key]),
      schedules: scheduleCache.parse(stored[scheduleCache.key]),
    },
    composerMemory.parse(stored[composerMemory.key]),
    drafts.parse(stored[drafts.key]),
    draftKey,
  );
}
