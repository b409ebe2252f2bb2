import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createComposer, type ComposerStart } from '@/utils/composer/model';
import * as sending from '@/utils/composer/sending';
import { drafts } from '@/utils/storage/drafts';
import type { ScheduleSnapshot } from '@/utils/storage/schedules';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID } from '@/utils/storage/settings';

/** Post, Retry and Undo as the composer sees them; the background's side is the send path's (mocked here). */

/**
 * Asking Ayrshare for the schedules, follower counts and library (after the first paint, when one
 * is due) is account-extras.ts's, tested with the queue, reach and library: here it answers with
 * what is known, so a test never ends with a request under way.
 */
vi.mock('@/utils/composer/account-extras', () => ({
  freshSchedules: vi.fn(async (_ids: unknown, known: unknown[]) => [...known]),
  freshReach: vi.fn(async () => undefined),
  freshLibrary: vi.fn(async () => undefined),
}));

vi.mock('@/utils/composer/sending', async (importActual) => ({
  ...(await importActual<typeof sending>()),
  submitPost: vi.fn(),
  followSend: vi.fn(() => () => undefined),
  deletePosts: vi.fn(),
  rememberChoice: vi.fn(async () => undefined),
}));

const PAGE = 'https://example.com/article';
const start = (): ComposerStart => ({
  prefill: { url: PAGE, title: 'An article', media: [], skippedMedia: 0, tabId: 7 },
  profiles: [{ id: PRIMARY_PROFILE_ID, name: '', defaults: { ...NO_DEFAULTS, networks: ['bluesky', 'facebook'] } }],
  accounts: [{ profileId: PRIMARY_PROFILE_ID, networks: [{ platform: 'bluesky' }, { platform: 'facebook' }], fetchedAt: 1 }],
  reach: [],
  schedules: [],
  apiKeySet: true,
  xKeysSet: true,
  apiHost: 'api.ayrshare.com',
  memory: { profileIds: [], networks: [] },
  sends: {},
});

