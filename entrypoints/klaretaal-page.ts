import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wordsRevisionItem } from '../db/revision';
import { settingsItem } from '../db/settings';
import type { WordSnapshot } from '../db/words';
import { sanitizeSettings } from '../engine/settings';
import type { FieldCounts, PageMessage, Stored, TabMessage } from '../editors/messages';
import { PageController } from '../editors/page';
import { stopsHere } from '../editors/site-access';

const STARTED = Symbol.for('klaretaal.page');

async function ask<T>(message: PageMessage): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T | undefined;
  } catch {
    return undefined; // the background is restarting, or the extension was updated or removed
  }
}

/** A choice the background stores for us; false when it could not (the page then keeps what it shows). */
const store = async (message: PageMessage) => (await ask<Stored>(message))?.stored === true;

export default defineUnlistedScript(async () => {
  // Injected once per frame; a second injection (a second focus before the first finished) does nothing.
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[STARTED]) return;
  global[STARTED] = true;
  // Watch before the first (asynchronous) read, so a change made meanwhile is not missed.
  let page: PageController | undefined;
  let changedSettings: unknown;
  let changedWords = false;
  // The user's words, from the background (this script cannot open the extension's database).
  const fetchWords = () => ask<WordSnapshot>({ type: 'klaretaal:get-words' });
  const refreshWords = () => void fetchWords().then((next) => next && page?.updateWords(next));
  const unwatchSettings = settingsItem.watch((value) => (page ? page.updateSettings(sanitizeSettings(value)) : (changedSettings = value)));
  // A word added, a list removed… on the options page (or in another tab): fetch the new words.
  const unwatchWords = wordsRevisionItem.watch(() => (page ? refreshWords() : (changedWords = true)));
  const [settings, words] = await Promise.all([settingsItem.getValue(), fetchWords()]);
  page = new PageController(document, {
    settings: sanitizeSettings(changedSettings ?? settings),
    words,
    ignoreWord: (word) => store({ type: 'klaretaal:ignore-word', word }),
    disableRule: (rule) => store({ type: 'klaretaal:disable-rule', rule }),
  });
  if (changedWords) refreshWords();
  const onMessage = (message: unknown): Promise<FieldCounts> | undefined => {
    const m = message as Partial<TabMessage> | null;
    if (m?.type === 'klaretaal:counts') {
      // Only the frame with the field answers; the popup takes the first answer.
      const counts = page?.counts();
      return counts ? Promise.resolve({ counts }) : undefined;
    }
    if (m?.type !== 'klaretaal:stop' || !Array.isArray(m.sites) || !stopsHere({ sites: m.sites }, location.href)) return undefined;
    // Switched off for this site: take everything away, right now.
    unwatchSettings();
    unwatchWords();
    browser.runtime.onMessage.removeListener(onMessage);
    page?.destroy();
    global[STARTED] = false;
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  page.attachActive();
});
