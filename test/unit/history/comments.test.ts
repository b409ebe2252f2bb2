import { describe, expect, it } from 'vitest';
import { commentsOf, groupComments, refusedComments } from '@/utils/history/comments';

const reply = {
  status: 'success',
  id: 'post-1',
  facebook: [
    { comment: 'Thanks!', commentId: '1_2', id: 'AyrComment1', created: '2026-11-23T10:05:00Z', from: { name: 'Acme' } },
    { comment: 'Great read', commentId: '1_3', created: '2026-11-23T10:01:00Z', from: { name: 'Jo Reader' } },
  ],
  bluesky: [{ comment: 'Thanks!', commentId: 'at://did/app.bsky.feed.post/3l', id: 'AyrComment1', created: { _seconds: 1_795_428_300 } }],
  twitter: 'not a list',
};

describe('comments of a post', () => {
  it('reads every network, with author, time and the Ayrshare Comment ID when there is one', () => {
    expect(commentsOf(reply)).toEqual([
      { platform: 'bluesky', text: 'Thanks!', author: undefined, created: 1_795_428_300_000, ayrshareId: 'AyrComment1' },
      { platform: 'facebook', text: 'Thanks!', author: 'Acme', created: Date.parse('2026-11-23T10:05:00Z'), ayrshareId: 'AyrComment1' },
      { platform: 'facebook', text: 'Great read', author: 'Jo Reader', created: Date.parse('2026-11-23T10:01:00Z'), ayrshareId: undefined },
    ]);
  });

  it('keeps no id that could not be sent as one path segment', () => {
    expect(commentsOf({ x: 1, facebook: [{ comment: 'Hi', id: '../profiles' }] })[0]?.ayrshareId).toBeUndefined();
  });

  it('lists a comment made through Ayrshare once with its networks, oldest first', () => {
    expect(groupComments(commentsOf(reply))).toEqual([
      { text: 'Great read', author: 'Jo Reader', created: Date.parse('2026-11-23T10:01:00Z'), platforms: ['facebook'], ayrshareId: undefined },
      { text: 'Thanks!', author: undefined, created: 1_795_428_300_000, platforms: ['bluesky', 'facebook'], ayrshareId: 'AyrComment1' },
    ]);
  });

  it('names the networks that refused a new comment, in their words', () => {
    const added = {
      status: 'error',
      bluesky: { status: 'success', commentId: 'at://x', comment: 'Hi', platform: 'bluesky' },
      linkedin: { status: 'error', code: 150, message: 'The post is not live on LinkedIn.' },
    };
    expect(refusedComments(added)).toEqual([{ platform: 'linkedin', message: 'The post is not live on LinkedIn.' }]);
  });
});
