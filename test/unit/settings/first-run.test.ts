import { describe, expect, it } from 'vitest';
import { firstGuideProgress, GUIDE_STEPS, opensOnGuide, stepDone } from '@/utils/settings/first-run';

const fresh = { progress: 'open', apiKeyHint: '' } as const;
const keySaved = { progress: 'open', apiKeyHint: '••••0001' } as const;
const keyWorked = { progress: 'done', apiKeyHint: '••••0001' } as const;

describe('the first-run guide', () => {
  it('is due for a new user, and done for one who saved a key before the guide existed', () => {
    expect(firstGuideProgress(undefined, '')).toBe('open');
    expect(firstGuideProgress(undefined, '••••0001')).toBe('done');
    expect(firstGuideProgress('skipped', '')).toBe('skipped');
    expect(firstGuideProgress('open', '••••0001')).toBe('open');
  });

  it('opens for a new user, and for one whose saved key has not been seen to work', () => {
    expect(opensOnGuide(fresh, false)).toBe(true);
    expect(opensOnGuide(keySaved, false)).toBe(true);
    // Networks cached from an older key count only while a key is saved.
    expect(opensOnGuide(fresh, true)).toBe(true);
  });

  it('never opens again once skipped, once Test connection worked, or once the composer read the account with the saved key', () => {
    expect(opensOnGuide({ ...fresh, progress: 'skipped' }, false)).toBe(false);
    expect(opensOnGuide(keyWorked, false)).toBe(false);
    expect(opensOnGuide(keySaved, true)).toBe(false);
  });

  it('ticks the key steps once a key is saved, the test once the saved key worked, and never pinning or sharing', () => {
    const done = (state: Parameters<typeof stepDone>[1]) => GUIDE_STEPS.filter((step) => stepDone(step, state));
    expect(done(fresh)).toEqual([]);
    expect(done(keySaved)).toEqual(['key', 'paste']);
    expect(done(keyWorked)).toEqual(['key', 'paste', 'test']);
    // The key removed after it worked: the steps to take again are not ticked.
    expect(done({ ...keyWorked, apiKeyHint: '' })).toEqual([]);
  });
});
