import { defineBackground } from 'wxt/utils/define-background';
import { endpointMessages } from '@/utils/ayrshare/messages';
import { serveMessages } from '@/utils/messaging/serve';
import type { DeliverDeps } from '@/utils/outbox/deliver';
import { outboxMessages } from '@/utils/outbox/messages';
import { setUpNotifications } from '@/utils/outbox/notification-clicks';
import type { SubmitDeps } from '@/utils/outbox/submit';
import { setUpOutbox } from '@/utils/outbox/wake';
import { setUpSettings, settingsMessages } from '@/utils/settings/messages';
import { credentialsFor } from '@/utils/settings/service';
import { setUpShareMenus } from '@/utils/share/menus';
import { setUpShareNow } from '@/utils/share/share-now-command';
import { secrets, secretValues } from '@/utils/storage/secrets';

export default defineBackground(() => {
  const newId = () => crypto.randomUUID();
  // What the outbox sends with, wherever it is woken from; a new send also needs ids.
  const outbox: DeliverDeps = { credentialsFor, now: Date.now };
  const sending: SubmitDeps = { ...outbox, newId };

  setUpSettings();
  // Listeners are added synchronously at start-up so an event that woke the worker is not missed.
  serveMessages(
    { ...settingsMessages(newId), ...endpointMessages(credentialsFor), ...outboxMessages(sending) },
    async () => secretValues(await secrets.get()),
  );
  setUpShareMenus();
  setUpShareNow(sending);
  setUpNotifications(outbox);
  setUpOutbox(outbox);
});
