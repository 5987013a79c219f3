import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { settingsItem } from '../db/settings';
import { sanitizeSettings } from '../engine/settings';
import type { PageMessage, TabMessage } from '../editors/messages';
import { PageController } from '../editors/page';

const STARTED = Symbol.for('klaretaal.page');

export default defineUnlistedScript(async () => {
  // Injected once per frame; a second injection (a second focus before the first finished) does nothing.
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[STARTED]) return;
  global[STARTED] = true;
  const send = (message: PageMessage) => void browser.runtime.sendMessage(message);
  const page = new PageController(document, {
    settings: sanitizeSettings(await settingsItem.getValue()),
    ignoreWord: (word) => send({ type: 'klaretaal:ignore-word', word }),
    disableRule: (rule) => send({ type: 'klaretaal:disable-rule', rule }),
  });
  const unwatch = settingsItem.watch((value) => page.updateSettings(sanitizeSettings(value)));
  // Switched off for this site from the popup: take everything away, right now.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as Partial<TabMessage> | null)?.type !== 'klaretaal:stop') return;
    unwatch();
    page.destroy();
    global[STARTED] = false;
  });
  page.attachActive();
});
