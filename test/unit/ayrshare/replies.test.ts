import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { snapshotOf } from '@/utils/account/refresh';
import { failureOfResponse } from '@/utils/ayrshare/client';
import { outcomesNow, outcomesOf } from '@/utils/ayrshare/outcome';
import { onePost, PostReply } from '@/utils/ayrshare/post-reply';
import { HistoryPost, REPLIES } from '@/utils/ayrshare/replies';
import { commentsOf, refusedComments } from '@/utils/history/comments';
import { entryOf } from '@/utils/history/entry';

/**
 * Every example reply the docs show (test/unit/ayrshare/fixtures, each naming its page) is read
 * by the schema of its endpoint, and by the code that acts on it: a reply as documented is never
 * "unreadable", whatever extra fields it carries.
 */
interface Fixture {
  source: string;
  note: string;
  endpoint: keyof typeof REPLIES | 'createPost' | 'error';
  status?: number;
  reply: unknown;
}

const dir = path.join(import.meta.dirname, 'fixtures');
const fixtures = Object.fromEntries(
  fs.readdirSync(dir).map((file) => [file.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Fixture]),
);
const reply = (name: string) => fixtures[name]!.reply;

describe('the fixtures', () => {
  it.each(Object.entries(fixtures))('%s names the docs page it comes from', (_, fixture) => {
    expect(fixture.source).toMatch(/^https:\/\/[\w.-]*(ayrshare|jamdesk)[\w.-]*\//);
  });

  it.each(Object.entries(fixtures).filter(([, f]) => f.endpoint !== 'createPost' && f.endpoint !== 'error'))(
    "%s parses with its endpoint's reply schema",
    (_, fixture) => {
      expect(z.safeParse(REPLIES[fixture.endpoint as keyof typeof REPLIES], fixture.reply).success).toBe(true);
    },
  );

  it.each(Object.entries(fixtures).filter(([, f]) => f.endpoint === 'createPost' || f.endpoint === 'post'))(
    '%s is a post the worker reads',
    (_, fixture) => {
      expect(z.safeParse(PostReply, onePost(fixture.reply)).success).toBe(true);
    },
  );
});

describe('what Sharebeam makes of them', () => {
  it("shows Telegram's numeric id as published, with its link, beside the others", () => {
    const post = z.parse(PostReply, reply('post-telegram'));
    const outcomes = outcomesOf({ platforms: ['twitter', 'facebook', 'instagram', 'telegram'] }, post, []);
    expect(outcomes.map((o) => [o.platform, o.status, o.postUrl])).toEqual([
      ['twitter', 'published', 'https://twitter.com/handle/status/1288899996423983105'],
      ['facebook', 'published', 'https://www.facebook.com/104923907983682_108329000309742'],
      ['instagram', 'published', 'https://www.instagram.com/p/CP1dI9Hp_WO/'],
      ['telegram', 'published', 'https://t.me/c/1424847122/635'],
    ]);
  });

  it('reads the current example with its network-specific fields', () => {
    const post = z.parse(PostReply, reply('post-current'));
    expect(outcomesOf({ platforms: ['bluesky', 'gmb'] }, post, []).map((o) => o.status)).toEqual(['published', 'published']);
  });

  it("words each network's refusal in Ayrshare's words", () => {
    const post = z.parse(PostReply, reply('post-error'));
    expect(outcomesOf({ platforms: ['twitter', 'facebook'] }, post, [])).toMatchObject([
      { platform: 'twitter', status: 'failed', code: 110, message: 'Status is a duplicate.' },
      { platform: 'facebook', status: 'failed', code: 107 },
    ]);
  });

  it('reads GET /post/:id in both shapes as the same post', () => {
    const asObject = z.parse(HistoryPost, onePost(reply('get-post')));
    const inArray = z.parse(HistoryPost, onePost(reply('get-post-array')));
    expect(inArray).toEqual(asObject);
    expect(outcomesNow(['twitter'], z.parse(PostReply, onePost(reply('get-post-array'))), [])).toMatchObject([{ platform: 'twitter', status: 'published' }]);
    expect(entryOf({ ...asObject, id: asObject.id! })).toMatchObject({ id: '8tNTr73VV8Y66bHwC2322', status: 'published', networks: [{ state: 'live' }] });
  });

  it('lists the history example, its Firestore times read', () => {
    const [item] = z.parse(REPLIES.history, reply('history')).history;
    const post = z.parse(HistoryPost, item);
    expect(entryOf({ ...post, id: post.id! })).toMatchObject({
      status: 'deleted',
      scheduledAt: 1_604_578_889_211,
      created: Date.parse('2022-05-20T17:25:06Z'),
      notes: 'Approved by John Smith',
    });
    const byId = z.parse(HistoryPost, reply('history-id'));
    expect(entryOf({ ...byId, id: byId.id! })).toMatchObject({ status: 'published', networks: [{ platform: 'facebook', state: 'live' }] });
  });

  it("reads the account's linked networks and names", () => {
    const snapshot = snapshotOf('primary', reply('user'), 0);
    expect(snapshot.networks.map((n) => n.platform)).toEqual(['bluesky', 'facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'telegram', 'tiktok', 'twitter', 'youtube']);
    expect(snapshot.networks[0]).toMatchObject({ displayName: 'Ayrshare', username: 'ayrshare.com' });
  });

  it('reads comments by their network ids, and a new comment per network', () => {
    expect(commentsOf(reply('comments'))).toEqual([
      { platform: 'instagram', text: 'What an amazing comment', author: 'john_smith', created: Date.parse('2024-11-26T11:49:00Z'), commentId: '17969247335804735', group: undefined },
    ]);
    expect(refusedComments(reply('comment-added'))).toEqual([]);
  });

  it('words a documented error with its code', () => {
    for (const name of ['error-analytics', 'error-request']) {
      const { status, reply: body } = fixtures[name]!;
      const failure = failureOfResponse(status!, body, new Headers(), []);
      expect(failure).toMatchObject({ code: expect.any(Number), said: expect.stringMatching(/\w/) });
    }
  });
});
