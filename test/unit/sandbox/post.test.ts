// POST /post: what a successful post returns, each family of validation, partial failure,
// X duplicates and idempotency.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startSandbox } from '../../sandbox/index.ts';
import type { Sandbox, SandboxSeed } from '../../sandbox/index.ts';
import { IMAGE, IMAGE_2, PNG, VIDEO, call, inFuture, post } from './client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
beforeEach(() => sandbox.reset(DEFAULT_SEED));
afterAll(() => sandbox.close());

interface NetworkErrorEntry {
  platform: string;
  code: number;
  message: string;
}

function errorFor(body: { errors: NetworkErrorEntry[] }, platform: string): NetworkErrorEntry | undefined {
  return body.errors.find((e) => e.platform === platform);
}

describe('a successful post', () => {
  it('returns one postIds entry per network with plausible ids and URLs', async () => {
    const res = await post(sandbox, {
      post: 'Fresh roast is in ☕',
      platforms: ['twitter', 'bluesky', 'facebook', 'linkedin', 'instagram', 'threads', 'telegram', 'pinterest', 'gmb'],
      mediaUrls: [IMAGE],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'success', errors: [], id: expect.stringMatching(/^[A-Za-z0-9]{20}$/), post: 'Fresh roast is in ☕' });
    expect(res.body.refId).toBe(DEFAULT_SEED.primary.refId);

    const byNetwork = Object.fromEntries(res.body.postIds.map((p: { platform: string }) => [p.platform, p]));
    expect(Object.keys(byNetwork).sort()).toEqual(['bluesky', 'facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'telegram', 'threads', 'twitter']);
    for (const entry of res.body.postIds) expect(entry.status).toBe('success');
    expect(byNetwork.twitter.postUrl).toBe(`https://x.com/sharebeam_demo/status/${byNetwork.twitter.id}`);
    expect(byNetwork.bluesky.id).toMatch(/^at:\/\/did:plc:[a-z2-7]{24}\/app\.bsky\.feed\.post\/\w+$/);
    expect(byNetwork.bluesky.postUrl).toMatch(/^https:\/\/bsky\.app\/profile\/sharebeam-demo\.bsky\.social\/post\/\w+$/);
    expect(byNetwork.bluesky.cid).toMatch(/^bafyrei/);
    expect(byNetwork.facebook.postUrl).toMatch(/^https:\/\/www\.facebook\.com\/\d+_\d+$/);
    expect(byNetwork.linkedin.postUrl).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:share:\d+$/);
    expect(byNetwork.instagram).toMatchObject({ postUrl: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\/[\w-]{11}\/$/), usedQuota: 1 });
    expect(byNetwork.threads.postUrl).toMatch(/^https:\/\/www\.threads\.net\/@sharebeam\.demo\/post\//);
    expect(byNetwork.telegram.postUrl).toMatch(/^https:\/\/t\.me\/sharebeam_demo\/\d+$/);
    expect(byNetwork.pinterest.postUrl).toMatch(/^https:\/\/www\.pinterest\.com\/pin\/\d+\/$/);
    expect(byNetwork.gmb.type).toBe('localPosts');
  });

  it('builds Reddit and YouTube URLs from their options', async () => {
    const res = await post(sandbox, {
      post: 'Launch video',
      platforms: ['reddit', 'youtube'],
      mediaUrls: [VIDEO],
      redditOptions: { title: 'We launched', subreddit: 'test' },
      youTubeOptions: { title: 'Launch day' },
    });
    // Reddit takes no video: YouTube succeeds, Reddit fails.
    expect(res.status).toBe(400);
    expect(res.body.postIds[0].postUrl).toMatch(/^https:\/\/youtu\.be\/[\w-]{11}$/);

    const text = await post(sandbox, { post: 'A text post', platforms: ['reddit'], redditOptions: { title: 'Hello', subreddit: 'test' } });
    expect(text.body.postIds[0].postUrl).toMatch(/^https:\/\/www\.reddit\.com\/r\/test\/comments\/[a-z0-9]+\/a_text_post\/$/);
  });

  it('expands "all" to the linked networks of the profile', async () => {
    const res = await post(sandbox, { post: 'Everywhere', platforms: ['all'], mediaUrls: [IMAGE] }, { profileKey: 'sandbox-profile-acme' });
    expect(res.body.postIds.map((p: { platform: string }) => p.platform).sort()).toEqual(['facebook', 'gmb', 'instagram', 'linkedin', 'twitter']);
  });

  it('stores every option sent so GET /post/:id returns it', async () => {
    const body = {
      post: 'With options',
      platforms: ['facebook', 'instagram'],
      mediaUrls: [IMAGE],
      faceBookOptions: { altText: ['a harbour'] },
      instagramOptions: { altText: ['a harbour'], locationId: '123' },
      notes: 'campaign A',
      shortenLinks: false,
      firstComment: { comment: 'First!' },
    };
    const made = await post(sandbox, body);
    const read = await call(sandbox, `/post/${made.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ ...body, id: made.body.id, status: 'success', type: 'now', profileTitle: 'Sandbox Primary' });
    expect(read.body.postIds).toEqual(made.body.postIds);
  });

  it("honours an option object only in its docs' casing, and ignores other spellings as unknown fields (§4.2, §9.5)", async () => {
    const res = await post(sandbox, {
      post: 'spellings',
      platforms: ['snapchat', 'youtube'],
      mediaUrls: [VIDEO],
      // The Snapchat docs show both casings; "youtubeOptions" is in no doc: its title is not read.
      snapchatOptions: { spotlight: true },
      youtubeOptions: { title: 'Not read' },
    });
    expect(res.status).toBe(400);
    expect(res.body.postIds.find((p: { platform: string }) => p.platform === 'snapchat').postUrl).toMatch(/snapchat\.com\/spotlight\//);
    expect(res.body.errors).toEqual([expect.objectContaining({ platform: 'youtube', code: 125 })]);
  });

  it('ignores the old docs\' media_urls: the media is only in mediaUrls', async () => {
    const res = await post(sandbox, { post: 'old field', platforms: ['facebook', 'instagram'], media_urls: [IMAGE] });
    expect(res.body.errors).toEqual([expect.objectContaining({ platform: 'instagram', code: 121 })]);
    expect(sandbox.posts()[0]?.mediaUrls).toEqual([]);
  });

  it('publishes media without text only where the docs allow it (X and Reddit)', async () => {
    const res = await post(sandbox, {
      post: '',
      platforms: ['twitter', 'facebook', 'reddit'],
      mediaUrls: [IMAGE],
      redditOptions: { title: 'A picture', subreddit: 'pics' },
    });
    expect(res.body.postIds.map((p: { platform: string }) => p.platform)).toEqual(['reddit', 'twitter']);
    expect(res.body.errors).toEqual([expect.objectContaining({ platform: 'facebook', code: 119 })]);
  });

  it('returns 404 with an Ayrshare-style body for an unknown post id', async () => {
    const res = await call(sandbox, '/post/doesNotExist123');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 'error', code: 130 });
  });

  it('keeps profiles apart: a post of one profile is not visible to another', async () => {
    const made = await post(sandbox, { post: 'Acme only', platforms: ['facebook'] }, { profileKey: 'sandbox-profile-acme' });
    expect((await call(sandbox, `/post/${made.body.id}`)).status).toBe(404);
    expect(sandbox.posts('sandbox-profile-acme')).toHaveLength(1);
    expect(sandbox.posts()).toHaveLength(0);
  });
});

describe('request-level validation (HTTP 400, nothing stored)', () => {
  it.each([
    ['missing post', { platforms: ['facebook'] }, 101, /"post" is required/],
    ['post not a string', { post: 42, platforms: ['facebook'] }, 101, /"post"/],
    ['empty post without media', { post: '  ', platforms: ['facebook'] }, 101, /only be empty when mediaUrls/],
    ['missing platforms', { post: 'x' }, 101, /"platforms" is required/],
    ['empty platforms', { post: 'x', platforms: [] }, 101, /"platforms" is required/],
    ['one unknown platform', { post: 'x', platforms: ['facebook', 'x'] }, 101, /Invalid platform "x"/],
    ['http media', { post: 'x', platforms: ['facebook'], mediaUrls: ['http://cdn.example.com/a.jpg'] }, 136, /must use https/],
    ['credentials in media URL', { post: 'x', platforms: ['facebook'], mediaUrls: ['https://user:pw@cdn.example.com/a.jpg'] }, 136, /credentials/],
    ['unreachable media host', { post: 'x', platforms: ['facebook'], mediaUrls: ['https://localhost/a.jpg'] }, 136, /reachable/],
    ['scheduleDate with an offset', { post: 'x', platforms: ['facebook'], scheduleDate: '2030-01-01T10:00:00+02:00' }, 101, /YYYY-MM-DDThh:mm:ssZ/],
    ['scheduleDate not a date', { post: 'x', platforms: ['facebook'], scheduleDate: '2030-02-30T10:00:00Z' }, 101, /scheduleDate/],
    ['autoHashtag.max out of range', { post: 'x', platforms: ['facebook'], autoHashtag: { max: 11 } }, 101, /autoHashtag/],
    ['autoRepost.days below 2', { post: 'x', platforms: ['facebook'], autoRepost: { repeat: 3, days: 1 } }, 101, /autoRepost/],
    ['autoRepost.repeat above 10', { post: 'x', platforms: ['facebook'], autoRepost: { repeat: 11, days: 2 } }, 101, /autoRepost/],
    ['firstComment without a string comment', { post: 'x', platforms: ['facebook'], firstComment: { comment: 5 } }, 101, /firstComment/],
    ['option object not an object', { post: 'x', platforms: ['facebook'], faceBookOptions: 'reels' }, 101, /faceBookOptions/],
  ])('%s', async (_name, body, code, message) => {
    const res = await post(sandbox, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'error', code, action: 'post' });
    expect(res.body.message).toMatch(message);
    expect(sandbox.posts()).toHaveLength(0);
  });

  it('answers invalid JSON with 400', async () => {
    const res = await fetch(`${sandbox.baseUrl}/post`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sandbox-demo-key', 'Content-Type': 'application/json' },
      body: '{"post": "x", ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 'error', code: 142 });
  });

  it('takes the documented date format only: no fraction of a second, no offset', async () => {
    const at = new Date(sandbox.now() + 3_600_000);
    for (const scheduleDate of [at.toISOString(), at.toISOString().replace(/\.\d{3}Z$/, '+00:00')]) {
      const res = await post(sandbox, { post: 'x', platforms: ['facebook'], scheduleDate });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(101);
    }
    const ok = await post(sandbox, { post: 'x', platforms: ['facebook'], scheduleDate: at.toISOString().replace(/\.\d{3}Z$/, 'Z') });
    expect(ok.body.status).toBe('scheduled');
  });
});

describe('per-network validation (one errors[] entry per failing network)', () => {
  async function failure(body: Record<string, unknown>, platform: string) {
    const res = await post(sandbox, body);
    expect(res.status).toBe(400);
    expect(res.body.status).toBe('error');
    const error = errorFor(res.body, platform);
    expect(error).toMatchObject({ action: 'post', status: 'error', platform, code: expect.any(Number), message: expect.any(String) });
    return error!;
  }

  it('applies per-network text limits in code points', async () => {
    const text = '😀'.repeat(300); // 300 code points, 600 UTF-16 units
    const res = await post(sandbox, { post: text, platforms: ['bluesky', 'threads'] });
    expect(errorFor(res.body, 'bluesky')).toBeUndefined();
    expect(errorFor(res.body, 'threads')).toBeUndefined();
    expect((await failure({ post: 'a'.repeat(301), platforms: ['bluesky'] }, 'bluesky')).code).toBe(120);
    expect((await failure({ post: 'a'.repeat(501), platforms: ['threads'] }, 'threads')).code).toBe(120);
    expect((await failure({ post: 'a'.repeat(3_001), platforms: ['linkedin'] }, 'linkedin')).code).toBe(120);
  });

  it('measures X by weighted length and Bluesky by graphemes, as /validate/postLength does', async () => {
    // 140 ideographs weigh 280 on X; a long link weighs 23.
    expect((await post(sandbox, { post: '字'.repeat(140), platforms: ['twitter'] })).status).toBe(200);
    expect((await failure({ post: '字'.repeat(141), platforms: ['twitter'] }, 'twitter')).code).toBe(111);
    expect((await post(sandbox, { post: `https://example.com/${'a'.repeat(300)}`, platforms: ['twitter'] })).status).toBe(200);
    // 300 flags are 600 code points but 300 graphemes.
    expect((await post(sandbox, { post: '🇩🇪'.repeat(300), platforms: ['bluesky'] })).status).toBe(200);
    expect((await failure({ post: '🇩🇪'.repeat(301), platforms: ['bluesky'] }, 'bluesky')).code).toBe(120);
  });

  it('rejects X posts over 280 characters with 111 unless longPost is set', async () => {
    const long = 'a'.repeat(281);
    expect((await failure({ post: long, platforms: ['twitter'] }, 'twitter')).code).toBe(111);
    const withPremium = await post(sandbox, { post: long, platforms: ['twitter'], twitterOptions: { longPost: true } });
    expect(withPremium.status).toBe(200);
  });

  it('requires media where the network does', async () => {
    for (const platform of ['instagram', 'tiktok', 'youtube', 'pinterest', 'snapchat']) {
      expect((await failure({ post: 'text only', platforms: [platform], youTubeOptions: { title: 't' } }, platform)).code).toBe(121);
    }
  });

  it('enforces media counts and refuses images with a video', async () => {
    expect((await failure({ post: 'x', platforms: ['twitter'], mediaUrls: [IMAGE, IMAGE, IMAGE, IMAGE, IMAGE_2] }, 'twitter')).code).toBe(122);
    expect((await failure({ post: 'x', platforms: ['facebook'], mediaUrls: [IMAGE, VIDEO] }, 'facebook')).code).toBe(123);
    const carousel = await post(sandbox, { post: 'x', platforms: ['instagram'], mediaUrls: [IMAGE, VIDEO] });
    expect(carousel.status).toBe(200);
  });

  it('treats any URL as video with isVideo', async () => {
    const res = await post(sandbox, { post: 'gif', platforms: ['youtube'], mediaUrls: ['https://cdn.example.com/loop.gif'], isVideo: true, youTubeOptions: { title: 'Loop' } });
    expect(res.status).toBe(200);
  });

  it('checks YouTube: exactly one video and a title of ≤ 100 characters without < or >', async () => {
    expect((await failure({ post: 'd', platforms: ['youtube'], mediaUrls: [VIDEO] }, 'youtube')).message).toMatch(/youTubeOptions\.title/);
    expect((await failure({ post: 'd', platforms: ['youtube'], mediaUrls: [IMAGE], youTubeOptions: { title: 't' } }, 'youtube')).code).toBe(124);
    expect((await failure({ post: 'd', platforms: ['youtube'], mediaUrls: [VIDEO], youTubeOptions: { title: 'a'.repeat(101) } }, 'youtube')).code).toBe(126);
    expect((await failure({ post: 'd', platforms: ['youtube'], mediaUrls: [VIDEO], youTubeOptions: { title: '<b>hi</b>' } }, 'youtube')).message).toMatch(/"<"/);
    expect((await failure({ post: 'd', platforms: ['youtube'], mediaUrls: [VIDEO], youTubeOptions: { title: 'ok', visibility: 'friends' } }, 'youtube')).code).toBe(126);
  });

  it('checks Reddit: title and a bare subreddit name', async () => {
    expect((await failure({ post: 'x', platforms: ['reddit'], redditOptions: { subreddit: 'test' } }, 'reddit')).code).toBe(125);
    expect((await failure({ post: 'x', platforms: ['reddit'], redditOptions: { title: 'T' } }, 'reddit')).code).toBe(125);
    expect((await failure({ post: 'x', platforms: ['reddit'], redditOptions: { title: 'T', subreddit: '/r/test' } }, 'reddit')).message).toMatch(/without "\/r\/"/);
  });

  it('checks TikTok: no PNG, at most 35 images, a known visibility', async () => {
    expect((await failure({ post: 'x', platforms: ['tiktok'], mediaUrls: [PNG] }, 'tiktok')).code).toBe(124);
    const many = Array.from({ length: 36 }, (_, i) => `https://cdn.example.com/p/${i}.jpg`);
    expect((await failure({ post: 'x', platforms: ['tiktok'], mediaUrls: many }, 'tiktok')).code).toBe(122);
    expect((await failure({ post: 'x', platforms: ['tiktok'], mediaUrls: [VIDEO], tikTokOptions: { visibility: 'everyone' } }, 'tiktok')).message).toMatch(/visibility/);
  });

  it('checks option rules: GMB call to action, Pinterest title, Instagram alt text and hashtags', async () => {
    expect((await failure({ post: 'x', platforms: ['gmb'], gmbOptions: { callToAction: { actionType: 'buy', url: 'https://acme.example.com' } } }, 'gmb')).message).toMatch(/actionType/);
    expect((await failure({ post: 'x', platforms: ['pinterest'], mediaUrls: [IMAGE], pinterestOptions: { title: 'p'.repeat(101) } }, 'pinterest')).code).toBe(126);
    expect((await failure({ post: 'x', platforms: ['instagram'], mediaUrls: [IMAGE], instagramOptions: { altText: ['a'.repeat(1_001)] } }, 'instagram')).code).toBe(126);
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect((await failure({ post: tags, platforms: ['instagram'], mediaUrls: [IMAGE] }, 'instagram')).code).toBe(127);
  });
});

describe('partial failure', () => {
  it('publishes the good networks and reports the bad ones, as a real post with an id', async () => {
    const seed: SandboxSeed = {
      ...DEFAULT_SEED,
      primary: { ...DEFAULT_SEED.primary, linked: ['facebook', 'twitter', 'linkedin'], rejects: { linkedin: { code: 161, message: 'LinkedIn authorization error. Relink LinkedIn.' } } },
    };
    sandbox.reset(seed);
    const res = await post(sandbox, { post: 'Partly', platforms: ['facebook', 'linkedin', 'instagram'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'error', id: expect.any(String) });
    expect(res.body.postIds.map((p: { platform: string }) => p.platform)).toEqual(['facebook']);
    expect(errorFor(res.body, 'linkedin')).toMatchObject({ code: 161, message: 'LinkedIn authorization error. Relink LinkedIn.', post: 'Partly' });
    expect(errorFor(res.body, 'instagram')).toMatchObject({ code: 156 });
    const [stored] = sandbox.posts();
    expect(stored).toMatchObject({ id: res.body.id, status: 'error' });
  });

  it('answers X code 110 for a duplicate of an earlier X post of the profile', async () => {
    expect((await post(sandbox, { post: 'Same words', platforms: ['twitter'] })).status).toBe(200);
    const again = await post(sandbox, { post: 'Same words', platforms: ['twitter', 'facebook'] });
    expect(again.status).toBe(400);
    expect(errorFor(again.body, 'twitter')).toMatchObject({ code: 110, message: 'Status is a duplicate.' });
    expect(again.body.postIds.map((p: { platform: string }) => p.platform)).toEqual(['facebook']);
    // Another profile may say the same thing.
    expect((await post(sandbox, { post: 'Same words', platforms: ['twitter'] }, { profileKey: 'sandbox-profile-acme' })).status).toBe(200);
  });

  it('has Google reject a Business Profile post containing a phone number', async () => {
    const res = await post(sandbox, { post: 'Call us at (555) 123-4567', platforms: ['gmb', 'facebook'] });
    expect(errorFor(res.body, 'gmb')?.message).toMatch(/phone numbers/);
  });
});

describe('idempotency', () => {
  it('rejects a reused key for the same profile with the original post id, and sends nothing again', async () => {
    const first = await post(sandbox, { post: 'Once', platforms: ['facebook'], idempotencyKey: 'click-42' });
    expect(first.status).toBe(200);
    const second = await post(sandbox, { post: 'Once', platforms: ['facebook'], idempotencyKey: 'click-42' });
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ status: 'error', code: 137, id: first.body.id });
    expect(sandbox.posts()).toHaveLength(1);

    const otherProfile = await post(sandbox, { post: 'Once', platforms: ['facebook'], idempotencyKey: 'click-42' }, { profileKey: 'sandbox-profile-acme' });
    expect(otherProfile.status).toBe(200);
  });

  it('refuses a copy that arrives while the first is still being answered (the key is held on arrival), naming no post yet', async () => {
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 300 });
    const first = post(sandbox, { post: 'Slow', platforms: ['facebook'], idempotencyKey: 'together' });
    await new Promise<void>((resolve) => {
      const wait = () => (sandbox.requestsTo('POST', '/post').length === 1 ? resolve() : setImmediate(wait));
      wait();
    });
    const copy = await post(sandbox, { post: 'Slow', platforms: ['facebook'], idempotencyKey: 'together' });
    expect(copy.status).toBe(400);
    expect(copy.body).toMatchObject({ code: 137 });
    expect(copy.body).not.toHaveProperty('id');
    expect((await first).status).toBe(200);
    expect(sandbox.posts()).toHaveLength(1);
  });

  it('does not burn the key on a request rejected before anything was stored', async () => {
    expect((await post(sandbox, { post: 'x', platforms: ['nope'], idempotencyKey: 'k1' })).status).toBe(400);
    expect((await post(sandbox, { post: 'x', platforms: ['facebook'], idempotencyKey: 'k1' })).status).toBe(200);
  });
});

