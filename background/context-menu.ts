/** "Controleer met Klaretaal" on selected text: open the trainer page with that text (storage/trainer-text.ts). */
import { browser } from 'wxt/browser';
import { nl } from '../locales/nl';
import { MAX_TRAINER_TEXT, trainerTextItem } from '../storage/trainer-text';

export const MENU_ID = 'klaretaal-check-selection';

export function createSelectionMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: nl.ui.trainer.menu, contexts: ['selection'] }, () => {
    // Created again on every start of the background: "already exists" is fine.
    void browser.runtime.lastError;
  });
}

export async function openTrainerWith(text: string): Promise<void> {
  await trainerTextItem.setValue(text.slice(0, MAX_TRAINER_TEXT));
  await browser.tabs.create({ url: browser.runtime.getURL('/oefenen.html') });
}
