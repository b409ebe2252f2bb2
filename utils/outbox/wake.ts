import { browser } from 'wxt/browser';
import { outboxDeps } from '../messaging/handlers';
import { OUTBOX_ALARM, resume } from './deliver';

/**
 * Wires the outbox to everything that wakes the background. Chrome stops an idle service worker
 * and may stop it mid-request; whatever starts the next one (a message, the outbox alarm, the
 * browser starting) runs this, and `resume` picks up every send that is not final.
 */
export function registerOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void resume(outboxDeps, alarm.scheduledTime);
  });
  void resume(outboxDeps);
}
