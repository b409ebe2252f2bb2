import { expect, type Page } from '@playwright/test';
import { Composer } from '../e2e/pages';
import type { RecordedRequest } from '../sandbox/server';
import type { SandboxProcess } from './sandbox-process';
import { CLIENTS, waitFor, type BenchBrowser } from './session';

/**
 * From clicking Post to the request arriving at Ayrshare (the sandbox's `receivedAt`), for one
 * profile and for five at once: each profile is its own POST /post, and five should go out
 * together, not one after another. Both clocks are the machine's wall clock (Date.now).
 */

export interface PostTiming {
  /** Click to the last request's arrival, ms. */
  total: number;
  /** First arrival to last: how far the requests were spread out. */
  spread: number;
}

let posted = 0;

/** Alternates 1 and 5 profiles, `rounds` times each, so a drift in the machine's load hits both. */
export async function timePosts(browser: BenchBrowser, sandbox: SandboxProcess, rounds: number): Promise<{ one: PostTiming[]; five: PostTiming[] }> {
  const one: PostTiming[] = [];
  const five: PostTiming[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [1, 5] : [5, 1];
    for (const count of order) {
      const profiles = CLIENTS.slice(0, count).map((c) => c.name);
      // A page of its own each time: a composer on a page already shared shows that send's result.
      const timing = await postOnce(browser, sandbox, profiles, `https://news.example/post-${++posted}`);
      (count === 1 ? one : five).push(timing);
    }
  }
  return { one, five };
}

async function postOnce(browser: BenchBrowser, sandbox: SandboxProcess, profiles: string[], url: string): Promise<PostTiming> {
  await sandbox.reset();
  const openedAt = Date.now();
  const composer = await Composer.open(browser.context, browser.extensionId, { url });
  await composer.profilePicker.selectOption(profiles);
  await composer.network('Bluesky').check();
  await expect(composer.postButton).toBeEnabled();
  // Refreshing the networks of the profiles it opened with, and of those chosen, is not part of
  // the post's time: a person takes longer than that to press Post.
  await waitFor(() => networksRefreshed(composer.page, sandbox, openedAt), 'the composer to refresh its networks');
  await composer.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1_000 })));

  await composer.page.evaluate(() =>
    addEventListener('click', () => ((globalThis as { clickedAt?: number }).clickedAt = Date.now()), { capture: true, once: true }),
  );
  // Ayrshare takes a while to post; the sandbox answers each profile after a pause, as Ayrshare
  // would, so it is not busy with one profile's post while the next one arrives.
  await sandbox.fault({ method: 'POST', path: '/post', kind: 'delay', ms: 250, times: profiles.length });
  await composer.postButton.click();
  // Nothing is asked of the sandbox until the send is over: every profile's post is linked.
  await expect(composer.page.getByRole('link', { name: 'View post on Bluesky' })).toHaveCount(profiles.length);
  const arrivals = (await sandbox.requestsTo('POST', '/post')).map((r) => r.receivedAt);
  const clickedAt = await composer.page.evaluate(() => (globalThis as { clickedAt?: number }).clickedAt);
  await composer.page.close();
  if (clickedAt === undefined) throw new Error('The click on Post was not seen by the page');
  if (arrivals.length !== profiles.length) throw new Error(`Expected ${profiles.length} POST /post, the sandbox got ${arrivals.length}`);
  return { total: Math.max(...arrivals) - clickedAt, spread: Math.max(...arrivals) - Math.min(...arrivals) };
}

/** Whether every GET /user the composer sent since it opened is answered, and its networks cached. */
async function networksRefreshed(page: Page, sandbox: SandboxProcess, since: number): Promise<boolean> {
  const users = (await sandbox.requestsTo('GET', '/user')).filter((r: RecordedRequest) => r.receivedAt >= since);
  if (users.some((r) => r.status === undefined)) return false;
  const names = users.map((r) => {
    const key = r.headers['profile-key'];
    return key === undefined ? '' : CLIENTS.find((c) => c.profileKey === key)?.name;
  });
  return page.evaluate(
    async ({ names, since }) => {
      const { settings, account = [] } = await chrome.storage.local.get(['settings', 'account']);
      const ids = (settings as { profiles: Array<{ id: string; name: string }> }).profiles.filter((p) => names.includes(p.name)).map((p) => p.id);
      return ids.every((id) => (account as Array<{ profileId: string; fetchedAt: number }>).some((a) => a.profileId === id && a.fetchedAt >= since));
    },
    { names, since },
  );
}
