import { cleanPrefill, prefillFromSearch } from '../share/prefill';
import type { AccountSnapshot } from '../storage/account';
import type { ReachSnapshot } from '../storage/reach';
import type { ScheduleSnapshot } from '../storage/schedules';
import type { ComposerMemory } from '../storage/composer-memory';
import { DEFAULT_SETTINGS, NO_MEMORY } from '../storage/defaults';
import type { StoredDraft } from '../storage/drafts';
import type { Settings } from '../storage/settings';
import { SETTINGS_VERSION } from '../storage/settings-migrations';
import { draftKeyOf, type ComposerStart, type StartValues } from './model';
import { afterFirstPaint } from './later';
import { OUTBOX_KEY, takeStartRead } from './start-read';
import { startValues } from './start-values';

/**
 * The stored values as read, for the first paint: storage holds what this version wrote, each
 * value checked by its schema on the way in. They are checked again on the way out right after
 * the first paint (start-checks.ts, which brings zod along). Settings of an older version, or a
 * value that is not even a list or an object, are checked before anything is drawn.
 */
function asStored(stored: Record<string, unknown>, draftKey: string): StartValues | undefined {
  const object = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const list = (value: unknown) => value === undefined || Array.isArray(value);
  const { settings = DEFAULT_SETTINGS, account = [], reach = [], schedules = [], composerMemory = NO_MEMORY, drafts = [] } = stored;
  if (!object(settings) || (settings as Settings).version !== SETTINGS_VERSION || !Array.isArray((settings as Settings).profiles)) return undefined;
  if (!list(account) || !list(reach) || !list(schedules) || !list(drafts) || !object(composerMemory)) return undefined;
  return startValues(
    settings as Settings,
    { accounts: account as AccountSnapshot[], reach: reach as ReachSnapshot[], schedules: schedules as ScheduleSnapshot[] },
    composerMemory as ComposerMemory,
    drafts as StoredDraft[],
    draftKey,
  );
}

/**
 * What the composer opens with, all from local storage and the tab: no network request stands
 * between a click and a usable composer. The reads were begun before this code loaded (see
 * start-read.ts). The outbox follows the first paint; of it, only the sends of this draft and this
 * page are checked (the outbox list reads the others).
 */
export async function loadComposerStart(search: string): Promise<ComposerStart> {
  const read = takeStartRead();
  const [tab, stored] = await Promise.all([read.tab, read.stored]);
  const prefill = prefillFromSearch(search) ?? cleanPrefill(tab ?? {});
  const draftKey = draftKeyOf(prefill);
  const later = afterFirstPaint();
  const checked = later.then(() => import('./start-checks')).then((m) => m.checkedStart(stored, draftKey));
  return {
    prefill,
    ...(asStored(stored, draftKey) ?? (await checked)),
    checked,
    sends: Promise.all([read.outbox, later.then(() => import('./sends-read'))]).then(([raw, m]) => m.sendsOf(raw[OUTBOX_KEY], draftKey, prefill.url, Date.now())),
  };
}
