import http from 'node:http';
import { inspect } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endpointMessages } from '@/utils/ayrshare/messages';
import { MESSAGES, type MessageType } from '@/utils/messaging/protocol';
import { withoutSecrets } from '@/utils/ayrshare/server-text';
import { serveMessages, type Handlers } from '@/utils/messaging/serve';
import { outboxMessages } from '@/utils/outbox/messages';
import { settingsMessages } from '@/utils/settings/messages';
import { credentialsFor, saveSettings } from '@/utils/settings/service';
import { outbox } from '@/utils/storage/outbox';
import { secrets, secretValues } from '@/utils/storage/secrets';

/**
 * Keys never travel to a page: every message of the protocol is answered, through the real
 * listener, by a background whose "Ayrshare" is a server that echoes every header it gets (the
 * worst a misconfigured proxy could do), and no reply, no failure, nothing in the outbox (which
 * pages read) and no log line holds a key.
 */

const API_KEY = 'SECRET-api-key-4f8a9c2e11';
const X_KEY = 'SECRET-x-consumer-key-77aa';
const X_SECRET = 'SECRET-x-consumer-secret-"\\-31';
const PROFILE_KEY = 'SECRET-profile-key-b0b0b0b0';
const ALL = [API_KEY, X_KEY, X_SECRET, PROFILE_KEY];

let server: http.Server;
let baseUrl: string;
let failing = false;

beforeEach(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const echo = JSON.stringify(req.headers);
      const reply = req.url?.endsWith('/post')
        ? {
            status: 'error',
            id: 'echo-post',
            postIds: [{ platform: 'bluesky', status: 'success', id: echo, postUrl: `https://echo.example/${encodeURIComponent(echo)}` }],
            errors: [{ platform: 'facebook', code: 1, message: `refused ${echo}` }],
          }
        : { message: `echo ${echo}`, headers: req.headers, body, activeSocialAccounts: ['bluesky'] };
      res.writeHead(failing ? 500 : req.url?.endsWith('/post') ? 400 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  failing = false;
  await saveSettings({ baseUrl, apiKey: API_KEY, xApiKey: X_KEY, xApiSecret: X_SECRET });
  await secrets.update((s) => ({ ...s, profileKeys: [{ profileId: 'client-a', key: PROFILE_KEY }] }));
  fakeBrowser.runtime.getContexts = vi.fn(async () => []) as never;
});
afterEach(() => new Promise((resolve) => server.close(resolve)));

/** The background's handlers, wired as entrypoints/background.ts wires them. */
const newId = () => crypto.randomUUID();
const handlers: Handlers = {
  ...settingsMessages(newId),
  ...endpointMessages(credentialsFor),
  ...outboxMessages({ credentialsFor, now: Date.now, newId }),
};

/** One valid request per message type; the test below fails when a type is added without one. */
const SAMPLES: { [T in MessageType]: () => Promise<unknown> | unknown } = {
  'settings/load': () => ({}),
  'settings/save': () => ({ baseUrl, apiKey: API_KEY, xApiKey: X_KEY, xApiSecret: X_SECRET }),
  'connection/test': () => ({ baseUrl, apiKey: '', xApiKey: '', xApiSecret: '' }),
  'ayrshare/call': () => ({ profileId: 'client-a', endpoint: 'user', params: {} }),
  'post/submit': () => ({
    post: { post: 'Hello', platforms: ['bluesky', 'facebook'] },
    targets: [
      { profileId: 'primary', platforms: ['bluesky', 'facebook'] },
      { profileId: 'client-a', platforms: ['bluesky'] },
    ],
  }),
  'profiles/save': () => ({ name: 'Client B', profileKey: 'SECRET-new-profile-key-9', defaults: { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false } }),
  'profiles/remove': () => ({ id: 'client-a' }),
  'profiles/test': () => ({ id: 'client-a' }),
  // The one message whose reply holds keys on purpose: the export the user asked for (see serve.ts).
  'profiles/export': () => ({}),
  'profiles/match': () => ({ keys: ['SECRET-imported-key-0', PROFILE_KEY] }),
  'profiles/import': () => ({ profiles: [{ name: 'Imported', profileKey: 'SECRET-imported-key-0' }] }),
  'outbox/cancel': async () => ({ entryId: (await outbox.get())[0]?.id ?? 'none' }),
  'outbox/resume': () => ({}),
};

async function ask(type: MessageType, input: unknown): Promise<unknown> {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  return new Promise((resolve) => {
    void (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)({ type, input }, sender, resolve);
  });
}

describe('no message to a page carries a key', () => {
  it('has a sample for every message of the protocol', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(MESSAGES.map((m) => m.type).sort());
  });

  for (const mode of ['answers', 'fails'] as const) {
    it(`holds for every reply when the server ${mode} and echoes every header`, async () => {
      const logged: unknown[] = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        vi.spyOn(console, level).mockImplementation((...args) => void logged.push(...args));
      }
      serveMessages(handlers, async () => secretValues(await secrets.get()));
      failing = mode === 'fails';
      const replies: Record<string, unknown> = {};
      for (const type of Object.keys(SAMPLES) as MessageType[]) replies[type] = await ask(type, await SAMPLES[type]());
      const exported = replies['profiles/export'];
      delete replies['profiles/export'];

      // The calls did reach the echoing server, so there was something to leak.
      expect(JSON.stringify(replies['ayrshare/call'])).toContain('echo');
      // Whatever was logged, as a developer would read it in the console: objects and errors whole,
      // with every property (String() would show "[object Object]" and hide what is inside).
      const seen = JSON.stringify(replies) + JSON.stringify(await outbox.get()) + logged.map((arg) => inspect(arg, { depth: null, showHidden: true })).join('\n');
      for (const secret of [...ALL, 'SECRET-new-profile-key-9', 'SECRET-imported-key-0']) {
        expect(seen).not.toContain(secret);
        expect(seen).not.toContain(JSON.stringify(secret).slice(1, -1));
      }
      // Exporting is the user asking for the keys: that reply has them, and only that one.
      if (mode === 'answers') expect(JSON.stringify(exported)).toContain('SECRET-new-profile-key-9');
    });
  }

  it('ignores messages from anything but its own pages', async () => {
    serveMessages(handlers, async () => secretValues(await secrets.get()));
    const answered = vi.fn();
    const [kept] = await (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(
      { type: 'settings/load', input: {} },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } },
      answered,
    );
    expect(kept).toBe(false);
    expect(answered).not.toHaveBeenCalled();
  });
});

describe('scrubbing a reply', () => {
  it('replaces a secret wherever it appears, also inside JSON escapes', () => {
    const reply = { value: { a: `x${X_SECRET}y`, b: [API_KEY], c: { [PROFILE_KEY]: 1 } } };
    const clean = withoutSecrets(reply, ALL);
    expect(JSON.stringify(clean)).not.toMatch(/SECRET-/);
    expect(clean).toEqual({ value: { a: 'x••••y', b: ['••••'], c: { '••••': 1 } } });
  });

  it('leaves a reply without secrets as it was', () => {
    const reply = { failure: { kind: 'timeout' as const, host: 'api.ayrshare.com', ms: 15_000 } };
    expect(withoutSecrets(reply, ALL)).toEqual(reply);
  });
});