describe('pessimistic readings (seed "pessimistic")', () => {
  it('refuses a used key with a generic error naming no post', async () => {
    sandbox.reset({ ...DEFAULT_SEED, pessimistic: { duplicateKeyWithoutId: true } });
    await post(sandbox, { post: 'Once', platforms: ['facebook'], idempotencyKey: 'click-43' });
    const second = await post(sandbox, { post: 'Once', platforms: ['facebook'], idempotencyKey: 'click-43' });
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ action: 'post', status: 'error', code: 101, message: 'Missing or incorrect parameters. Please verify with the docs.' });
    expect(sandbox.posts()).toHaveLength(1);
  });

  it('accepts two copies with one key that arrive together: two posts', async () => {
    sandbox.reset({ ...DEFAULT_SEED, pessimistic: { concurrentDuplicates: true } });
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 300 });
    const first = post(sandbox, { post: 'Twice', platforms: ['facebook'], idempotencyKey: 'together' });
    await new Promise<void>((resolve) => {
      const wait = () => (sandbox.requestsTo('POST', '/post').length === 1 ? resolve() : setImmediate(wait));
      wait();
    });
    expect((await post(sandbox, { post: 'Twice', platforms: ['facebook'], idempotencyKey: 'together' })).status).toBe(200);
    expect((await first).status).toBe(200);
    expect(sandbox.posts()).toHaveLength(2);
    // A copy arriving after both is refused all the same.
    expect((await post(sandbox, { post: 'Twice', platforms: ['facebook'], idempotencyKey: 'together' })).status).toBe(400);
  });

  it('answers GET /post/:id with an array holding the post', async () => {
    sandbox.reset({ ...DEFAULT_SEED, pessimistic: true });
    const made = await post(sandbox, { post: 'Array', platforms: ['telegram'] });
    const read = await call(sandbox, `/post/${made.body.id}`);
    expect(read.body).toEqual([expect.objectContaining({ id: made.body.id, status: 'success', postIds: [expect.objectContaining({ id: expect.any(Number) })] })]);
  });

  it('makes a slow post, then answers it with a 500', async () => {
    sandbox.reset({ ...DEFAULT_SEED, pessimistic: { slowPostAnswers500: { afterMs: 20 } } });
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 20 });
    const res = await post(sandbox, { post: 'Slow', platforms: ['facebook'] });
    expect(res.status).toBe(500);
    expect(sandbox.posts()).toMatchObject([{ post: 'Slow', status: 'success' }]);
    // A post held only briefly is answered as usual.
    sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 5 });
    expect((await post(sandbox, { post: 'Quick', platforms: ['facebook'] })).status).toBe(200);
  });

  it('says which readings there are when a seed names another', async () => {
    expect(() => sandbox.reset({ ...DEFAULT_SEED, pessimistic: { everything: true } as never })).toThrow(/getPostAsArray/);
  });
});

