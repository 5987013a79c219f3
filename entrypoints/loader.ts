import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { waitForField } from '../page/loader';
import type { BackgroundMessage } from '../extension/messages';

/**
 * The content script of every matched page (listed in the manifest by wxt.config.ts). It runs on every page
 * load, so it is a plain script: no framework wrapper and no extension API until a field gets focus (the
 * first use of the extension API costs Chromium milliseconds). The background then starts the page script,
 * if the site is still on.
 */
export default defineUnlistedScript(() => {
  waitForField(window, () => {
    const runtime = (
      globalThis as unknown as { chrome?: { runtime?: { id?: string; sendMessage(m: BackgroundMessage): Promise<unknown> } } }
    ).chrome?.runtime;
    // After an update or uninstall the old script has no runtime left: then it simply does nothing.
    if (runtime?.id) void runtime.sendMessage({ type: 'klaretaal:activate' }).catch(() => undefined);
  });
});
