import { describe, expect, it } from 'vitest';
import { DRAFT_FIELDS, draftFromPage, emptyDraftLike, EMPTY_DRAFT, featuresOn, initialChoice, mediaEdits, withNetwork, withProfiles } from '@/utils/composer/draft';
import { NO_FEATURES } from '@/utils/composer/features';
import { drafts } from '@/utils/storage/drafts';
import { fieldsSchema } from '@/utils/storage/fields-schema';
import { NO_DEFAULTS, type Profile } from '@/utils/storage/settings';
import * as z from 'zod/mini';

const DraftFields = fieldsSchema(DRAFT_FIELDS);
const IMAGE = 'https://example.com/a.jpg';
const OTHER = 'https://example.com/b.png';
const profiles: Profile[] = [
  { id: 'primary', name: '', defaults: { ...NO_DEFAULTS, networks: ['bluesky'] } },
  { id: 'acme', name: 'Acme', defaults: { ...NO_DEFAULTS, networks: ['linkedin'], requiresApproval: true } },
];
const page = { url: 'https://example.com/article', title: 'An article', media: [IMAGE], skippedMedia: 0 };

describe('the draft’s fields, declared once', () => {
  it('give an empty draft, the same whether read from storage or made for a new page', () => {
    expect(z.parse(DraftFields, {})).toEqual(EMPTY_DRAFT);
    // No two drafts share an empty list.
    expect(z.parse(DraftFields, {}).media).not.toBe(z.parse(DraftFields, {}).media);
    expect(EMPTY_DRAFT).toEqual({
      text: '',
      profileIds: [],
      platforms: [],
      media: [],
      videos: [],
      alts: {},
      options: {},
      features: NO_FEATURES,
      scheduleAt: '',
    });
  });

  it('keep what a draft of an older version holds, and fill in what it lacks', () => {
    expect(z.parse(DraftFields, { text: 'Kept', platforms: ['bluesky'], media: [IMAGE] })).toEqual({
      ...EMPTY_DRAFT,
      text: 'Kept',
      platforms: ['bluesky'],
      media: [IMAGE],
    });
  });

  it('let a damaged field fall back on its own, keeping the rest', () => {
    const restored = z.parse(DraftFields, {
      text: 'Still here',
      platforms: ['myspace'],
      alts: 'not a map',
      features: { notes: 'For Monday', repostEveryDays: null },
    });
    expect(restored.text).toBe('Still here');
    expect(restored.platforms).toEqual([]);
    expect(restored.alts).toEqual({});
    expect(restored.features).toEqual({ ...NO_FEATURES, notes: 'For Monday' });
  });

  it('are kept even while a number is typed out of range, so nothing typed is lost', async () => {
    const typing = { ...EMPTY_DRAFT, text: 'Words', features: { ...NO_FEATURES, repostEveryDays: Number.NaN, repostTimes: 40 } };
    await drafts.set([{ ...typing, key: 'tab:1', origin: '[]', updatedAt: 1 }]);
    const [kept] = await drafts.get();
    expect(kept?.text).toBe('Words');
    // Out of Ayrshare's range is kept for the user to correct; no number at all falls back.
    expect(kept?.features).toMatchObject({ repostTimes: 40, repostEveryDays: NO_FEATURES.repostEveryDays });
  });
});

describe('where a new draft starts', () => {
  it('uses the primary profile and its default networks the first time', () => {
    expect(initialChoice({ profiles, memory: { profileIds: [], networks: [] } })).toEqual({ profileIds: ['primary'], platforms: ['bluesky'] });
  });

  it('remembers the last post’s profiles and networks, skipping removed profiles', () => {
    expect(initialChoice({ profiles, memory: { profileIds: ['gone', 'acme'], networks: ['twitter'] } })).toEqual({
      profileIds: ['acme'],
      platforms: ['twitter'],
    });
  });

  it('takes the page’s text and media, and the chosen profiles’ default features', () => {
    const draft = draftFromPage({ profiles, memory: { profileIds: ['acme'], networks: [] }, prefill: page });
    expect(draft).toMatchObject({ text: `An article\n${page.url}`, media: [IMAGE], profileIds: ['acme'], platforms: ['linkedin'] });
    expect(draft.features.requiresApproval).toBe(true);
  });

  it('New post keeps the profiles and networks and forgets everything else', () => {
    const used = { ...EMPTY_DRAFT, text: 'Posted', media: [IMAGE], profileIds: ['acme'], platforms: ['linkedin' as const], scheduleAt: '2030-01-01T09:00' };
    expect(emptyDraftLike(used, profiles)).toEqual({
      ...EMPTY_DRAFT,
      profileIds: ['acme'],
      platforms: ['linkedin'],
      features: { ...NO_FEATURES, requiresApproval: true },
    });
  });
});

describe('edits', () => {
  it('tick and untick networks, each once', () => {
    const on = withNetwork(withNetwork(EMPTY_DRAFT, 'bluesky', true), 'bluesky', true);
    expect(on.platforms).toEqual(['bluesky']);
    expect(withNetwork(on, 'bluesky', false).platforms).toEqual([]);
  });

  it('choosing a profile brings its default networks and features along', () => {
    const draft = withProfiles({ ...EMPTY_DRAFT, profileIds: ['primary'], platforms: ['bluesky'] }, profiles, ['primary', 'acme']);
    expect(draft.platforms).toEqual(['bluesky', 'linkedin']);
    expect(draft.features.requiresApproval).toBe(true);
  });

  it('add each media address once, in order, and remember which are videos', () => {
    const draft = mediaEdits.add(mediaEdits.add({ ...EMPTY_DRAFT, media: [IMAGE] }, [OTHER, IMAGE]), ['https://example.com/clip'], true);
    expect(draft.media).toEqual([IMAGE, OTHER, 'https://example.com/clip']);
    expect(draft.videos).toEqual(['https://example.com/clip']);
  });

  it('move an item one place and leave the ends alone', () => {
    const two = { ...EMPTY_DRAFT, media: [IMAGE, OTHER] };
    expect(mediaEdits.move(two, OTHER, -1).media).toEqual([OTHER, IMAGE]);
    expect(mediaEdits.move(two, IMAGE, -1)).toBe(two);
    expect(mediaEdits.move(two, OTHER, 1)).toBe(two);
  });

  it('removing an item drops its video mark; a description sticks to its address', () => {
    let draft = mediaEdits.markVideo({ ...EMPTY_DRAFT, media: [IMAGE] }, IMAGE, true);
    draft = mediaEdits.describe(draft, IMAGE, 'A chart of sales');
    expect(draft.alts).toEqual({ [IMAGE]: 'A chart of sales' });
    draft = mediaEdits.remove(draft, IMAGE);
    expect(draft.media).toEqual([]);
    expect(draft.videos).toEqual([]);
  });
});

describe('what a closed More options panel says', () => {
  it('names the features that are on, in the panel’s order', () => {
    expect(featuresOn(NO_FEATURES)).toEqual([]);
    expect(featuresOn({ ...NO_FEATURES, firstComment: 'First!', requiresApproval: true })).toEqual(['approval', 'comment']);
    expect(featuresOn({ ...NO_FEATURES, notes: '   ' })).toEqual([]);
  });
});
