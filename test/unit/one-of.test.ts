import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Platform } from '@/utils/ayrshare/platforms';
import { oneOf } from '@/utils/one-of';

describe('oneOf', () => {
  const State = oneOf(['queued', 'done']);

  it('reads every value of its list', () => {
    expect(z.parse(State, 'queued')).toBe('queued');
    expect(z.parse(z.object({ s: State }), { s: 'done' })).toEqual({ s: 'done' });
  });

  it('refuses any other value, a string of another case and a non-string alike', () => {
    for (const value of ['Done', 'sending', '', 1, null, undefined, ['done']]) {
      expect(z.safeParse(State, value).success).toBe(false);
    }
  });

  it('says which values it would take', () => {
    const result = z.safeParse(z.object({ platform: Platform }), { platform: 'myspace' });
    expect(result.error?.issues).toMatchObject([{ code: 'invalid_value', path: ['platform'], values: expect.arrayContaining(['bluesky', 'twitter']) }]);
  });
});
