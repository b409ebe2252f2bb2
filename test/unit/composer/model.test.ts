import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { discardDraft } from '@/utils/composer/discard';
import { mediaEdits } from '@/utils/composer/media-edits';
import { createComposer as openComposer, type ComposerSends, type ComposerStart } from '@/utils/composer/model';
import type { OutboxEntry } from '@/utils/storage/outbox';
import { drafts } from '@/utils/storage/drafts';
import { NO_DEFAULTS, PRIMARY_PROFILE_ID, type Profile } from '@/utils/storage/settings';

const PAGE = 'https://example.com/article';
const IMAGE = 'https://example.com/a.jpg';
const OTHER = 'https://example.com/b.png';

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
    apiKeySet: true,
    memory: { profileIds: [], networks: [] },
    sends: {},
    ...change,
  };
}

describe('a new composer', () => {
  it('starts from the page with the primary profile and its default networks', () => {
    const composer = createComposer(start());
    expect(composer.text.value).toBe(`An article\n${PAGE}`);
    expect(composer.media.value).toEqual([IMAGE]);
    expect(composer.profileIds.value).toEqual([PRIMARY_PROFILE_ID]);
    expect(composer.chosen.value).toEqual(['bluesky']);
  });

  it('starts with the profiles and networks of the last post when there is no draft', () => {
    const composer = createComposer(start({ memory: { profileIds: ['client'], networks: ['threads'] } }));
    expect(composer.profileIds.value).toEqual(['client']);
    expect(composer.chosen.value).toEqual(['threads']);
    expect(composer.features.value.shortenLinks).toBe(true);
  });

  it('ignores a remembered profile that was deleted since', () => {
    const composer = createComposer(start({ memory: { profileIds: ['gone'], networks: [] } }));
    expect(composer.profileIds.value).toEqual([PRIMARY_PROFILE_ID]);
  });
});

describe('drafts', () => {
  it('keeps every edit, and a composer opened on the same share takes the text back', async () => {
    const first = createComposer(start());
    await first.setText('My own words');
    await first.toggle('linkedin', true);
    expect(await drafts.get()).toHaveLength(1);

    const again = createComposer(start({ draft: (await drafts.get())[0] }));
    expect(again.text.value).toBe('My own words');
    expect(again.chosen.value).toEqual(['bluesky', 'linkedin']);
  });

  it('writes an edit in the same event, so a popup closed at once keeps it, and keeps the other tabs\' drafts', async () => {
    const other = createComposer(start({ prefill: { url: 'https://example.com/other', media: [], skippedMedia: 0, tabId: 8 } }));
    await other.setText('Another tab');
    // As the popup opens: with the drafts stored then.
    const composer = createComposer(start({ otherDrafts: await drafts.get() }));
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    void composer.setText('Typed just before closing');
    expect(write).toHaveBeenCalledTimes(1);
    await composer.loaded;
    expect((await drafts.get()).map((d) => d.text).sort()).toEqual(['Another tab', 'Typed just before closing']);
  });

  it('starts afresh when the same tab shares something else', async () => {
    await createComposer(start()).setText('About the article');
    const [draft] = await drafts.get();
    const other = createComposer(start({ prefill: { url: 'https://example.com/other', media: [], skippedMedia: 0, tabId: 7 }, draft }));
    expect(other.text.value).toBe('https://example.com/other');
  });

  it('Discard draft brings back the page, the default choices, and forgets what was kept', async () => {
    const composer = createComposer(start());
    composer.setText('Half written');
    composer.chooseProfiles([PRIMARY_PROFILE_ID, 'client']);
    composer.setSchedule('2030-01-01T09:00');
    await mediaEdits(composer).remove(IMAGE);
    expect(await drafts.get()).toHaveLength(1);

    await discardDraft(composer);

    expect(composer.text.value).toBe(`An article\n${PAGE}`);
    expect(composer.media.value).toEqual([IMAGE]);
    expect(composer.profileIds.value).toEqual([PRIMARY_PROFILE_ID]);
    expect(composer.chosen.value).toEqual(['bluesky']);
    expect(composer.scheduleAt.value).toBe('');
    expect(composer.features.value.shortenLinks).toBe(false);
    expect(await drafts.get()).toEqual([]);
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
        networks: state === 'done' ? [{ platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/profile/me/post/1' }] : [],
        updatedAt: createdAt,
      },
    ],
  });

  it('keeps Post waiting until the outbox is read, then shows the send still going and keeps Post off', async () => {
    let answer!: (sends: ComposerSends) => void;
    const composer = createComposer(start({ sends: new Promise((resolve) => (answer = resolve)) }));
    expect(composer.sendsKnown.value).toBe(false);
    expect(composer.text.value).toBe(`An article\n${PAGE}`);

    answer({ send: sent('sending', Date.now()) });
    await composer.sendsRead;
    expect(composer.sendsKnown.value).toBe(true);
    expect(composer.result.value?.id).toBe('send-sending');
    expect(composer.sending.value).toBe(true);
  });

  it('starts afresh once it learns that every network took the draft while the popup was closed', async () => {
    await createComposer(start()).setText('My own words');
    const [draft] = await drafts.get();
    const composer = createComposer(start({ draft, sends: { send: sent('done', draft!.updatedAt + 1) } }));
    expect(composer.text.value).toBe('My own words');

    await composer.sendsRead;
    expect(composer.text.value).toBe(`An article\n${PAGE}`);
    expect(composer.result.value?.id).toBe('send-done');
    expect(await drafts.get()).toEqual([]);
  });
});

describe('media edits', () => {
  it('adds each address once, in order, and remembers which are videos', () => {
    const composer = createComposer(start());
    const edits = mediaEdits(composer);
    edits.add([OTHER, IMAGE]);
    edits.add(['https://example.com/clip'], true);
    expect(composer.media.value).toEqual([IMAGE, OTHER, 'https://example.com/clip']);
    expect(composer.videos.value).toEqual(['https://example.com/clip']);
  });

  it('moves an item one place and leaves the ends alone', () => {
    const composer = createComposer(start());
    const edits = mediaEdits(composer);
    edits.add([OTHER]);
    edits.move(OTHER, -1);
    expect(composer.media.value).toEqual([OTHER, IMAGE]);
    edits.move(OTHER, -1);
    edits.move(IMAGE, 1);
    expect(composer.media.value).toEqual([OTHER, IMAGE]);
  });

  it('removing an item also drops its video mark, and a description sticks to its address', () => {
    const composer = createComposer(start());
    const edits = mediaEdits(composer);
    edits.markVideo(IMAGE, true);
    edits.describe(IMAGE, 'A chart of sales');
    expect(composer.alts.value).toEqual({ [IMAGE]: 'A chart of sales' });
    edits.remove(IMAGE);
    expect(composer.media.value).toEqual([]);
    expect(composer.videos.value).toEqual([]);
  });
});
