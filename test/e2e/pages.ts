import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';

/** The options page, driven through its labels the way a person fills it in. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  get apiKey(): Locator {
    return this.page.getByLabel('API key', { exact: true });
  }
  get xApiKey(): Locator {
    return this.page.getByLabel('X API key', { exact: true });
  }
  get xApiSecret(): Locator {
    return this.page.getByLabel('X API secret', { exact: true });
  }
  get baseUrl(): Locator {
    return this.page.getByLabel('API base URL', { exact: true });
  }
  /** What the Ayrshare connection form says after Save or Test connection. */
  get status(): Locator {
    return this.page.getByRole('region', { name: 'Ayrshare account' }).getByRole('status');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status).toContainText('Settings saved.');
  }

  /** Saves a new address for the saved keys, confirming that it may receive them. */
  async saveConfirmingKeys(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(this.status).toContainText('Settings saved.');
  }

  async testConnection(): Promise<void> {
    await this.page.getByRole('button', { name: 'Test connection', exact: true }).click();
  }

  /** Adds a user profile through the form, as an agency does for each client. */
  async addProfile(name: string, profileKey: string, defaults: { networks?: string[]; features?: string[] } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Add profile', exact: true }).click();
    const form = this.page.getByRole('group', { name: 'Add profile' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Profile key', { exact: true }).fill(profileKey);
    for (const network of defaults.networks ?? []) await form.getByRole('checkbox', { name: network, exact: true }).check();
    for (const feature of defaults.features ?? []) await form.getByRole('checkbox', { name: feature, exact: true }).check();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.profile(name)).toBeVisible();
  }

  /** A profile's card on the options page. */
  profile(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** The Posting schedules section (Add to queue's schedules). */
  get schedules(): Locator {
    return this.page.getByRole('region', { name: 'Posting schedules' });
  }

  /** Makes a posting schedule in the user's time, as a person fills the form in. */
  async addSchedule(schedule: { title: string; times: string[]; skipDays?: string[]; skipDates?: string[] }): Promise<void> {
    await this.schedules.getByRole('button', { name: 'Add schedule', exact: true }).click();
    const form = this.schedules.getByRole('group', { name: 'Add schedule' });
    await form.getByLabel('Schedule name', { exact: true }).fill(schedule.title);
    for (const [i, time] of schedule.times.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add a time', exact: true }).click();
      await form.getByLabel(`Time ${i + 1}`, { exact: true }).fill(time);
    }
    for (const day of schedule.skipDays ?? []) await form.getByRole('checkbox', { name: day, exact: true }).uncheck();
    for (const date of schedule.skipDates ?? []) {
      await form.getByLabel('Date to skip', { exact: true }).fill(date);
      await form.getByRole('button', { name: 'Add date', exact: true }).click();
    }
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.schedules.getByRole('listitem', { name: schedule.title, exact: true })).toBeVisible();
  }

  /** Points the extension at a server and saves: what a new user does first. */
  async configure(settings: { baseUrl: string; apiKey: string; xApiKey?: string; xApiSecret?: string }): Promise<void> {
    await expect(this.baseUrl).not.toHaveValue('');
    await this.baseUrl.fill(settings.baseUrl);
    await this.apiKey.fill(settings.apiKey);
    if (settings.xApiKey) await this.xApiKey.fill(settings.xApiKey);
    if (settings.xApiSecret) await this.xApiSecret.fill(settings.xApiSecret);
    await this.save();
  }
}

/** The composer, in the toolbar popup or in its own window. */
export class Composer {
  constructor(readonly page: Page) {}

  /** Opens the composer the way the context menu and tests do: prefilled through its URL. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    prefill: { url?: string; title?: string; text?: string; media?: string[] } = {},
  ): Promise<Composer> {
    const params = new URLSearchParams();
    for (const key of ['url', 'title', 'text'] as const) if (prefill[key]) params.set(key, prefill[key]!);
    for (const media of prefill.media ?? []) params.append('media', media);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?${params}`);
    return new Composer(page);
  }

  get text(): Locator {
    return this.page.getByLabel('Post text', { exact: true });
  }
  network(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  get profilePicker(): Locator {
    return this.page.getByLabel('Profile', { exact: true });
  }
  /** The results of one profile, when a post went to several. */
  resultsOf(profile: string): Locator {
    return this.results.getByRole('region', { name: profile, exact: true });
  }
  /** A closed panel of the composer, by the start of its name ("More options · approval" is "More options"). */
  panel(name: string): Locator {
    return this.page.locator('details', { has: this.page.locator('summary').getByText(new RegExp(`^${name}`)) });
  }
  /** Opens a panel, as a person clicks its name; an open one stays open. */
  async openPanel(name: string): Promise<void> {
    const panel = this.panel(name);
    if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) await panel.locator('summary').click();
  }
  /** The option panel of a selected network ("Reddit options"), once Network options is open. */
  optionsOf(network: string): Locator {
    return this.page.getByRole('group', { name: `${network} options`, exact: true });
  }
  /** A selected network's row: its counter, what stops it, what it will change. */
  networkRow(network: string): Locator {
    return this.page.getByRole('group', { name: 'Networks' }).getByRole('listitem').filter({ has: this.network(network) });
  }
  get scheduleFor(): Locator {
    return this.page.getByLabel('Schedule for', { exact: true });
  }
  /** Opens "More options" (features) and returns the panel's page for chaining. */
  async moreOptions(): Promise<Page> {
    await this.openPanel('More options');
    return this.page;
  }
  get postButton(): Locator {
    return this.page.getByRole('button', { name: 'Post', exact: true });
  }
  /** Add to queue, named "Add to queue: <title>" when the profile has several schedules. */
  get queueButton(): Locator {
    return this.page.getByRole('button', { name: /^Add to queue/ });
  }
  /** Which schedule Add to queue uses, when there are several. */
  get queueChoice(): Locator {
    return this.page.getByRole('combobox', { name: 'Queue', exact: true });
  }
  /** Opens the media picker on one of its tabs ("Page and files", "Library"). */
  async openMedia(tab: 'Page and files' | 'Library' = 'Page and files'): Promise<Locator> {
    const picker = this.page.getByRole('group', { name: 'Add media', exact: true });
    if (!(await picker.isVisible())) await this.page.getByRole('button', { name: 'Add media', exact: true }).click();
    await picker.getByRole('tab', { name: tab, exact: true }).click();
    return picker;
  }
  /** The media that go with the post, in order. */
  get media(): Locator {
    return this.page.getByRole('list', { name: 'Media', exact: true });
  }
  get results(): Locator {
    return this.page.getByRole('region', { name: 'Results' });
  }
  resultFor(network: string): Locator {
    return this.results.getByRole('listitem').filter({ hasText: network });
  }
  /** The link to a live post in the results of the send. */
  postLink(network: string): Locator {
    return this.results.getByRole('link', { name: `View post on ${network}` });
  }
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}

