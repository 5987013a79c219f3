/**
 * `npm run bench:page` (not a test): what the extension costs while someone types, in Chromium.
 * Types into a 2,000-word contenteditable and a 2,000-word textarea, with the test build loaded and without
 * any extension, and reports:
 * - main-thread time the extension adds per keystroke (median over keystrokes; page-side handler time from
 *   the first to the last listener of keydown, keypress, beforeinput and input, with minus without),
 * - time from the last keystroke to updated underlines (including our pause before checking),
 * - the longest task while typing (PerformanceObserver "longtask", with and without),
 * - the content script's start-up cost on a page without editors (Chromium trace of its evaluation).
 * Run `npm run build:test` first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dutchText } from './corpus';
import { CHROMIUM, EXTENSION_DIR } from '../browser/harness';
import { startFixtureServer } from '../browser/server';
import { LOADER_SCRIPT } from '../../editors/sites';

const KEYSTROKES = 60;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)];
};

/** An extension whose content script does nothing: what any content script costs Chromium, for comparison. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klaretaal-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'] }] }),
  );
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'content-scripts', 'content.js'), 'void 0;\n');
  return dir;
}

async function launch(extension: string | undefined): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'klaretaal-bench-'));
  const withExtension = extension !== undefined;
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1100, height: 800 }, args });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  if (extension === EXTENSION_DIR) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Installed in the page before anything else: handler time per keystroke and long tasks. */
const PROBE = `
  window.__probe = { handler: [], longest: 0, tasks: [] };
  let start = 0;
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) {
    window.addEventListener(type, () => { start = performance.now(); }, true);
    window.addEventListener(type, () => { window.__probe.handler.push({ type, ms: performance.now() - start }); }, false);
  }
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__probe.tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

async function typeAndMeasure(page: Page, selector: string, frameSelector?: string) {
  const frame = frameSelector ? (await (await page.waitForSelector(frameSelector)).contentFrame())! : page.mainFrame();
  await frame.locator(selector).first().click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(1500); // the first check of the whole text happens here, not while typing
  await frame.evaluate(() => {
    const p = (window as unknown as { __probe: { handler: unknown[]; tasks: number[] } }).__probe;
    p.handler = [];
    p.tasks = [];
  });
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(i % 6 === 5 ? ' ' : 'a');
  const probe = await frame.evaluate(() => (window as unknown as { __probe: { handler: { type: string; ms: number }[]; tasks: number[] } }).__probe);
  // Per keystroke: the sum over its events.
  const perKey: number[] = [];
  let current = 0;
  for (const h of probe.handler) {
    if (h.type === 'keydown' && current > 0) {
      perKey.push(current);
      current = 0;
    }
    current += h.ms;
  }
  if (current > 0) perKey.push(current);
  return { perKey: median(perKey), longest: Math.max(0, ...probe.tasks) };
}

/** Last keystroke → underlines updated: type a word that makes a new finding and watch for it in the page. */
async function timeToUnderline(page: Page, selector: string, kind: 'rich' | 'text'): Promise<number> {
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' reed');
  await page.waitForTimeout(800);
  const counter = kind === 'rich' ? 'richCount' : 'textCount';
  const read = (name: string) => (window as unknown as Record<string, () => number>)[name]();
  const before = await page.evaluate(read, counter);
  // Start the clock in the page at the keystroke itself, and stop it at the frame that shows the new underline.
  await page.evaluate(() => {
    window.addEventListener('keydown', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.type('s');
  return page.evaluate(
    ({ before, counter }) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as Record<string, () => number> & { lastKey: number };
        const tick = () => (w[counter]() > before ? resolve(performance.now() - w.lastKey) : requestAnimationFrame(tick));
        tick();
      }),
    { before, counter },
  );
}
const COUNTERS = `
  window.richCount = () => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('klaretaal-jargon-')) n += h.size; return n; };
  window.textCount = () => document.querySelector('klaretaal-overlay')?.shadowRoot?.querySelectorAll('.box[data-rule="jargon"]').length ?? 0;
`;

async function startupCost(context: BrowserContext, url: string, script: string): Promise<number[]> {
  const costs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await done;
    const ours = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${script}`));
    costs.push(ours.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0));
    await page.close();
  }
  return costs;
}

const server = await startFixtureServer();
const text = dutchText(2000);
const results: Record<string, Record<string, number>> = {};
for (const withExtension of [false, true]) {
  const { context, close } = await launch(withExtension ? EXTENSION_DIR : undefined);
  await context.addInitScript({ content: PROBE + COUNTERS });
  const label = withExtension ? 'with' : 'without';
  for (const [name, selector] of [['contenteditable', '#editor'], ['textarea', '#field']] as const) {
    const page = await context.newPage();
    await page.goto(`${server.url}/${name}.html`);
    await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
    await page.evaluate((t) => (window as unknown as { fixture: { setText(t: string): void } }).fixture.setText(t), text);
    const typing = await typeAndMeasure(page, selector);
    results[`${name} ${label}`] = { perKey: typing.perKey, longest: typing.longest };
    if (withExtension) results[`${name} ${label}`].underline = await timeToUnderline(page, selector, name === 'textarea' ? 'text' : 'rich');
    await page.close();
  }
  if (withExtension) results.startup = { median: median(await startupCost(context, `${server.url}/plain.html`, LOADER_SCRIPT)) };
  await close();
}
{
  const empty = emptyExtension();
  const { context, close } = await launch(empty);
  results.emptyStartup = { median: median(await startupCost(context, `${server.url}/plain.html`, 'content-scripts/content.js')) };
  await close();
  rmSync(empty, { recursive: true, force: true });
}
await server.close();

const ms = (n: number) => `${n.toFixed(2)} ms`;
for (const name of ['contenteditable', 'textarea']) {
  const w = results[`${name} with`];
  const wo = results[`${name} without`];
  console.log(
    `${name} (2,000 words): added per keystroke ${ms(w.perKey - wo.perKey)} (median handler time ${ms(w.perKey)} with, ${ms(wo.perKey)} without); ` +
      `last keystroke → underlines ${ms(w.underline)}; longest task while typing ${ms(w.longest)} (without the extension ${ms(wo.longest)})`,
  );
}
console.log(
  `content script start-up on a page without editors: ${ms(results.startup.median)} (median of 7 loads; an empty content script costs ${ms(results.emptyStartup.median)} in the same measurement)`,
);
