import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commentsOf, forgetComments, groupComments, madeComments, refusedComments, rememberComments } from '@/utils/history/comments';

/** GET /comments/:id as the docs show it: per network, each comment with the network's own `commentId` only. */
const reply = {
  status: 'success',
  id: 'post-1',
  facebook: [
    { comment: 'Thanks!', commentId: '1_2', created: '2026-11-23T10:05:00Z', from: { name: 'Acme' } },
    { comment: 'Great read', commentId: '1_3', created: '2026-11-23T10:01:00Z', from: { name: 'Jo Reader' } },
  ],
  bluesky: [{ comment: 'Thanks!', commentId: 'at://did/app.bsky.feed.post/3l', created: { _seconds: 1_795_428_300 } }],
  telegram: [{ comment: 'A numeric id', commentId: 42, created: '2026-11-23T10:00:00Z' }],
  twitter: 'not a list',
};

/** POST /comments as the docs show it: per network, the new comment's `commentId` (addendum §5a). */
const added = {
  status: 'success',
  bluesky: { status: 'success', commentId: 'at://did/app.bsky.feed.post/3l', comment: 'Thanks!', platform: 'bluesky' },
  facebook: { status: 'success', commentId: '1_2', comment: 'Thanks!', platform: 'facebook' },
};

beforeEach(() => fakeBrowser.reset());

describe('comments of a post', () => {
  it('reads every network, with author, time and the network comment id (a number too)', () => {
    expect(commentsOf(reply)).toEqual([
      { platform: 'bluesky', text: 'Thanks!', author: undefined, created: 1_795_428_300_000, commentId: 'at://did/app.bsky.feed.post/3l', group: undefined },
      { platform: 'facebook', text: 'Thanks!', author: 'Acme', created: Date.parse('2026-11-23T10:05:00Z'), commentId: '1_2', group: undefined },
      { platform: 'facebook', text: 'Great read', author: 'Jo Reader', created: Date.parse('2026-11-23T10:01:00Z'), commentId: '1_3', group: undefined },
      { platform: 'telegram', text: 'A numeric id', author: undefined, created: Date.parse('2026-11-23T10:00:00Z'), commentId: '42', group: undefined },
    ]);
  });

  it('lists a comment added from here once with its networks, and only that one can be deleted', async () => {
    await rememberComments(added);
    const items = groupComments(commentsOf(reply, await madeComments()));
    // Oldest first.
    expect(items.map((i) => [i.text, i.platforms, i.copies])).toEqual([
      ['A numeric id', ['telegram'], undefined],
      ['Great read', ['facebook'], undefined],
      ['Thanks!', ['bluesky', 'facebook'], [
        { platform: 'bluesky', commentId: 'at://did/app.bsky.feed.post/3l' },
        { platform: 'facebook', commentId: '1_2' },
      ]],
    ]);
  });

  it('forgets the copies once they are deleted', async () => {
    await rememberComments(added);
    await forgetComments([{ platform: 'bluesky', commentId: 'at://did/app.bsky.feed.post/3l' }, { platform: 'facebook', commentId: '1_2' }]);
    expect(await madeComments()).toEqual([]);
  });

  it('names the networks that refused a new comment, in their words', () => {
    const refused = {
      status: 'error',
      bluesky: { status: 'success', commentId: 'at://x', comment: 'Hi', platform: 'bluesky' },
      linkedin: { status: 'error', code: 150, message: 'The post is not live on LinkedIn.' },
    };
    expect(refusedComments(refused)).toEqual([{ platform: 'linkedin', message: 'The post is not live on LinkedIn.' }]);
  });
});
