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

describe("the history page's calls, through the background's gateway", () => {
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
        type: 'api/call',
        input: {
          profileId: 'acme',
          method: 'get',
          path: 'history',
          query: [
            ['limit', '25'],
            ['lastDays', '0'],
            ['endDate', '1970-01-01T00:00:01.000Z'],
            ['platforms[0]', 'bluesky'],
          ],
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
    await api.deleteComment('C1');
    expect(sent.map((m) => m.input)).toEqual([
      { profileId: 'acme', method: 'delete', path: 'post', json: { id: 'a' } },
      { profileId: 'acme', method: 'delete', path: 'post', json: { deleteAllScheduled: true } },
      { profileId: 'acme', method: 'patch', path: 'post', json: { id: 'a', scheduleDate: '2030-12-03T02:15:00Z' } },
      { profileId: 'acme', method: 'patch', path: 'post', json: { id: 'a', notes: '' } },
      { profileId: 'acme', method: 'put', path: 'post/retry', json: { id: 'a' } },
      { profileId: 'acme', method: 'post', path: 'analytics/post', json: { id: 'a', platforms: ['bluesky'] } },
      { profileId: 'acme', method: 'get', path: 'comments/a' },
      { profileId: 'acme', method: 'post', path: 'comments', json: { id: 'a', comment: 'Hi', platforms: ['bluesky', 'facebook'] } },
      { profileId: 'acme', method: 'delete', path: 'comments/C1' },
    ]);
  });

  it('reads a post again as its entry', async () => {
    answer = { value: { id: 'a', status: 'awaiting approval', post: 'Hi', platforms: ['linkedin'], notes: 'Check' } };
    expect(await api.get('a')).toMatchObject({ id: 'a', status: 'awaitingApproval', notes: 'Check' });
    expect(sent[0]?.input).toEqual({ profileId: 'acme', method: 'get', path: 'post/a' });
  });
});