describe('evergreen series (autoRepost)', () => {
  it('is ignored beside a scheduleDate, which takes precedence (§4.2)', async () => {
    const res = await post(sandbox, { post: 'Both', platforms: ['facebook'], scheduleDate: inFuture(sandbox, 3_600_000), autoRepost: { repeat: 3, days: 7 } });
    expect(res.body).toMatchObject({ status: 'scheduled' });
    expect(res.body).not.toHaveProperty('autoRepostId');
    expect(sandbox.posts()[0]?.autoRepostId).toBeNull();
  });

  it('starts at its startDate: the first post is scheduled then', async () => {
    const start = inFuture(sandbox, 2 * 3_600_000);
    const res = await post(sandbox, { post: 'Evergreen', platforms: ['facebook'], autoRepost: { repeat: 3, days: 7, startDate: start } });
    expect(res.body).toMatchObject({ status: 'scheduled', scheduleDate: start, autoRepostId: expect.any(String) });
    expect(sandbox.posts()[0]).toMatchObject({ status: 'pending', type: 'scheduled' });
    sandbox.advanceClock(2 * 3_600_000);
    expect(sandbox.posts()[0]).toMatchObject({ status: 'success' });
  });
});

describe('legacy fields in no current doc', () => {
  it('ignores a profileKey in the body: only the Profile-Key header picks a profile (§2.3)', async () => {
    const res = await post(sandbox, { post: 'Whose?', platforms: ['facebook'], profileKey: 'sandbox-profile-acme' });
    expect(res.status).toBe(200);
    expect(sandbox.posts()).toHaveLength(1);
    expect(sandbox.posts('sandbox-profile-acme')).toHaveLength(0);
  });
});

describe('scheduled-post validation', () => {
  it('rejects a scheduled post whose networks fail validation, storing nothing', async () => {
    const res = await post(sandbox, { post: 'later', platforms: ['instagram'], scheduleDate: inFuture(sandbox, 3_600_000) });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ platform: 'instagram', code: 121 });
    expect(sandbox.posts()).toHaveLength(0);
  });
});
