import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endpointMessages } from '@/utils/ayrshare/messages';
import { dispatch, type Handlers } from '@/utils/messaging/serve';
import type { Sandbox } from '../sandbox/index.ts';

/**
 * Pages' calls answered by the background's own handler for named endpoints, against the
 * sandbox: what a page asks goes the whole way (message check, endpoint table, HTTP, reply check).
 * `profileKeys` maps Sharebeam's profile ids to the Profile-Keys they stand for.
 */
export function backgroundOnSandbox(sandbox: Sandbox, apiKey: string, profileKeys: Record<string, string> = {}, x = true): void {
  const handlers = endpointMessages(async (profileId) => ({
    baseUrl: sandbox.baseUrl,
    apiKey,
    profileKey: profileKeys[profileId],
    ...(x && { xApiKey: 'x-key', xApiSecret: 'x-secret' }),
  })) as unknown as Handlers;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => dispatch(handlers, message)) as never);
}
