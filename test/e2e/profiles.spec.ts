import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_KEY, E2E_X, e2eSeed, expect, test } from './fixtures';
import { EXTENSION_DIR, launchWithExtension } from './chromium';
import { Composer, OptionsPage } from './pages';
import type { SandboxSeed } from '../sandbox/server';

const CLIENTS = {
  acme: { name: 'Acme Coffee', key: 'profile-key-acme-000001', linked: ['facebook', 'linkedin', 'twitter'] },
  globex: { name: 'Globex Studio', key: 'profile-key-globex-00001', linked: ['bluesky', 'threads'] },
  initech: { name: 'Initech', key: 'profile-key-initech-0001', linked: ['bluesky', 'linkedin'] },
} as const;

function agencySeed(suspended?: keyof typeof CLIENTS): SandboxSeed {
  return {
    ...e2eSeed(),
    profiles: Object.entries(CLIENTS).map(([id, c]) => ({
      title: c.name,
      profileKey: c.key,
      linked: [...c.linked],
      suspended: id === suspended,
    })),
  };
}

test('posts one draft to three profiles, each with its own key and only its own networks', async ({ configured, openComposer, sandbox }) => {
  sandbox.reset(agencySeed());
  for (const client of Object.values(CLIENTS)) await configured.addProfile(client.name, client.key);

  const composer = await openComposer({ url: 'https://news.example/agency' });
  await composer.profilePicker.selectOption([CLIENTS.acme.name, CLIENTS.globex.name, CLIENTS.initech.name]);
  for (const network of ['Bluesky', 'Facebook', 'LinkedIn', 'Threads', 'X']) await composer.network(network).check();
  // Initech is suspended after the composer learnt its networks: its post is refused as a whole.
  sandbox.reset(agencySeed('initech'));
  await composer.postButton.click();

  await expect(composer.resultsOf(CLIENTS.acme.name).getByRole('link', { name: 'View post on Facebook' })).toBeVisible();
  await expect(composer.resultsOf(CLIENTS.globex.name).getByRole('link', { name: 'View post on Threads' })).toBeVisible();
  await expect(composer.resultsOf(CLIENTS.initech.name).getByRole('alert')).toContainText('HTTP 403');
  await expect(composer.resultsOf(CLIENTS.acme.name).getByRole('link')).toHaveCount(3);

  const posts = sandbox.requestsTo('POST', '/post');
  expect(posts).toHaveLength(3);
  const byKey = Object.fromEntries(posts.map((p) => [p.headers['profile-key'], p]));
  expect((byKey[CLIENTS.acme.key]?.body as { platforms: string[] }).platforms).toEqual(['facebook', 'linkedin', 'twitter']);
  expect((byKey[CLIENTS.globex.key]?.body as { platforms: string[] }).platforms).toEqual(['bluesky', 'threads']);
  expect((byKey[CLIENTS.initech.key]?.body as { platforms: string[] }).platforms).toEqual(['bluesky', 'linkedin']);
  const keys = posts.map((p) => (p.body as { idempotencyKey: string }).idempotencyKey);
  expect(new Set(keys).size).toBe(3);
  for (const post of posts) expect(post.headers.authorization).toBe(`Bearer ${E2E_KEY}`);
  expect(sandbox.posts(CLIENTS.acme.key)).toHaveLength(1);
  expect(sandbox.posts(CLIENTS.globex.key)).toHaveLength(1);
  expect(sandbox.posts(CLIENTS.initech.key)).toHaveLength(0);
});

test('a profile starts with its default networks, and the next post with the last profiles and networks', async ({
  configured,
  openComposer,
  sandbox,
}) => {
  sandbox.reset(agencySeed());
  await configured.addProfile(CLIENTS.acme.name, CLIENTS.acme.key, { networks: ['LinkedIn'] });

  const composer = await openComposer({ url: 'https://news.example/defaults' });
  await composer.profilePicker.selectOption(CLIENTS.acme.name);
  await expect(composer.network('LinkedIn')).toBeChecked();
  await expect(composer.network('Facebook')).not.toBeChecked();
  await composer.network('X').check();
  await composer.postButton.click();
  await expect(composer.postLink('X')).toBeVisible();

  const next = await openComposer({ url: 'https://news.example/another' });
  await expect(next.profilePicker.locator('option:checked')).toHaveText([CLIENTS.acme.name]);
  await expect(next.network('LinkedIn')).toBeChecked();
  await expect(next.network('X')).toBeChecked();
});

