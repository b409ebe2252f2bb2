import type { SettingsView } from '../messaging/protocol';

/** The guide's steps, in the order a new user takes them (components/options/FirstRunGuide.tsx). */
export const GUIDE_STEPS = ['key', 'paste', 'test', 'pin', 'share'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

type GuideState = Pick<SettingsView, 'firstRunGuide' | 'apiKeyHint'>;

/**
 * Whether the options page opens on the guide: not once it was skipped or a saved key worked,
 * whether in Test connection ("done") or in a read of the composer, which leaves the primary
 * profile's networks in the account cache (`primaryReadBefore`).
 */
export function opensOnGuide(state: GuideState, primaryReadBefore: boolean): boolean {
  return state.firstRunGuide === 'open' && !(state.apiKeyHint !== '' && primaryReadBefore);
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
      return state.apiKeyHint !== '' && state.firstRunGuide === 'done';
    default:
      return false;
  }
}
