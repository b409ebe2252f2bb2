import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { getMessageFrom } from './catalogue';

/**
 * The fake browser has no i18n, so unit tests get the real English catalogue, and assert the
 * text users read.
 */
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessageFrom(messages) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
