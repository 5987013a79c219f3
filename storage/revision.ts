/**
 * "The words changed": a tiny value in the extension's storage that every open tab watches. A tab that sees it
 * change asks the background for a fresh word snapshot (content scripts cannot open the database themselves).
 */
import { storage } from 'wxt/utils/storage';

export const wordsRevisionItem = storage.defineItem<string>('local:wordsRevision', { fallback: '' });

export async function wordsChanged(): Promise<void> {
  await wordsRevisionItem.setValue(crypto.randomUUID());
}
