import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wordsRevisionItem } from '../db/revision';
import { settingsItem } from '../db/settings';
import type { WordSnapshot } from '../db/words';
import { sanitizeSettings } from '../engine/settings';
import type { FieldCounts, PageMessage, TabMessage } from '../editors/messages';
import { PageController } from '../editors/page';

const STARTED = Symbol.for('klaretaal.page');

/** The user's words, from the background (this script cannot open the extension's database). */
async function fetchWords(): Promise<WordSnapshot | undefined> {
  try {
    return (await browser.runtime.sendMessage({ type: 'klaretaal:get-words' } satisfies PageMessage)) as WordSnapshot | undefined;
  } catch {
    return undefined; // the background is restarting: check with the built-in words until the next change
  }
}

export default defineUnlistedScript(async () => {
  // Injected once per frame; a second injection (a second focus before the first finished) does nothing.
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[STARTED]) return;
  global[STARTED] = true;
  const send = (message: PageMessage) => void browser.runtime.sendMessage(message);
  // Watch before the first (asynchronous) read, so a change made meanwhile is not missed.
  let page: PageController | undefined;
  let changedSettings: unknown;
  let changedWords = false;
  const refreshWords = () => void fetchWords().then((next) => next && page?.updateWords(next));
  const unwatchSettings = settingsItem.watch((value) => (page ? page.updateSettings(sanitizeSettings(value)) : (changedSettings = value)));
  // A word added, a list removed… on the options page (or in another tab): fetch the new words.
  const unwatchWords = wordsRevisionItem.watch(() => (page ? refreshWords() : (changedWords = true)));
  const [settings, words] = await Promise.all([settingsItem.getValue(), fetchWords()]);
  page = new PageController(document, {
    settings: sanitizeSettings(changedSettings ?? settings),
    words,
    ignoreWord: (word) => send({ type: 'klaretaal:ignore-word', word }),
    disableRule: (rule) => send({ type: 'klaretaal:disable-rule', rule }),
  });
  if (changedWords) refreshWords();
  const onMessage = (message: unknown): Promise<FieldCounts> | undefined => {
    const type = (message as Partial<TabMessage> | null)?.type;
    if (type === 'klaretaal:counts') {
      // Only the frame with the field answers; the popup takes the first answer.
      const counts = page?.counts();
      return counts ? Promise.resolve({ counts }) : undefined;
    }
    if (type !== 'klaretaal:stop') return undefined;
    // Switched off for this site from the popup: take everything away, right now.
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
