/**
 * The channels the browser tests rely on can fail. A request that leaves the machine shows up in `requests`
 * (every other test file expects none). The error channel: an uncaught error in an extension page, in the background
 * and in a content script of ours each shows up in `errors()`, in Chromium and in Firefox. (Every other test
 * file ends by expecting that list to be empty.)
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './drivers';
import { nonLoopback } from './harness';
import { focusEditor, until } from './measure';

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);

  it('records uncaught errors of extension pages, the background and content scripts', async () => {
    const extensionPage = await browser().extensionPage('popup.html');
    await extensionPage.evaluateSource(`setTimeout(() => { throw new Error('probe-extension-page'); }, 0)`);

    await browser().background((api) => {
      // Firefox: the extension page reaches the background page; Chromium: this runs in the service worker.
      const background = api.extension?.getBackgroundPage?.() ?? globalThis;
      background.setTimeout(() => {
        throw new Error('probe-background');
      }, 0);
      background.setTimeout(() => void background.Promise.reject(new background.Error('probe-rejection')), 0);
    });

    const page = await browser().open('textarea');
    await focusEditor(page); // our page script starts: the isolated world of our content scripts exists
    await page.type('Hallo.');
    await until(() => page.probe().then((p) => p.present), Boolean);
    const tabId = await page.tabId();
    await browser().background(
      (api, id) =>
        api.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            setTimeout(() => {
              throw new Error('probe-content-script');
            }, 0);
          },
        }),
      tabId,
    );
    const probes = ['probe-extension-page', 'probe-background', 'probe-rejection', 'probe-content-script'];
    const errors = await until(
      () => browser().errors(),
      (e) => probes.every((p) => e.some((x) => x.includes(p))),
    );
    for (const probe of probes) expect(errors.filter((e) => e.includes(probe)).length, probe).toBeGreaterThan(0);
    await page.close();
    await extensionPage.close();
  });

  it('records a request that leaves the machine', async () => {
    const page = await browser().open('plain');
    await page.evaluate(() => void fetch('http://klaretaal-probe.example/leak').catch(() => undefined));
    const leaked = await until(
      async () => nonLoopback(browser().requests),
      (r) => r.length > 0,
    );
    expect(leaked.some((url) => url.includes('klaretaal-probe.example'))).toBe(true);
    await page.close();
  });
});
