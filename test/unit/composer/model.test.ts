import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createComposer as openComposer, type ComposerSends, type ComposerStart } from '@/utils/composer/model';
import type { OutboxEntry } from '@/utils/storage/outbox';
import { drafts } from '@/utils/storage/drafts';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID, type Profile } from '@/utils/storage/settings';

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

const PAGE = 'https://example.com/article';
const IMAGE = 'https://example.com/a.jpg';

const profiles: Profile[] = [
  { id: PRIMARY_PROFILE_ID, name: '', defaults: { ...NO_DEFAULTS, networks: ['bluesky'] } },
  { id: 'client', name: 'Client', defaults: { ...NO_DEFAULTS, networks: ['linkedin'], shortenLinks: true } },
];

// Each composer loads its checks and send path after creation: a test ends only once they have.
const opened: ReturnType<typeof openComposer>[] = [];
function createComposer(first: ComposerStart) {
  const composer = openComposer(first);
  opened.push(composer);
  return composer;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((composer) => composer.loaded));
});

function start(change: Partial<ComposerStart> = {}): ComposerStart {
  return {
    prefill: { url: PAGE, title: 'An article', media: [IMAGE], skippedMedia: 0, tabId: 7 },
    profiles,
    accounts: [],
    reach: [],
    schedules: [],
    apiKeySet: true,
    xKeysSet: true,
    apiHost: 'api.ayrshare.com',
    memory: { profileIds: [], networks: [] },
    sends: {},
    ...change,
  };
}

describe('a new composer', () => {
  it('starts from the page with the primary profile and its default networks', () => {
    const composer = createComposer(start());
    expect(composer.draft.value).toMatchObject({ text: `An article\n${PAGE}`, media: [IMAGE], profileIds: [PRIMARY_PROFILE_ID], platforms: ['bluesky'] });
  });

  it('starts with the profiles and networks of the last post when there is no draft', () => {
    const composer = createComposer(start({ memory: { profileIds: ['client'], networks: ['threads'] } }));
    expect(composer.draft.value).toMatchObject({ profileIds: ['client'], platforms: ['threads'] });
    expect(composer.draft.value.features.shortenLinks).toBe(true);
  });
});

describe('drafts', () => {
  it('keeps every edit, and a composer opened on the same share takes the text and choices back', async () => {
    const first = createComposer(start());
    await first.setText('My own words');
    await first.toggleNetwork('linkedin', true);
    await first.schedule('2030-01-01T09:00');
    expect(await drafts.get()).toHaveLength(1);

    const again = createComposer(start({ draft: (await drafts.get())[0] }));
    expect(again.draft.value).toMatchObject({ text: 'My own words', platforms: ['bluesky', 'linkedin'], scheduleAt: '2030-01-01T09:00' });
  });

  it("writes an edit in the same event, so a popup closed at once keeps it, and keeps the other tabs' drafts", async () => {
    const other = createComposer(start({ prefill: { url: 'https://example.com/other', media: [], skippedMedia: 0, tabId: 8 } }));
    await other.setText('Another tab');
    // As the popup opens: with the drafts stored then.
    const composer = createComposer(start({ otherDrafts: await drafts.get() }));
    // Its storage code (with zod) loads right after the first paint; from then on:
    await composer.loaded;
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    void composer.setText('Typed just before closing');
    expect(write).toHaveBeenCalledTimes(1);
    await composer.loaded;
    expect((await drafts.get()).map((d) => d.text).sort()).toEqual(['Another tab', 'Typed just before closing']);
  });

  it('keeps an edit made before its storage code has loaded', async () => {
    const composer = createComposer(start());
    void composer.setText('Typed at once');
    await composer.loaded;
    expect((await drafts.get())[0]?.text).toBe('Typed at once');
  });

  it('takes the checked values where the ones drawn first were damaged, unless the user typed already', async () => {
    const damaged = { ...start(), accounts: [] };
    const checked = { ...start(), accounts: [{ profileId: PRIMARY_PROFILE_ID, networks: [{ platform: 'bluesky' as const }], fetchedAt: 1 }] };
    const composer = createComposer({ ...damaged, checked: Promise.resolve(checked) });
    expect(composer.offered.value).toEqual([]);
    await composer.loaded;
    expect(composer.offered.value.map((n) => n.platform)).toEqual(['bluesky']);
  });

  it('starts afresh when the same tab shares something else', async () => {
    await createComposer(start()).setText('About the article');
    const [draft] = await drafts.get();
    const other = createComposer(start({ prefill: { url: 'https://example.com/other', media: [], skippedMedia: 0, tabId: 7 }, draft }));
    expect(other.draft.value.text).toBe('https://example.com/other');
  });

  it('Discard draft brings back the page, the default choices, and forgets what was kept', async () => {
    const composer = createComposer(start());
    await composer.setText('Half written');
    composer.chooseProfiles([PRIMARY_PROFILE_ID, 'client']);
    await composer.schedule('2030-01-01T09:00');
    await composer.media.remove(IMAGE);
    expect(await drafts.get()).toHaveLength(1);
    const generation = composer.draftGeneration.value;

    await composer.discard();

    expect(composer.draft.value).toMatchObject({ text: `An article\n${PAGE}`, media: [IMAGE], profileIds: [PRIMARY_PROFILE_ID], platforms: ['bluesky'], scheduleAt: '' });
    expect(composer.draft.value.features.shortenLinks).toBe(false);
    expect(composer.draftGeneration.value).toBe(generation + 1);
    expect(await drafts.get()).toEqual([]);
  });

  it('media edits are kept like any other edit', async () => {
    const composer = createComposer(start());
    await composer.media.add(['https://example.com/clip'], true);
    await composer.media.describe(IMAGE, 'A chart');
    const [kept] = await drafts.get();
    expect(kept).toMatchObject({ media: [IMAGE, 'https://example.com/clip'], videos: ['https://example.com/clip'], alts: { [IMAGE]: 'A chart' } });
  });
});

