/** The test interface over Chromium: the test build in Debian's Chromium, driven by playwright-core. */
import type { Frame, Page } from 'playwright-core';
import { editorFrame, startSession, type Session } from '../harness';
import { startTrace } from '../trace';
import { probeExpression, splitKeys, tabIdExpression } from './probe';
import type { Probe, TestBrowser, TestPage } from './types';

const READY = () => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true);

/**
 * Uncaught errors of the page and of our content scripts. Content scripts run in an isolated world: their
 * errors reach only the page's DevTools session, tagged with that world's execution context.
 */
async function recordErrors(session: Session, page: Page, label: string, errors: string[]): Promise<void> {
  page.on('pageerror', (error) => errors.push(`${label}: ${error.message}`));
  const cdp = await session.context.newCDPSession(page);
  const ourWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith(`chrome-extension://${session.extensionId}`)) ourWorlds.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const url = exceptionDetails.url ?? exceptionDetails.stackTrace?.callFrames[0]?.url ?? '';
    if (url.startsWith('chrome-extension://') || ourWorlds.has(exceptionDetails.executionContextId ?? -1)) {
      errors.push(`${label} (content script): ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  await cdp.send('Runtime.enable');
}

function wrap(session: Session, page: Page): TestPage {
  const frame = (): Promise<Frame> => editorFrame(page);
  const worker = () => session.context.serviceWorkers()[0];
  const tabId = () => worker().evaluate(tabIdExpression('chrome', page.url())) as Promise<number>;
  return {
    get url() {
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateSource: (source) => page.evaluate(source),
    evaluateInEditor: async (fn, arg) => (await frame()).evaluate(fn as never, arg as never),
    async editorOrigin() {
      const element = await (await frame()).frameElement().catch(() => null);
      if (!element) return { x: 0, y: 0 };
      return element.evaluate((node) => {
        const r = (node as Element).getBoundingClientRect();
        return { x: r.left + (node as Element).clientLeft, y: r.top + (node as Element).clientTop };
      });
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    async press(keys) {
      const [modifiers, key] = splitKeys(keys);
      await page.keyboard.press([...modifiers, key].join('+'));
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async probe() {
      return (await worker().evaluate(probeExpression('chrome', await tabId()))) as Probe;
    },
    tabId,
    async reload() {
      await page.reload();
      await page.waitForFunction(READY).catch(() => undefined);
    },
    close: () => page.close(),
    async traceTasks() {
      return startTrace(await session.context.newCDPSession(page));
    },
  };
}

export async function startChromium(): Promise<TestBrowser> {
  const session = await startSession();
  const errors: string[] = [];
  let opened = 0;
  // The service worker's own uncaught errors, from now on.
  await session.context.serviceWorkers()[0].evaluate(() => {
    const g = globalThis as unknown as { __testErrors: string[] };
    g.__testErrors = [];
    self.addEventListener('error', (e) => g.__testErrors.push(String((e as ErrorEvent).message)));
    self.addEventListener('unhandledrejection', (e) => g.__testErrors.push(String((e as PromiseRejectionEvent).reason)));
  });
  return {
    name: 'chromium',
    baseUrl: session.baseUrl,
    requests: session.requests,
    welcomed: session.welcomed,
    async open(fixture, { host } = {}) {
      const page = await session.context.newPage();
      await recordErrors(session, page, fixture, errors);
      // A query of its own, so the extension can tell this tab from others with the same fixture.
      await page.goto(`${host ? session.baseUrl.replace('127.0.0.1', host) : session.baseUrl}/${fixture}.html?page=${++opened}`);
      await page.waitForFunction(READY);
      return wrap(session, page);
    },
    async extensionPage(path) {
      const page = await session.context.newPage();
      await recordErrors(session, page, path, errors);
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrap(session, page);
    },
    background: (fn, arg) => session.context.serviceWorkers()[0].evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`),
    async errors() {
      const worker = session.context.serviceWorkers()[0];
      const own = worker
        ? await worker.evaluate(() => (globalThis as unknown as { __testErrors?: string[] }).__testErrors ?? []).catch(() => [])
        : [];
      return [...errors, ...own.map((e) => `background: ${e}`)];
    },
    close: () => session.close(),
  };
}
