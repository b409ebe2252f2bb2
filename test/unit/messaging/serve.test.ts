import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { FailureError } from '@/utils/ayrshare/failure';
import { dispatch, isTrustedSender, type Handlers } from '@/utils/messaging/serve';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = vi.fn(async () => {
    throw new Error('not expected');
  });
  return {
    'settings/load': unused,
    'settings/save': unused,
    'connection/test': unused,
    'profiles/save': unused,
    'profiles/remove': unused,
    'profiles/test': unused,
    'profiles/export': unused,
    'profiles/import': unused,
    'ayrshare/call': unused,
    'post/submit': unused,
    'outbox/cancel': unused,
    'outbox/resume': unused,
    ...overrides,
  } as Handlers;
}

describe('who may talk to the background', () => {
  const origin = fakeBrowser.runtime.getURL('/');

  it("accepts the extension's own pages", () => {
    expect(isTrustedSender({ id: fakeBrowser.runtime.id, url: `${origin}popup.html` })).toBe(true);
  });

  it('ignores web pages, content scripts and other extensions', () => {
    const others: Browser.runtime.MessageSender[] = [
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } as Browser.tabs.Tab },
      { id: 'another-extension', url: `${origin}popup.html` },
      { id: fakeBrowser.runtime.id },
    ];
    for (const sender of others) expect(isTrustedSender(sender)).toBe(false);
  });
});

describe('dispatching a message', () => {
  it('validates the input before the handler sees it', async () => {
    const save = vi.fn(async () => ({ baseUrl: '', shareNow: true, firstRunGuide: 'open' as const, apiKeyHint: '', xApiKeyHint: '', xApiSecretHint: '', profiles: [] }));
    const reply = await dispatch(handlers({ 'settings/save': save }), { type: 'settings/save', input: { baseUrl: 42 } });
    expect(reply).toEqual({ failure: { kind: 'badRequest' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses unknown message types', async () => {
    expect(await dispatch(handlers(), { type: 'secrets/dump', input: {} })).toEqual({ failure: { kind: 'badRequest' } });
    // Names every object has, and a type that is not text, are not message types either.
    for (const type of ['toString', '__proto__', 'constructor', 42, null]) {
      expect(await dispatch(handlers(), { type, input: {} })).toEqual({ failure: { kind: 'badRequest' } });
    }
  });

  it('answers with the failure a handler reports', async () => {
    const reply = await dispatch(
      handlers({ 'settings/load': async () => Promise.reject(new FailureError({ kind: 'noApiKey' })) }),
      { type: 'settings/load', input: {} },
    );
    expect(reply).toEqual({ failure: { kind: 'noApiKey' } });
  });

  it('hides the details of an unexpected error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await dispatch(
      handlers({ 'settings/load': async () => Promise.reject(new Error('internal detail')) }),
      { type: 'settings/load', input: {} },
    );
    expect(reply).toEqual({ failure: { kind: 'unexpected' } });
  });
});
