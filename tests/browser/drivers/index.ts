/** Start a test browser by name, and one per test file with `useBrowser`. */
import { afterAll, beforeAll } from 'vitest';
import { startChromium } from './chromium';
import { startFirefox } from './firefox';
import type { BrowserName, TestBrowser } from './types';

export * from './types';

/** Both, unless KLARETAAL_BROWSERS names some (`chromium`, `firefox`, `chromium,firefox`). */
export const BROWSERS: BrowserName[] = (process.env.KLARETAAL_BROWSERS?.split(',') ?? ['chromium', 'firefox']).filter(
  (b): b is BrowserName => b === 'chromium' || b === 'firefox',
);

export const startBrowser = (name: BrowserName): Promise<TestBrowser> => (name === 'chromium' ? startChromium() : startFirefox());

/** One browser for the tests of a `describe` block: started before them, closed after them. */
export function useBrowser(name: BrowserName): () => TestBrowser {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await startBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
