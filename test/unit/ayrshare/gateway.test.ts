import { describe, expect, it } from 'vitest';
import { apiCallFor } from '@/utils/ayrshare/gateway';
import { FailureError } from '@/utils/ayrshare/failure';
import type { ApiRequest } from '@/utils/messaging/protocol';

const call = (request: Omit<ApiRequest, 'profileId'>) => apiCallFor({ profileId: 'primary', ...request });

describe('calls a page may have the background make', () => {
  it('passes an allowed call through with its query', () => {
    expect(call({ method: 'get', path: 'history', query: [['limit', '10']] })).toEqual({
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
      expect(() => call(request)).toThrow(FailureError);
    }
  });
});

describe("the history page's calls", () => {
  it('deletes a post, or all scheduled posts, with the id in the body (DELETE /post)', () => {
    expect(call({ method: 'delete', path: 'post', json: { id: 'abc' } })).toMatchObject({ method: 'delete', path: 'post', json: { id: 'abc' } });
    expect(call({ method: 'delete', path: 'post', json: { deleteAllScheduled: true } })).toMatchObject({ json: { deleteAllScheduled: true } });
  });

  it('approves, reschedules and edits notes (PATCH /post)', () => {
    expect(call({ method: 'patch', path: 'post', json: { id: 'abc', approved: true } })).toMatchObject({ method: 'patch', path: 'post' });
  });

  it('retries a failed post (PUT /post/retry)', () => {
    expect(call({ method: 'put', path: 'post/retry', json: { id: 'abc' } })).toMatchObject({ method: 'put', path: 'post/retry' });
  });

  it("reads a post's analytics (POST /analytics/post)", () => {
    expect(call({ method: 'post', path: 'analytics/post', json: { id: 'abc' } })).toMatchObject({ method: 'post', path: 'analytics/post' });
  });

  it('reads, adds and deletes comments', () => {
    expect(call({ method: 'get', path: 'comments/Ut1fWU6XkqkMayHGnJZ' })).toMatchObject({ method: 'get' });
    expect(call({ method: 'post', path: 'comments', json: { id: 'abc', comment: 'Hi' } })).toMatchObject({ method: 'post' });
    expect(call({ method: 'delete', path: 'comments/Ut1fWU6XkqkMayHGnJZ' })).toMatchObject({ method: 'delete' });
  });

  it('still refuses what the history page does not need', () => {
    for (const request of [
      // Other methods on the same paths.
      { method: 'put', path: 'post' },
      { method: 'post', path: 'post/retry' },
      { method: 'delete', path: 'post/abc' },
      { method: 'get', path: 'analytics/post' },
      { method: 'post', path: 'analytics/social' },
      { method: 'put', path: 'comments' },
      { method: 'delete', path: 'comments' },
      { method: 'post', path: 'comments/reply' },
      // Paths that try to reach further than one id.
      { method: 'delete', path: 'comments/abc/def' },
      { method: 'delete', path: 'comments/..' },
      { method: 'delete', path: 'comments/%2e%2e' },
      { method: 'get', path: 'comments/abc?platform=x' },
      { method: 'patch', path: 'post/' },
      { method: 'put', path: 'post/retry/../../profiles' },
      { method: 'delete', path: `comments/${'a'.repeat(65)}` },
    ] as const) {
      expect(() => call(request), `${request.method} ${request.path}`).toThrow(FailureError);
    }
  });
});
