import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handlePageMessage } from '../editors/background-handlers';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handlePageMessage(message, sender));
});
