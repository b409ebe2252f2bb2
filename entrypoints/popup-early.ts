import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { beginStartRead } from '@/utils/composer/start-read';

// Loaded by popup.html before anything else: see utils/composer/start-read.ts.
export default defineUnlistedScript(() => beginStartRead(browser, location.search));
