import { describe, expect, it } from 'vitest';
import { callOf, ENDPOINTS, PAGE_ENDPOINTS } from '@/utils/ayrshare/endpoints';
import { FailureError } from '@/utils/ayrshare/failure';
import { REPLIES } from '@/utils/ayrshare/replies';

describe('the endpoint table', () => {
  it('makes the request a name and its parameters stand for', () => {
    expect(callOf('history', { query: [['limit', '10']] })).toEqual({
      method: 'get',
      path: 'history',
      json: undefined,
      searchParams: [['limit', '10']],
      timeoutMs: undefined,
    });
    expect(callOf('deletePost', { json: { id: 'abc' } })).toMatchObject({ method: 'delete', path: 'post', json: { id: 'abc' } });
    expect(callOf('uploadMedia', { json: {} })).toMatchObject({ method: 'post', path: 'media/upload', timeoutMs: 180_000 });
  });

  it('puts an id in its path as one segment, whatever it holds', () => {
    expect(callOf('post', { id: 'RhrbDtYh7hdSMc67zC8H' }).path).toBe('post/RhrbDtYh7hdSMc67zC8H');
    expect(callOf('deleteComment', { id: 'urn:li:comment:(urn:li:activity:1,2)' }).path).toBe(
      'comments/urn%3Ali%3Acomment%3A(urn%3Ali%3Aactivity%3A1%2C2)',
    );
    expect(callOf('comments', { id: '../profiles' }).path).toBe('comments/..%2Fprofiles');
  });

  it('refuses an id where the path takes none, none where it needs one, and dot segments', () => {
    for (const [name, params] of [
      ['user', { id: 'x' }],
      ['post', {}],
      ['post', { id: '..' }],
      ['comments', { id: '.' }],
      ['post', { id: '' }],
    ] as const) {
      expect(() => callOf(name, params)).toThrow(FailureError);
    }
  });

  it('lets pages call every endpoint but publishing, which only the outbox does', () => {
    expect(PAGE_ENDPOINTS).not.toContain('createPost');
    expect([...PAGE_ENDPOINTS, 'createPost'].sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });

  it('has a reply schema for every endpoint a page calls', () => {
    expect(Object.keys(REPLIES).sort()).toEqual([...PAGE_ENDPOINTS].sort());
  });
});
