/**
 * The text "Controleer met Klaretaal" opens the trainer page with: through the extension's session storage (never
 * a URL, never the page), taken once by the trainer page.
 */
import { storage } from 'wxt/utils/storage';

export const trainerTextItem = storage.defineItem<string | null>('session:trainerText', { fallback: null });

/** The longest text handed over (the trainer page checks it as a whole). */
export const MAX_TRAINER_TEXT = 200_000;

/** The trainer page: the text it was opened with, once. */
export async function takeTrainerText(): Promise<string> {
  const text = (await trainerTextItem.getValue()) ?? '';
  await trainerTextItem.removeValue();
  return text;
}
