import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wordsRevisionItem } from '../storage/revision';
import { settingsItem } from '../storage/settings';
import { askBackground, type FieldCounts, type TabMessage } from '../extension/messages';
import { requestCheck } from '../page/check-request';
import { PageController } from '../page/controller';
import { stopsHere } from '../extension/sites';

const STARTED = Symbol.for('klaretaal.page');

export default defineUnlistedScript(() => {
  // Injected once per frame; a second injection (a second focus before the first finished) does nothing.
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[STARTED]) return;
  global[STARTED] = true;
  const page = new PageController(document, {
    // The background checks the text: the engine and the user's words live there, loaded once for all tabs.
    check: requestCheck,
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
