import * as z from 'zod/mini';
import type { SettingsView } from '../messaging/protocol';
import { storedValue } from '../storage/stored-value';

/** The guide's steps, in the order a new user takes them (components/options/FirstRunGuide.tsx). */
export const GUIDE_STEPS = ['key', 'paste', 'test', 'pin', 'share'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export const GuideProgress = z.enum(['open', 'skipped', 'done']);
export type GuideProgress = z.infer<typeof GuideProgress>;

/**
 * Where the first-run guide stands: "open" while it is due, never shown again once "skipped" or
 * once a saved key worked ("done"). Kept by the options page itself (it is no secret and no
 * setting), so the background only opens the page on install. Unset until the page first opens.
 */
export const guideProgress = storedValue('firstRunGuide', z.optional(GuideProgress), undefined);

/**
 * The guide's state when the page first looks: a key saved before the guide existed means its
 * user has found their way already.
 */
export function firstGuideProgress(stored: GuideProgress | undefined, apiKeyHint: string): GuideProgress {
  return stored ?? (apiKeyHint === '' ? 'open' : 'done');
}

interface GuideState {
  progress: GuideProgress;
  apiKeyHint: SettingsView['apiKeyHint'];
}

/**
 * Whether the options page opens on the guide: not once it was skipped or a saved key worked,
 * whether in Test connection ("done") or in a read of the composer, which leaves the primary
 * profile's networks in the account cache (`primaryReadBefore`).
 */
export function opensOnGuide(state: GuideState, primaryReadBefore: boolean): boolean {
  return state.progress === 'open' && !(state.apiKeyHint !== '' && primaryReadBefore);
}

/**
 * A step shown as done: the key once one is saved, the test once the saved key worked. Pinning
 * and sharing leave nothing the page could see, so they are never ticked.
 */
export function stepDone(step: GuideStep, state: GuideState): boolean {
  switch (step) {
    case 'key':
    case 'paste':
      return state.apiKeyHint !== '';
    case 'test':
      return state.apiKeyHint !== '' && state.progress === 'done';
    default:
      return false;
  }
}