const target = (over: Partial<OutboxTarget>): OutboxTarget => ({ profileId: PRIMARY_PROFILE_ID, idempotencyKey: 'k', state: 'done', networks: [], updatedAt: 1, ...over });
const answer = (id: string, targets: OutboxTarget[]): OutboxEntry => ({
  id,
  createdAt: Date.now(),
  draftKey: 'tab:7',
  pageUrl: PAGE,
  post: { post: 'An article', platforms: ['bluesky', 'facebook'] },
  targets,
});
const allPublished = () =>
  answer('send-1', [
  target({
    postId: 'post-1',
    networks: [
      { platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/p/1' },
      { platform: 'facebook', status: 'published', postUrl: 'https://facebook.com/p/1' },
    ],
  }),
]);

let composer: ReturnType<typeof createComposer>;
beforeEach(() => {
  vi.mocked(sending.submitPost).mockReset();
  vi.mocked(sending.deletePosts).mockReset();
  composer = createComposer(start());
});
afterEach(() => composer.loaded);

describe('Post', () => {
  it('turns the composer into the result once every network took the post, and the kept draft goes', async () => {
    vi.mocked(sending.submitPost).mockImplementation(async () => allPublished());
    await composer.setText('Today’s news');
    await composer.submit();

    expect(vi.mocked(sending.submitPost).mock.calls[0]?.[0]).toMatchObject({
      post: { post: 'Today’s news', platforms: ['bluesky', 'facebook'] },
      targets: [{ profileId: PRIMARY_PROFILE_ID, platforms: ['bluesky', 'facebook'] }],
      draftKey: 'tab:7',
    });
    expect(composer.result.value?.id).toBe('send-1');
    expect(composer.showsDraft.value).toBe(false);
    expect(composer.undoUntil.value).toBeGreaterThan(Date.now());
    await vi.waitFor(async () => expect(await drafts.get()).toEqual([]));
  });

  it('keeps the draft in view under the result while a network refused it', async () => {
    vi.mocked(sending.submitPost).mockResolvedValue(
      answer('send-1', [target({ postId: 'post-1', networks: [{ platform: 'bluesky', status: 'published' }, { platform: 'facebook', status: 'failed', message: 'Expired' }] })]),
    );
    await composer.submit();
    expect(composer.showsDraft.value).toBe(true);
    expect(composer.sendError.value).toBeUndefined();
  });

  it('says why when nothing can be sent, and sends nothing', async () => {
    await composer.toggleNetwork('bluesky', false);
    await composer.toggleNetwork('facebook', false);
    await composer.submit();
    expect(composer.sendError.value).toEqual({ kind: 'noNetwork' });
    expect(sending.submitPost).not.toHaveBeenCalled();
  });
});

describe('Add to queue', () => {
  const withSchedules = async (snapshot: ScheduleSnapshot) => createComposer({ ...start(), schedules: [snapshot] });

  it("sends the draft to the chosen schedule's next slot, with autoSchedule and never a scheduleDate", async () => {
    const queued = await withSchedules({
      profileId: PRIMARY_PROFILE_ID,
      fetchedAt: Date.now(),
      value: [
        { title: 'Mornings', times: ['09:00Z'] },
        { title: 'Evenings', times: ['19:00Z'] },
      ],
    });
    expect(queued.queue.value).toEqual({ titles: ['Evenings', 'Mornings'] });
    vi.mocked(sending.submitPost).mockImplementation(async () => allPublished());
    await queued.schedule('2030-01-01T10:00');
    await queued.addToQueue('Mornings');
    const { post } = vi.mocked(sending.submitPost).mock.calls[0]![0];
    expect(post).toMatchObject({ autoSchedule: { schedule: true, title: 'Mornings' } });
    expect(post).not.toHaveProperty('scheduleDate');
    await queued.loaded;
  });

  it('says why when the profile has no schedule, or its plan has none, and sends nothing', async () => {
    const none = await withSchedules({ profileId: PRIMARY_PROFILE_ID, fetchedAt: Date.now(), value: [] });
    await none.addToQueue();
    expect(none.sendError.value).toEqual({ kind: 'noQueue' });
    await none.loaded;

    const basic = await withSchedules({ profileId: PRIMARY_PROFILE_ID, fetchedAt: Date.now(), failure: { kind: 'queueNeedsPlan', status: 403 } });
    await basic.addToQueue();
    expect(basic.sendError.value).toEqual({ kind: 'queueNeedsPlan', status: 403 });
    expect(sending.submitPost).not.toHaveBeenCalled();
    await basic.loaded;
  });
});

describe('Retry', () => {
  it('sends only the refused network again, as a send of its own shown under the first', async () => {
    const first = answer('send-1', [target({ postId: 'post-1', networks: [{ platform: 'bluesky', status: 'published' }, { platform: 'facebook', status: 'failed' }] })]);
    const again = answer('send-2', [target({ platforms: ['facebook'], postId: 'post-2', networks: [{ platform: 'facebook', status: 'published' }] })]);
    vi.mocked(sending.submitPost).mockResolvedValueOnce(first).mockResolvedValueOnce(again);
    await composer.submit();
    await composer.retry(first, first.targets[0]!);

    expect(vi.mocked(sending.submitPost).mock.calls[1]?.[0]).toMatchObject({
      post: { platforms: ['facebook'] },
      targets: [{ profileId: PRIMARY_PROFILE_ID, platforms: ['facebook'] }],
    });
    expect(composer.sends.value.map((e) => e.id)).toEqual(['send-1', 'send-2']);
    expect(composer.retried.value.has(`send-1/${PRIMARY_PROFILE_ID}/facebook`)).toBe(true);
  });
});

describe('Undo', () => {
  it('deletes what was just published, and brings the draft back and keeps it', async () => {
    vi.mocked(sending.submitPost).mockImplementation(async () => allPublished());
    await composer.setText('A typo in here');
    await composer.submit();
    vi.mocked(sending.deletePosts).mockResolvedValue();

    await composer.undo();

    expect(sending.deletePosts).toHaveBeenCalledWith([{ profileId: PRIMARY_PROFILE_ID, postId: 'post-1', platforms: ['bluesky', 'facebook'] }], 'api.ayrshare.com');
    expect(composer.undoState.value).toEqual({ state: 'deleted' });
    expect(composer.showsDraft.value).toBe(true);
    expect(composer.undoUntil.value).toBeUndefined();
    expect((await drafts.get())[0]?.text).toBe('A typo in here');
  });

  it('says why when Ayrshare would not delete, and leaves the result as it was', async () => {
    vi.mocked(sending.submitPost).mockImplementation(async () => allPublished());
    await composer.submit();
    vi.mocked(sending.deletePosts).mockRejectedValue(new Error('refused'));

    await composer.undo();

    expect(composer.undoState.value).toEqual({ state: 'failed', failure: { kind: 'unexpected' } });
    expect(composer.showsDraft.value).toBe(false);
  });
});
