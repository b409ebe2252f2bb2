import { browser } from 'wxt/browser';
import { beginStartRead } from '@/utils/composer/start-read';

// main.tsx imports this first: the reads begin before the rest of the popup's code is evaluated.
beginStartRead(browser, location.search);