test("a profile's default features are on for its posts", async ({ configured, openComposer, sandbox }) => {
  sandbox.reset(agencySeed());
  await configured.addProfile(CLIENTS.acme.name, CLIENTS.acme.key, { networks: ['LinkedIn'], features: ['Require approval'] });

  const composer = await openComposer({ url: 'https://news.example/approval' });
  await composer.profilePicker.selectOption(CLIENTS.acme.name);
  await expect((await composer.moreOptions()).getByLabel('Require approval')).toBeChecked();
  await composer.postButton.click();
  await expect(composer.resultFor('LinkedIn')).toContainText('Waiting for approval.');
  expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ requiresApproval: true, platforms: ['linkedin'] });
});

test('Test connection checks a profile key and names what is wrong', async ({ configured, sandbox }) => {
  sandbox.reset(agencySeed());
  await configured.addProfile(CLIENTS.globex.name, CLIENTS.globex.key);
  await configured.addProfile('Mistyped', 'profile-key-that-does-not-exist');

  await configured.profile(CLIENTS.globex.name).getByRole('button', { name: 'Test connection' }).click();
  const globexList = configured.profile(CLIENTS.globex.name).getByRole('list', { name: 'Linked networks' });
  await expect(globexList.getByRole('listitem')).toHaveText([/^Bluesky/, /^Threads/]);

  await configured.profile('Mistyped').getByRole('button', { name: 'Test connection' }).click();
  await expect(configured.profile('Mistyped').getByRole('status')).toContainText('HTTP 403');
});

test('offers the account profile titles as names', async ({ configured, sandbox }) => {
  sandbox.reset(agencySeed());
  await configured.page.reload();
  await configured.page.getByRole('button', { name: 'Add profile', exact: true }).click();
  await expect(configured.page.getByText(`Profiles in your Ayrshare account: ${CLIENTS.acme.name}, ${CLIENTS.globex.name}, and ${CLIENTS.initech.name}`)).toBeVisible();
});

