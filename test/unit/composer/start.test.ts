import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadComposerStart } from '@/utils/composer/start';
import { beginStartRead, OUTBOX_KEY, START_KEYS } from '@/utils/composer/start-read';
import { accountCache } from '@/utils/storage/account';
import { composerMemory } from '@/utils/storage/composer-memory';
import { drafts } from '@/utils/storage/drafts';
import { settings } from '@/utils/storage/settings';
import { reachCache } from '@/utils/storage/reach';
import { scheduleCache } from '@/utils/storage/schedules';
import { outbox, type OutboxEntry } from '@/utils/storage/outbox';
import settingsV1 from '../storage/fixtures/settings-v1.json';

/** What a composer opened on a page finds of that page's earlier send. */

const PAGE = 'https://news.example/2026/start';
const NOW = Date.now();

function send(draftKey: string, id: string, text = 'Hello'): OutboxEntry {
  return {
    id,
    createdAt: NOW,
    draftKey,
    post: { post: text, platforms: ['bluesky'] },
    targets: [{ profileId: 'primary', idempotencyKey: `key-${id}`, state: 'sending', networks: [], updatedAt: NOW }],
  };
}

/** Opens a composer as the popup does: its first import begins the reads, then the composer takes them. */
function open(search: string) {
  beginStartRead(fakeBrowser as unknown as Parameters<typeof beginStartRead>[0], search);
  return loadComposerStart(search);
}

/** What the outbox tells a composer opened on `page`, once it is read. */
async function sendsOn(page: string) {
  return (await open(`?url=${encodeURIComponent(page)}`)).sends;
}

describe('the composer start', () => {
  it('reads every stored value it opens with early, the outbox on its own', () => {
    expect([...START_KEYS].sort()).toEqual([settings, accountCache, reachCache, scheduleCache, drafts, composerMemory].map((v) => v.key).sort());
    expect(OUTBOX_KEY).toBe(outbox.key);
  });

  it('opens on the active tab when its URL carries no prefill', async () => {
    const tab = { id: 12, url: 'https://news.example/open-tab', title: '  The open\ttab ' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const start = await open('');
    // The page's own text, cleaned as any prefill is; no quote where the page could not be read.
    expect(start.prefill).toMatchObject({ url: tab.url, title: 'The open tab', tabId: 12, text: undefined });
  });

  it('draws the stored values as read, and checks them right after', async () => {
    const damaged = [{ profileId: 'primary', networks: 'not a list', fetchedAt: 1 }];
    await fakeBrowser.storage.local.set({ account: damaged });
    const start = await open(`?url=${encodeURIComponent(PAGE)}`);
    expect(start.accounts).toEqual(damaged);
    expect((await start.checked)?.accounts).toEqual([]);
  });

  it('checks settings written by an older version before drawing anything', async () => {
    await fakeBrowser.storage.local.set({ settings: settingsV1 });
    const start = await open(`?url=${encodeURIComponent(PAGE)}`);
    expect(start.profiles.map((p) => p.name)).toEqual(['', 'Acme Coffee']);
    expect(start.apiHost).toBe('api.ayrshare.com');
  });

  it('does not let an early read be taken twice', async () => {
    await open(`?url=${encodeURIComponent(PAGE)}`);
    await expect(loadComposerStart(`?url=${encodeURIComponent(PAGE)}`)).rejects.toThrow(/begin-reads/);
  });

  it("opens with the newest send of this page's draft, not another page's", async () => {
    await outbox.set([send(`url:${PAGE}`, 'older'), send('url:https://news.example/other', 'other'), send(`url:${PAGE}`, 'newest')]);
    expect((await sendsOn(PAGE)).send?.id).toBe('newest');
  });

  it("finds this page's send even when another page's entry is damaged", async () => {
    const damaged = { ...send('url:https://news.example/other', 'other'), targets: 'not a list' };
    // As an older version or a damaged profile may have left it, past the schema check.
    await fakeBrowser.storage.local.set({ [outbox.key]: [damaged, send(`url:${PAGE}`, 'mine')] });
    expect((await sendsOn(PAGE)).send?.id).toBe('mine');
  });

  it('opens with no send when the page was never shared', async () => {
    await outbox.set([send('url:https://news.example/other', 'other')]);
    expect((await sendsOn(PAGE)).send).toBeUndefined();
  });

  it('says whether another draft’s send is still going, for the outbox list', async () => {
    const finished = { ...send('url:https://news.example/other', 'other'), targets: [{ ...send('x', 'x').targets[0]!, state: 'done' as const }] };
    await outbox.set([finished, send(`url:${PAGE}`, 'mine')]);
    expect((await sendsOn(PAGE)).othersGoing).toBe(false);
    await outbox.set([finished, send('url:https://news.example/third', 'third')]);
    expect((await sendsOn(PAGE)).othersGoing).toBe(true);
  });

  it('finds an earlier share of this page made from another tab, with its live posts', async () => {
    const earlier: OutboxEntry = {
      ...send('tab:4', 'earlier'),
      pageUrl: PAGE,
      targets: [
        {
          profileId: 'primary',
          idempotencyKey: 'key-earlier',
          state: 'done',
          networks: [{ platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/profile/me/post/1' }],
          updatedAt: NOW,
        },
      ],
    };
    await outbox.set([earlier, send('url:https://news.example/other', 'other')]);
    const sends = await sendsOn(PAGE);
    expect(sends.sharedBefore?.posts.map((p) => p.postUrl)).toEqual(['https://bsky.app/profile/me/post/1']);
    expect(sends.send).toBeUndefined();
  });
});
