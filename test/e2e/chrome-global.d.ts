import type { Browser } from 'wxt/browser';

declare global {
  // The worker's own `chrome` namespace, reached from sw.evaluate() in end-to-end tests.
  var chrome: typeof Browser;
}