test('exports the profiles with a warning and imports them elsewhere; a bad file changes nothing', async ({
  configured,
  sandbox,
}, testInfo) => {
  sandbox.reset(agencySeed());
  await configured.addProfile(CLIENTS.acme.name, CLIENTS.acme.key, { networks: ['Facebook'] });
  await configured.addProfile(CLIENTS.globex.name, CLIENTS.globex.key);
  const page = configured.page;

  await page.getByRole('button', { name: 'Export profiles' }).click();
  await expect(page.getByRole('dialog')).toContainText('anyone who has it can post as these profiles');
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  const file = testInfo.outputPath('profiles.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.profiles.map((p: { name: string; profileKey: string }) => [p.name, p.profileKey])).toEqual([
    [CLIENTS.acme.name, CLIENTS.acme.key],
    [CLIENTS.globex.name, CLIENTS.globex.key],
  ]);

  for (const name of [CLIENTS.acme.name, CLIENTS.globex.name]) {
    await page.getByRole('listitem', { name, exact: true }).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(configured.profile(CLIENTS.acme.name)).toHaveCount(0);

  const bad = testInfo.outputPath('bad.json');
  fs.writeFileSync(bad, JSON.stringify({ ...exported, profiles: [exported.profiles[0], { name: 'No key' }] }));
  await page.getByLabel('Import profiles').setInputFiles(bad);
  await expect(page.getByText('Profile 2 in that file is not in the expected form. Nothing was changed.')).toBeVisible();
  await expect(configured.profile(CLIENTS.acme.name)).toHaveCount(0);

  await page.getByLabel('Import profiles').setInputFiles(file);
  await expect(page.getByRole('dialog')).toContainText(`New profiles: ${CLIENTS.acme.name} and ${CLIENTS.globex.name}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Imported 2 profiles.')).toBeVisible();
  await expect(configured.profile(CLIENTS.acme.name)).toContainText('Default networks: Facebook');
  await expect(configured.profile(CLIENTS.globex.name)).toBeVisible();

  // A file that renames a saved profile and holds one key twice: the preview says so, and a
  // cancelled import changes nothing.
  const changed = testInfo.outputPath('changed.json');
  const [acme, globex] = exported.profiles;
  fs.writeFileSync(changed, JSON.stringify({ ...exported, profiles: [{ ...acme, name: 'Acme Roasters' }, globex, { ...globex, name: 'Globex twice' }] }));
  await page.getByLabel('Import profiles').setInputFiles(changed);
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText(`Saved profiles that change (name or defaults): ${CLIENTS.acme.name}, renamed Acme Roasters`);
  await expect(preview).toContainText(`Left as they are: ${CLIENTS.globex.name}`);
  await expect(preview).toContainText('Entries sharing a Profile Key with an earlier one, merged into it: 1');
  for (const key of [CLIENTS.acme.key, CLIENTS.globex.key]) expect(await page.content()).not.toContain(key);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing was imported.')).toBeVisible();
  await expect(configured.profile(CLIENTS.acme.name)).toBeVisible();
  await expect(configured.profile('Acme Roasters')).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: /^Globex/ })).toHaveCount(1);
});

test('settings survive a browser restart and an extension update', async ({ sandbox }) => {
  test.setTimeout(60_000);
  sandbox.reset(agencySeed());
  // A copy of the built extension at a fixed path, so the relaunched browser sees the same
  // extension (its id comes from the path) and, once the version changes, an update of it.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sharebeam-update-'));
  const extensionDir = path.join(root, 'extension');
  const userDataDir = path.join(root, 'profile');
  fs.cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const launch = async () => {
    const context = await launchWithExtension({ userDataDir, extensionDir });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, sw, extensionId: new URL(sw.url()).host };
  };
  try {
    let run = await launch();
    const options = await OptionsPage.open(run.context, run.extensionId);
    await options.configure({ baseUrl: sandbox.baseUrl, apiKey: E2E_KEY, ...E2E_X });
    await options.addProfile(CLIENTS.acme.name, CLIENTS.acme.key, { networks: ['LinkedIn'] });
    await run.context.close();

    run = await launch();
    const reopened = await OptionsPage.open(run.context, run.extensionId);
    await expect(reopened.baseUrl).toHaveValue(sandbox.baseUrl);
    await expect(reopened.profile(CLIENTS.acme.name)).toContainText('Default networks: LinkedIn');
    // What 0.1.0 stored: settings without a version, user profiles without defaults.
    await run.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      const now = settings as { baseUrl: string; apiKeySet: boolean; xKeysSet: boolean; profiles: Array<{ id: string; name: string }> };
      const profiles = now.profiles.filter((p) => p.id !== 'primary').map(({ id, name }) => ({ id, name }));
      await chrome.storage.local.set({ settings: { baseUrl: now.baseUrl, apiKeySet: now.apiKeySet, xKeysSet: now.xKeysSet, profiles } });
    });
    await run.context.close();

    const manifestFile = path.join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: '99.0.0' }));
    run = await launch();
    const settingsNow = () => run.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    await expect
      .poll(settingsNow)
      .toMatchObject({ version: 3, shareNow: true, profiles: [{ id: 'primary' }, { name: CLIENTS.acme.name, defaults: { networks: [] } }] });

    const composer = await Composer.open(run.context, run.extensionId, { url: 'https://news.example/after-update' });
    await composer.profilePicker.selectOption(CLIENTS.acme.name);
    await composer.network('LinkedIn').check();
    await composer.postButton.click();
    await expect(composer.postLink('LinkedIn')).toBeVisible();
    expect(sandbox.requestsTo('POST', '/post')[0]?.headers['profile-key']).toBe(CLIENTS.acme.key);
    await run.context.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
