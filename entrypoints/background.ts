import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startDatabase } from '../db/background';
import { enabledSitesItem } from '../db/settings';
import { handlePageMessage } from '../editors/background-handlers';
import { syncSiteScripts } from '../editors/site-access';
import { createSelectionMenu, MENU_ID, openTrainerWith } from '../editors/trainer-launch';

export default defineBackground(() => {
  startDatabase();
  browser.runtime.onMessage.addListener((message, sender) => handlePageMessage(message, sender));
  void syncSiteScripts();
  enabledSitesItem.watch(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  createSelectionMenu();
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openTrainerWith(info.selectionText);
  });
});
