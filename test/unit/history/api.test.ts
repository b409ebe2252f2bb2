import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { historyApi } from '@/utils/history/api';

/** What the background was asked, and what it answers (the page's side of the protocol). */
let sent: Array<{ type: string; input: unknown }> = [];
let answer: unknown;

beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; input: unknown }) => {
    sent.push(message);
    return answer;
  }) as never);
});

const api = historyApi('acme', 'api.example');

describe("the history page's calls, named endpoints the background makes", () => {
  it('lists posts for the chosen profile and reads each item, skipping a damaged one', async () => {
    answer = {
      value: {
        history: [
          { id: 'a', status: 'success', post: 'Hello', platforms: ['bluesky'], created: '2026-11-23T10:00:00Z' },
          { status: 'success' },
          { id: 'b', status: 'pending', post: 'Later', scheduleDate: { _seconds: 1_922_000_000, _nanoseconds: 0 } },
        ],
      },
    };
    const page = await api.list({ network: 'bluesky' }, 1000);
    expect(page.pageLength).toBe(3);
    expect(page.entries.map((e) => [e.id, e.status])).toEqual([
      ['a', 'published'],
      ['b', 'scheduled'],
    ]);
    expect(sent).toEqual([
      {
        type: 'ayrshare/call',
        input: {
          profileId: 'acme',
          endpoint: 'history',
          params: {
            query: [
              ['limit', '25'],
              ['lastDays', '0'],
              ['endDate', '1970-01-01T00:00:01.000Z'],
              ['platforms[0]', 'bluesky'],
            ],
          },
        },
      },
    ]);
  });

  it('calls a reply it cannot read malformed, naming the API host', async () => {
    answer = { value: { posts: [] } };
    await expect(api.list({})).rejects.toEqual(new FailureError({ kind: 'malformed', host: 'api.example' }));
    answer = { value: { status: 'success' } };
    await expect(api.get('a')).rejects.toBeInstanceOf(FailureError);
  });

  it('passes on what the background says went wrong', async () => {
    answer = { failure: { kind: 'rejected', status: 400, code: 131, said: 'Post a has status "success".' } };
    await expect(api.update('a', { approved: true })).rejects.toEqual(
      new FailureError({ kind: 'rejected', status: 400, code: 131, said: 'Post a has status "success".' }),
    );
  });

  it('sends each action as Ayrshare documents it', async () => {
    answer = { value: { status: 'success', deleted: 2 } };
    await api.remove('a');
    expect(await api.removeAllScheduled()).toBe(2);
    await api.update('a', { scheduleDate: '2030-12-03T02:15:00Z' });
    await api.update('a', { notes: '' });
    await api.retry('a');
    await api.analytics('a', ['bluesky']);
    await api.comments('a');
    await api.addComment('a', 'Hi', ['bluesky', 'facebook']);
    await api.deleteComment([
      { platform: 'bluesky', commentId: 'at://did/app.bsky.feed.post/3l' },
      { platform: 'facebook', commentId: '1_2' },
    ]);
    const call = (endpoint: string, params: object) => ({ profileId: 'acme', endpoint, params });
    expect(sent.map((m) => m.input)).toEqual([
      call('deletePost', { json: { id: 'a' } }),
      call('deletePost', { json: { deleteAllScheduled: true } }),
      call('updatePost', { json: { id: 'a', scheduleDate: '2030-12-03T02:15:00Z' } }),
      call('updatePost', { json: { id: 'a', notes: '' } }),
      call('retryPost', { json: { id: 'a' } }),
      call('postAnalytics', { json: { id: 'a', platforms: ['bluesky'] } }),
      call('comments', { id: 'a' }),
      call('addComment', { json: { id: 'a', comment: 'Hi', platforms: ['bluesky', 'facebook'] } }),
      // Each network's copy by the network's own comment id (ayrshare-api.md addendum §5c).
      call('deleteComment', { id: 'at://did/app.bsky.feed.post/3l', json: { searchPlatformId: true, platform: 'bluesky' } }),
      call('deleteComment', { id: '1_2', json: { searchPlatformId: true, platform: 'facebook' } }),
    ]);
  });

  it('reads a post again as its entry', async () => {
    answer = { value: { id: 'a', status: 'awaiting approval', post: 'Hi', platforms: ['linkedin'], notes: 'Check' } };
    expect(await api.get('a')).toMatchObject({ id: 'a', status: 'awaitingApproval', notes: 'Check' });
    expect(sent[0]?.input).toEqual({ profileId: 'acme', endpoint: 'post', params: { id: 'a' } });
  });

  it('reads a post in either shape the docs show: the object, or an array holding it', async () => {
    answer = { value: [{ id: 'a', status: 'success', post: 'Hi', platforms: ['telegram'], postIds: [{ platform: 'telegram', status: 'success', id: 635 }] }] };
    expect(await api.get('a')).toMatchObject({ id: 'a', status: 'published', networks: [{ platform: 'telegram', state: 'live' }] });
  });
});
