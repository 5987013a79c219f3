import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wordsRevisionItem } from '../storage/revision';
import { settingsItem } from '../storage/settings';
import { askBackground, TEXT_PART, type FieldCounts, type TabMessage } from '../extension/messages';
import { PageController } from '../page/controller';
import { splitText } from '../page/positions';
import { stopsHere } from '../extension/sites';

const STARTED = Symbol.for('klaretaal.page');

/**
 * The background checks the text (the engine and the user's words live there, loaded once for all tabs). A long
 * text goes in parts, each in a task of its own, so copying it into a message never blocks the page.
 */
async function check(text: string, field: string) {
  const parts = splitText(text, TEXT_PART);
  let reply;
  for (let part = 0; part < parts.length; part++) {
    reply = await askBackground({ type: 'klaretaal:check', text: parts[part], field, part, parts: parts.length });
  }
  return reply && 'findings' in reply ? reply : undefined;
}

export default defineUnlistedScript(() => {
  // Injected once per frame; a second injection (a second focus before the first finished) does nothing.
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[STARTED]) return;
  global[STARTED] = true;
  const page = new PageController(document, {
    check,
    // A choice the background stores; false when it could not (the page then keeps what it shows).
    ignoreWord: async (word) => (await askBackground({ type: 'klaretaal:ignore-word', word }))?.stored === true,
    disableRule: async (rule) => (await askBackground({ type: 'klaretaal:disable-rule', rule }))?.stored === true,
  });
  // Settings or words changed (on the options page, in another tab): check again with them.
  const unwatchSettings = settingsItem.watch(() => page.recheckAll());
  const unwatchWords = wordsRevisionItem.watch(() => page.recheckAll());
  const onMessage = (message: unknown): Promise<FieldCounts> | undefined => {
    const m = message as Partial<TabMessage> | null;
    if (m?.type === 'klaretaal:counts') {
      // Only the frame with the field answers; the popup takes the first answer.
      const counts = page.counts();
      return counts ? Promise.resolve({ counts }) : undefined;
    }
    if (m?.type !== 'klaretaal:stop' || !Array.isArray(m.sites) || !stopsHere({ sites: m.sites }, location.href)) return undefined;
    // Switched off for this site: take everything away, right now.
    stop();
    return undefined;
  };
  const stop = () => {
    clearInterval(alive);
    page.destroy();
    global[STARTED] = false;
    try {
      unwatchSettings();
      unwatchWords();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: there is nothing left to unhook.
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  page.attachActive();
  // Updated or removed, the extension leaves this script behind without a runtime (Chromium): then take everything
  // away. Firefox stops the script at once; then our layer hides itself when the heartbeat stops (overlay.ts).
  const alive = setInterval(() => {
    if ((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) return page.beat();
    stop();
  }, 2000);
});
