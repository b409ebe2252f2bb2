import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpSettings } from '@/utils/settings/messages';
import { saveSettings } from '@/utils/settings/service';
import { changeTogether } from '@/utils/storage/stored-value';

/** The install handler's storage work goes through the one write queue: this waits for it. */
const queueDrained = () => changeTogether([], (none) => none);

describe('opening the first-run guide', () => {
  const openOptionsPage = vi.fn(async () => undefined);
  beforeEach(() => {
    openOptionsPage.mockClear();
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    // Not implemented by the fake browser; Chrome's, which keeps storage to the extension.
    fakeBrowser.storage.local.setAccessLevel = async () => undefined;
    setUpSettings();
  });

  it('opens Options on a new install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await queueDrained();
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('stays closed when a key is already saved (Chrome says "install" at every start of a --load-extension build, storage kept)', async () => {
    await saveSettings({ baseUrl: '', apiKey: 'KEY-1234567890' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await queueDrained();
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('stays closed on an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    await queueDrained();
    expect(openOptionsPage).not.toHaveBeenCalled();
  });
});
