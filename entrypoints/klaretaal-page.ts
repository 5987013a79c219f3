import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CheckReply } from '../background/check-service';
import { wordsRevisionItem } from '../storage/revision';
import { settingsItem } from '../storage/settings';
import { TEXT_PART, type FieldCounts, type PageMessage, type Stored, type TabMessage } from '../extension/messages';
import { PageController } from '../page/controller';
import { splitText } from '../page/positions';
import { stopsHere } from '../storage/sites';

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

/**
 * The background checks the text (the engine and the user's words live there, loaded once for all tabs). A long
 * text goes in parts, each in a task of its own, so copying it into a message never blocks the page.
 */
async function check(text: string, field: string) {
  const parts = splitText(text, TEXT_PART);
  let reply: CheckReply | undefined;
  for (let part = 0; part < parts.length; part++) {
    reply = await ask<CheckReply>({ type: 'klaretaal:check', text: parts[part], field, part, parts: parts.length });
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
    ignoreWord: (word) => store({ type: 'klaretaal:ignore-word', word }),
    disableRule: (rule) => store({ type: 'klaretaal:disable-rule', rule }),
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
    unwatchSettings();
    unwatchWords();
    browser.runtime.onMessage.removeListener(onMessage);
    page.destroy();
    global[STARTED] = false;
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  page.attachActive();
});
