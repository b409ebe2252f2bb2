import type { ElementHandle, Page } from 'puppeteer-core';
import { until, WAIT_MS, type FirefoxWithExtension } from './firefox';

/**
 * The pages as a person finds their way around them in Firefox: by role and accessible name
 * (Puppeteer's ARIA selectors, answered by Firefox's accessibility tree over WebDriver BiDi),
 * with the names the Chromium suite uses (test/e2e/pages.ts).
 */

type Scope = Page | ElementHandle;

/** Puppeteer's selector for the elements with this accessible name (and role). */
export const aria = (name: string, role?: string) => `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;

/** Waits for the element with this role and name inside `scope`. */
export async function find(scope: Scope, role: string, name: string): Promise<ElementHandle> {
  return (await scope.waitForSelector(aria(name, role), { timeout: WAIT_MS }))!;
}

/**
 * The form control labelled `label`. By name alone, because Firefox gives a password field no
 * ARIA role; the label itself carries that name too, so it is left out.
 */
export function field(scope: Scope, label: string): Promise<ElementHandle> {
  return until(`a field labelled "${label}"`, async () => {
    for (const handle of await scope.$$(aria(label))) {
      if (await handle.evaluate((e) => e.matches('input, textarea, select'))) return handle;
    }
    return undefined;
  });
}

/** Replaces what a field holds by typing, as a person does. */
export async function fill(scope: Scope, label: string, value: string): Promise<void> {
  const control = await field(scope, label);
  await control.focus();
  await control.evaluate((e) => (e as HTMLInputElement).select());
  await control.type(value);
}

export const textOf = (handle: ElementHandle) => handle.evaluate((e) => e.textContent ?? '');
/** The text of every item of a list, in order. */
export const itemsOf = (list: ElementHandle) => list.evaluate((e) => [...e.querySelectorAll(':scope > li')].map((li) => li.textContent ?? ''));
export const hrefOf = (link: ElementHandle) => link.evaluate((e) => (e as HTMLAnchorElement).href);

export async function click(scope: Scope, role: string, name: string): Promise<void> {
  await (await find(scope, role, name)).click();
}

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(firefox: FirefoxWithExtension): Promise<OptionsPage> {
    return new OptionsPage(await firefox.open('/options.html'));
  }

  /** What the Ayrshare connection form says after Save or Test connection. */
  async status(): Promise<string> {
    const region = await find(this.page, 'region', 'Ayrshare account');
    const status = await region.$('::-p-aria([role="status"])');
    return status ? textOf(status) : '';
  }

  /** Points the extension at a server with a key and saves: what a new user does first. */
  async configure(settings: { baseUrl: string; apiKey: string }): Promise<void> {
    // The saved base URL arrives from the background after the first paint; typing before it
    // would be overwritten.
    const baseUrl = await field(this.page, 'API base URL');
    await until('the saved API base URL', () => baseUrl.evaluate((e) => (e as HTMLInputElement).value !== ''));
    await fill(this.page, 'API base URL', settings.baseUrl);
    await fill(this.page, 'API key', settings.apiKey);
    await click(this.page, 'button', 'Save');
    await until('"Settings saved."', async () => (await this.status()).includes('Settings saved.'));
  }
}

/** The composer, opened in a tab with the prefill parameters the context menu uses. */
export class Composer {
  constructor(readonly page: Page) {}

  static async open(firefox: FirefoxWithExtension, prefill: { url: string; title?: string }): Promise<Composer> {
    const params = new URLSearchParams({ url: prefill.url, ...(prefill.title ? { title: prefill.title } : {}) });
    return new Composer(await firefox.open(`/popup.html?${params}`));
  }

  async text(): Promise<string> {
    return (await field(this.page, 'Post text')).evaluate((e) => (e as HTMLTextAreaElement).value);
  }
  async check(network: string): Promise<void> {
    const box = await find(this.page, 'checkbox', network);
    if (!(await box.evaluate((e) => (e as HTMLInputElement).checked))) await box.click();
    await until(`${network} to be checked`, () => box.evaluate((e) => (e as HTMLInputElement).checked));
  }
  async post(): Promise<void> {
    const button = await find(this.page, 'button', 'Post');
    await until('Post to be enabled', () => button.evaluate((e) => !(e as HTMLButtonElement).disabled));
    await button.click();
  }
  /** The link to a live post, once the composer shows it. */
  postLink(network: string): Promise<ElementHandle> {
    return find(this.page, 'link', `View post on ${network}`);
  }
}

/** The post history page. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  /** Opens it the way a person does: the composer's History control, which opens a tab. */
  static async openFrom(composer: Composer, firefox: FirefoxWithExtension): Promise<HistoryPage> {
    await click(composer.page, 'button', 'History');
    const page = await firefox.tabAt('/post-history.html');
    await page.bringToFront();
    return new HistoryPage(page);
  }

  /** A post in the list, named by its text. */
  entry(text: string): Promise<ElementHandle> {
    return find(this.page, 'listitem', text);
  }
  async action(entry: ElementHandle, name: string): Promise<ElementHandle> {
    return find(await find(entry, 'group', 'Actions'), 'button', name);
  }
  async dialog(): Promise<ElementHandle> {
    return (await this.page.waitForSelector('::-p-aria([role="dialog"])', { timeout: WAIT_MS }))!;
  }
}
