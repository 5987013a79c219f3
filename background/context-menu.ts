/**
 * "Controleer met Klaretaal" on selected text: open the trainer page with that text. The text goes through the
 * extension's session storage (never a URL, never the page), and the trainer page takes it once.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { nl } from '../locales/nl';

export const MENU_ID = 'klaretaal-check-selection';
export const trainerTextItem = storage.defineItem<string | null>('session:trainerText', { fallback: null });

export function createSelectionMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: nl.ui.trainer.menu, contexts: ['selection'] }, () => {
    // Created again on every start of the background: "already exists" is fine.
    void browser.runtime.lastError;
  });
}

export async function openTrainerWith(text: string): Promise<void> {
  await trainerTextItem.setValue(text.slice(0, 200_000));
  await browser.tabs.create({ url: browser.runtime.getURL('/oefenen.html') });
}

/** The trainer page: the text it was opened with, once. */
export async function takeTrainerText(): Promise<string> {
  const text = (await trainerTextItem.getValue()) ?? '';
  await trainerTextItem.removeValue();
  return text;
}