/**
 * Clicks the extension's toolbar button on `tab`, as a person does, and returns the popup. The
 * popup then has what a real click gives: `activeTab` access to that tab.
 */
export async function clickToolbarButton(context: BrowserContext, tab: Page, extensionId: string): Promise<Page> {
  const browserSession = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.url === tab.url());
  if (!target) throw new Error(`No tab target for ${tab.url()}`);
  await tab.bringToFront();
  const popup = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/popup.html`));
  await browserSession.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  const page = await popup;
  await browserSession.detach();
  return page;
}

/** The post history page, driven by the names the issue gives its controls. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string): string {
    return `chrome-extension://${extensionId}/post-history.html`;
  }

  /** Opens it the way a person does: the composer's History control. */
  static async openFrom(composer: Composer): Promise<HistoryPage> {
    const opened = composer.page.context().waitForEvent('page', (p) => p.url().includes('/post-history.html'));
    await composer.page.getByRole('button', { name: 'History', exact: true }).click();
    const page = await opened;
    await page.waitForLoadState();
    return new HistoryPage(page);
  }

  static async open(context: BrowserContext, extensionId: string): Promise<HistoryPage> {
    const page = await context.newPage();
    await page.goto(HistoryPage.url(extensionId));
    return new HistoryPage(page);
  }

  get posts(): Locator {
    return this.page.getByRole('list', { name: 'Posts', exact: true });
  }
  /** A post, found by the start of its text. */
  entry(text: string): Locator {
    return this.posts.getByRole('listitem', { name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }
  /** One of a post's action buttons (Delete, Retry, Approve, Reschedule, Notes, Comments, Analytics). */
  action(entry: Locator, name: string): Locator {
    return entry.getByRole('group', { name: 'Actions' }).getByRole('button', { name, exact: true });
  }
  /** A post's line for one network. */
  networkOf(entry: Locator, network: string): Locator {
    return entry.getByRole('list', { name: 'Networks' }).getByRole('listitem').filter({ hasText: network });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
  }
  get statusFilter(): Locator {
    return this.page.getByLabel('Status', { exact: true });
  }
  get networkFilter(): Locator {
    return this.page.getByLabel('Network', { exact: true });
  }
  get profile(): Locator {
    return this.page.getByLabel('Profile', { exact: true });
  }
  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh', exact: true }).click();
  }
  get loadMore(): Locator {
    return this.page.getByRole('button', { name: 'Load more', exact: true });
  }
}

/**
 * Clicks a context-menu entry the way Chrome does: the real listeners run with the click data and
 * the tab, whose address and title a real click grants through activeTab.
 */
export async function clickMenu(sw: Worker, info: Record<string, unknown>, page: { url: string; title: string }): Promise<void> {
  await sw.evaluate(
    async ({ info, page }) => {
      const [tab] = await chrome.tabs.query({ url: page.url });
      // Chromium still exposes dispatch() on extension events inside the worker.
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, { ...tab, ...page });
    },
    { info, page },
  );
}
