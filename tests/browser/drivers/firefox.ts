/**
 * The test interface over Firefox: the Firefox test build (`.output/firefox-mv2-test`) installed as a temporary
 * add-on in Debian's Firefox ESR, driven headless by puppeteer-core over WebDriver BiDi (no geckodriver, no
 * download). What it takes is in ../shared/research/firefox.md.
 */
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { startFixtureServer } from '../server';
import { probeExpression, splitKeys, tabIdExpression } from './probe';
import { FOREIGN_HOST, type Probe, type TestBrowser, type TestPage } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  process.env.KLARETAAL_OUT ?? '.output',
  'firefox-mv2-test',
);
const GECKO_ID = 'klaretaal@klaretaal.be';
/** A fixed moz-extension:// origin for the extension's pages. */
const UUID = '6d1f6c0e-3a59-4c5e-9b7e-2f4a8c1d9e37';
/** As in Chromium (harness.ts), so positions and wrapping match. */
const VIEWPORT = { width: 1100, height: 800 };
const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((f) => f)';
const READY = () => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true);

/**
 * moz-extension:// navigations never report their load as finished: start one, then wait for the page itself.
 * A poll that runs while the navigation replaces the first page can fail in Firefox's WebDriver BiDi ("right-hand
 * side of 'in' should be an object, got null"): then poll again, until the same deadline.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (target: string) => location.href === target && document.readyState === 'complete',
        { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
        url,
      );
      break;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await page.evaluate(NAME_HELPER);
}

async function editorFrame(page: Page): Promise<Frame> {
  const selector = await page.evaluate(() => (window as unknown as { fixture: { frame?: string } }).fixture.frame);
  if (!selector) return page.mainFrame();
  const handle = await page.waitForSelector(selector);
  return (await handle!.contentFrame())!;
}

/**
 * Everything Firefox sends beyond this machine goes through this recording proxy (and fails there). Firefox
 * itself keeps asking its own services (remote settings at *.mozilla.com) whatever the preferences say; those
 * are the browser's, not ours, and are left out of `requests`.
 */
