/**
 * Browser tests: the built test extension (`npm run build:test` → .output/chrome-mv3-test) in Debian's
 * Chromium, driven by playwright-core, against the fixture pages served on 127.0.0.1. Every request of the
 * whole run is recorded, so a test can prove that nothing left the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
import { startFixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', process.env.KLARETAAL_OUT ?? '.output', 'chrome-mv3-test');
export { CHROMIUM, CHROMIUM_ARGS };

export interface Session {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  /** Every URL any page, frame or worker of the browser requested. */
  requests: string[];
  /** The welcome page opened by itself after the install (then closed, so tests start from their own tabs). */
  welcomed: boolean;
  open(fixture: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(profileDir?: string): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No test build in ${EXTENSION_DIR}: run npm run build:test first.`);
  const server = await startFixtureServer();
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'klaretaal-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  // Test code runs through esbuild, which may wrap functions in `__name(…)`; functions we hand to
  // page.evaluate need that helper in the page.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const requests: string[] = [];
  // Pages, frames and the extension's service worker all report here.
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a fresh install: the welcome page opens once. A second start on the same profile is none.
  const welcome = profileDir ? undefined : await until(() => context.pages().find((p) => p.url().endsWith('/welkom.html')));
  await welcome?.close();
  return {
    context,
    extensionId,
    baseUrl: server.url,
    requests,
    welcomed: welcome !== undefined,
    async open(fixture: string) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${fixture}.html`);
      await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The first value `get` gives that is not undefined, polled for up to `timeout` ms. */
export async function until<T>(get: () => T | undefined, timeout = 5000): Promise<T | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = get();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The frame that holds the fixture's editable element. */
export async function editorFrame(page: Page): Promise<Frame> {
  const selector = await page.evaluate(() => (window as unknown as { fixture: { frame?: string } }).fixture.frame);
  if (!selector) return page.mainFrame();
  const handle = await page.waitForSelector(selector);
  return (await handle.contentFrame())!;
}

/** Requests that went anywhere but this machine. */
export function nonLoopback(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (
      protocol === 'chrome-extension:' ||
      protocol === 'moz-extension:' ||
      protocol === 'data:' ||
      protocol === 'blob:' ||
      protocol === 'about:'
    )
      return false;
    return hostname !== '127.0.0.1' && hostname !== 'localhost';
  });
}

/**
 * One browser session for a test file, started before its tests and closed after them; `pageErrors` collects
 * every uncaught error of the pages opened with `open`.
 */
export function useSession(): { session: () => Session; open(fixture: string): Promise<Page>; pageErrors: string[] } {
  let session: Session | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    session: () => session!,
    pageErrors,
    async open(fixture: string) {
      const page = await session!.open(fixture);
      page.on('pageerror', (error) => pageErrors.push(`${fixture}: ${error.message}`));
      return page;
    },
  };
}
