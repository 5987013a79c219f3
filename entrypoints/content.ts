import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { waitForField } from '../editors/loader';
import type { PageMessage } from '../editors/messages';
import { WEBMAIL_MATCHES } from '../editors/sites';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = waitForField(window, () => {
      if (ctx.isValid) void browser.runtime.sendMessage({ type: 'klaretaal:activate' } satisfies PageMessage);
    });
    ctx.onInvalidated(stop);
    // Switched off for this site from the popup before a field was used.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'klaretaal:stop') stop();
    });
  },
});
