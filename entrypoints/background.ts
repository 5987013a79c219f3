import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { followTabs } from '../background/check-service';
import { startDatabase } from '../background/database';
import { handlePageMessage } from '../background/page-messages';
import { followInstalls } from '../background/install';
import { followSites } from '../background/sites';
import { createSelectionMenu, MENU_ID, openTrainerWith } from '../background/context-menu';

export default defineBackground(() => {
  followInstalls();
  startDatabase();
  browser.runtime.onMessage.addListener((message, sender) => handlePageMessage(message, sender));
  followSites();
  followTabs();
  createSelectionMenu();
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openTrainerWith(info.selectionText);
  });
});