async function startRecordingProxy(record: (url: string) => void): Promise<{ port: number; close(): Promise<void> }> {
  const own = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)(:\d+)?$/;
  const proxy = createServer((request, response) => {
    const url = request.url ?? '';
    if (!own.test(new URL(url, 'http://unknown').host)) record(url);
    response.writeHead(502).end();
  });
  proxy.on('connect', (request: { url?: string }, socket: { end(s: string): void }) => {
    const host = request.url ?? '';
    if (!own.test(host)) record(`https://${host}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { port: (proxy.address() as AddressInfo).port, close: () => new Promise((resolve) => proxy.close(() => resolve())) };
}

/**
 * A profile Firefox has started with once, shared by every test browser of this Firefox build: a copy of it
 * starts in about 3 s, a new profile in 5 (Firefox's first run in a profile). Each browser gets its own copy.
 */
async function profileTemplate(): Promise<string> {
  const template = join(tmpdir(), `klaretaal-firefox-template-${statSync(FIREFOX).mtimeMs}`);
  if (existsSync(join(template, 'ready'))) return template;
  const building = mkdtempSync(join(tmpdir(), 'klaretaal-firefox-new-'));
  const first = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: building });
  await first.close();
  writeFileSync(join(building, 'ready'), '');
  // Another test file's browser may have made one at the same time: keep theirs.
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

export async function startFirefox(): Promise<TestBrowser> {
  const server = await startFixtureServer();
  const requests: string[] = [];
  const proxy = await startRecordingProxy((url) => requests.push(url));
  const profile = mkdtempSync(join(tmpdir(), 'klaretaal-firefox-'));
  cpSync(await profileTemplate(), profile, { recursive: true, filter: (path) => !/(ready|lock)$/.test(path) });
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Without it, WebDriver BiDi refuses to open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // permissions.request() is granted without the door-hanger a headless browser cannot answer; it still
      // needs a real user gesture in the page that calls it.
      'extensions.webextOptionalPermissionPrompts': false,
      // The foreign host name resolves to this machine.
      'network.dns.localDomains': FOREIGN_HOST,
      // Every other request goes through the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': `localhost, 127.0.0.1, ${FOREIGN_HOST}`,
    },
  });
  const errors: string[] = [];
  let opened = 0;
  // Uncaught errors of extension scripts (background, pages, content scripts) are printed by Firefox itself.
  const output = (data: Buffer) => {
    for (const line of String(data).split('\n')) if (/JavaScript error: moz-extension:\/\//.test(line)) errors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', output);
  browser.process()?.stderr?.on('data', output);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const origin = `moz-extension://${UUID}`;

  // One extension page stays open to reach the extension's APIs (tabs, scripting, storage, the background page).
  let helper: Page | undefined;
  const extension = async <R>(expression: string): Promise<R> => {
    const open = async () => {
      helper = await browser.newPage();
      await gotoExtensionPage(helper, `${origin}/popup.html`);
    };
    if (!helper || helper.isClosed()) await open();
    try {
      return (await helper!.evaluate(expression)) as R;
    } catch (error) {
      // The extension reloaded (an update): its pages went with it. Open the helper page again, once.
      if (!/no such frame|Browsing Context/i.test(String(error))) throw error;
      await open();
      return (await helper!.evaluate(expression)) as R;
    }
  };
  // The install opens the welcome page once: note it and close it (from the extension's side: the driver does not
  // list tabs the extension opened), so tests start from their own tabs.
  let welcomed = false;
  for (const deadline = Date.now() + 5000; !welcomed && Date.now() < deadline;) {
    welcomed = await extension<boolean>(`(async () => {
      const views = browser.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/welkom.html');
      for (const view of views) await browser.tabs.remove((await view.browser.tabs.getCurrent()).id);
      return views.length > 0;
    })()`);
    if (!welcomed) await new Promise((r) => setTimeout(r, 100));
  }
  await extension(`(() => {
    const background = browser.extension.getBackgroundPage();
    background.__testRejections = [];
    background.addEventListener('unhandledrejection', (e) => background.__testRejections.push(String(e.reason)));
  })()`);

  const track = (page: Page, label: string) => {
    page.on('pageerror', (error) => errors.push(`${label}: ${(error as Error).message}`));
    page.on('request', (request) => requests.push(request.url()));
  };

  const wrap = (page: Page): TestPage => {
    // By its address; without a permission for the site the extension does not see addresses: then bring
    // the tab to the front and take the active one.
    const tabId = () =>
      extension<number>(tabIdExpression('browser', page.url())).catch(async () => {
        await page.bringToFront();
        return extension<number>(`browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`);
      });
    return {
      get url() {
        return page.url();
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
      evaluateSource: (source) => page.evaluate(source),
      evaluateInEditor: async (fn, arg) => (await editorFrame(page)).evaluate(fn as never, arg as never) as never,
      async editorOrigin() {
        const selector = await page.evaluate(() => (window as unknown as { fixture?: { frame?: string } }).fixture?.frame);
        if (!selector) return { x: 0, y: 0 };
        return page.$eval(selector, (el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
        });
      },
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      async press(keys) {
        const [modifiers, key] = splitKeys(keys);
        for (const m of modifiers) await page.keyboard.down(m as KeyInput);
        await page.keyboard.press(key as KeyInput);
        for (const m of modifiers.reverse()) await page.keyboard.up(m as KeyInput);
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      async screenshot(path) {
        await page.screenshot({ path: path as `${string}.png` });
      },
      async probe() {
        return extension<Probe>(probeExpression('browser', await tabId()));
      },
      tabId,
      async reload() {
        await page.reload();
        await page.waitForFunction(READY).catch(() => undefined);
      },
      close: () => page.close(),
    };
  };

  return {
    name: 'firefox',
    baseUrl: server.url,
    requests,
    welcomed,
    async open(fixture, { host } = {}) {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      track(page, fixture);
      await page.evaluateOnNewDocument(NAME_HELPER);
      // A query of its own, so the extension can tell this tab from others with the same fixture.
      await page.goto(`${host ? server.url.replace('127.0.0.1', host) : server.url}/${fixture}.html?page=${++opened}`);
      await page.waitForFunction(READY);
      return wrap(page);
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      track(page, path);
      await gotoExtensionPage(page, `${origin}/${path}`);
      return wrap(page);
    },
    background: (fn, arg) => extension(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`),
    async errors() {
      // Firefox prints uncaught exceptions, but not unhandled promise rejections: those the background page keeps.
      const rejected = await extension<string[]>('(browser.extension.getBackgroundPage().__testRejections ?? [])').catch(() => []);
      return [...errors, ...rejected.map((r) => `background: ${r}`)];
    },
    async close() {
      await browser.close();
      await server.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
