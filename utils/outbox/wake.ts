import { browser } from 'wxt/browser';
import { OUTBOX_ALARM, resume, type DeliverDeps } from './deliver';

/**
 * Wires the outbox to everything that wakes the background. Chrome stops an idle service worker
 * and may stop it mid-request; whatever starts the next one (a message, the outbox alarm, the
 * browser starting) runs this, and `resume` picks up every send that is not final.
 */
export function setUpOutbox(deps: DeliverDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void resume(deps, alarm.scheduledTime);
  });
  void resume(deps);
}
