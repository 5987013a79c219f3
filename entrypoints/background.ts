import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { enabledSitesItem } from '../db/settings';
import { handlePageMessage } from '../editors/background-handlers';
import { syncSiteScripts } from '../editors/site-access';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handlePageMessage(message, sender));
  void syncSiteScripts();
  enabledSitesItem.watch(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
});
