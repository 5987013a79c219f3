/** When the extension was last updated (not installed): the popup shows what is new for a week after. */
import { storage } from 'wxt/utils/storage';

export const updatedAtItem = storage.defineItem<number | null>('local:updatedAt', { fallback: null, version: 1 });

/** How long "Wat is nieuw" stays in the popup after an update. */
export const WHATS_NEW_DAYS = 7;

export const showsWhatsNew = (updatedAt: number | null, now: number): boolean =>
  updatedAt !== null && now - updatedAt >= 0 && now - updatedAt < WHATS_NEW_DAYS * 24 * 60 * 60 * 1000;
