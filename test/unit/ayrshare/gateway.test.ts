import { describe, expect, it } from 'vitest';
import { apiCallFor } from '@/utils/ayrshare/gateway';
import { FailureError } from '@/utils/ayrshare/failure';

describe('calls a page may have the background make', () => {
  it('passes an allowed call through with its query', () => {
    expect(apiCallFor({ profileId: 'primary', method: 'get', path: 'history', query: [['limit', '10']] })).toEqual({
      method: 'get',
      path: 'history',
      json: undefined,
      searchParams: [['limit', '10']],
    });
  });

  it('refuses anything not on the list, or a path that tries to escape it', () => {
    for (const request of [
      { method: 'delete', path: 'user' },
      { method: 'post', path: 'profiles' },
      { method: 'get', path: 'post/../profiles' },
      { method: 'get', path: 'user?x=1' },
    ] as const) {
      expect(() => apiCallFor({ profileId: 'primary', ...request })).toThrow(FailureError);
    }
  });
});