describe('what the outbox knows of this share', () => {
  const sent = (state: 'sending' | 'done', createdAt: number): OutboxEntry => ({
    id: `send-${state}`,
    createdAt,
    draftKey: 'tab:7',
    post: { post: 'My own words', platforms: ['bluesky'] },
    targets: [
      {
        profileId: PRIMARY_PROFILE_ID,
        idempotencyKey: 'key-1',
        state,
        postId: state === 'done' ? 'post-1' : undefined,
        networks: state === 'done' ? [{ platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/profile/me/post/1' }] : [],
        updatedAt: createdAt,
      },
    ],
  });

  it('keeps Post waiting until the outbox is read, then shows the send still going and keeps Post off', async () => {
    let answer!: (sends: ComposerSends) => void;
    const composer = createComposer(start({ sends: new Promise((resolve) => (answer = resolve)) }));
    expect(composer.sendsKnown.value).toBe(false);
    expect(composer.draft.value.text).toBe(`An article\n${PAGE}`);

    answer({ send: sent('sending', Date.now()) });
    await composer.sendsRead;
    expect(composer.sendsKnown.value).toBe(true);
    expect(composer.result.value?.id).toBe('send-sending');
    expect(composer.sending.value).toBe(true);
    // Not this popup's Post: the draft stays in view under it.
    expect(composer.showsDraft.value).toBe(true);
  });

  it('starts afresh once it learns that every network took the draft while the popup was closed', async () => {
    await createComposer(start()).setText('My own words');
    const [draft] = await drafts.get();
    const composer = createComposer(start({ draft, sends: { send: sent('done', draft!.updatedAt + 1) } }));
    expect(composer.draft.value.text).toBe('My own words');

    await composer.sendsRead;
    expect(composer.draft.value.text).toBe(`An article\n${PAGE}`);
    expect(composer.result.value?.id).toBe('send-done');
    expect(composer.showsDraft.value).toBe(true);
    // Undo belongs to the moment after Post in this popup.
    expect(composer.undoUntil.value).toBeUndefined();
    expect(await drafts.get()).toEqual([]);
  });
});

describe('New post', () => {
  it('leaves the result for an empty draft to the same profiles and networks, with its panels closed', async () => {
    const composer = createComposer(start());
    await composer.setText('Posted already');
    await composer.toggleNetwork('linkedin', true);
    const generation = composer.draftGeneration.value;
    await composer.newPost();
    expect(composer.draft.value).toMatchObject({ text: '', media: [], profileIds: [PRIMARY_PROFILE_ID], platforms: ['bluesky', 'linkedin'] });
    expect(composer.sends.value).toEqual([]);
    expect(composer.draftGeneration.value).toBe(generation + 1);
    expect((await drafts.get())[0]?.text).toBe('');
  });
});
