/**
 * After installing, the welcome page opens once; after an update nothing opens, the popup says what is new
 * for a week instead (a user in the middle of a letter must not get a new tab).
 */
import { browser } from 'wxt/browser';
import { updatedAtItem } from '../storage/updates';

export function followInstalls(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welkom.html') });
    if (reason === 'update') void updatedAtItem.setValue(Date.now());
  });
}
