import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { followTabs } from '../background/check-service';
import { startDatabase } from '../db/background';
import { handlePageMessage } from '../editors/background-handlers';
import { followSites } from '../editors/site-access';
import { createSelectionMenu, MENU_ID, openTrainerWith } from '../editors/trainer-launch';

export default defineBackground(() => {
  startDatabase();
  browser.runtime.onMessage.addListener((message, sender) => handlePageMessage(message, sender));
  followSites();
  followTabs();
  createSelectionMenu();
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openTrainerWith(info.selectionText);
  });
});
