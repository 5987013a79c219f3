/**
 * `npm run bench:page` (not a test): what the extension costs in a page, in Chromium, with the test build and
 * without any extension in the same run.
 * - Typing into a 2,000-word contenteditable and textarea: main-thread time the extension adds per keystroke
 *   (median handler time from the first to the last listener of keydown, keypress, beforeinput and input, with
 *   minus without); the longest task of ours while typing; last keystroke → updated underlines.
 * - Huge input: a 2 MB paste and one 200,000-letter word, in a contenteditable and a textarea: the longest
 *   task of ours (from a performance trace: time in chrome-extension:// scripts, layout they forced
 *   included; budget 50 ms), and the longest task of anyone on the page, with and without the extension.
 * - The first check after focus of a 500-word letter: the longest task of ours.
 * - The content script's start-up on a page without editors (trace of its evaluation).
 * Run `npm run build:test` first (`npm run bench:page` does).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dutchText } from './corpus';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR, until } from '../browser/harness';
import { probeExpression, tabIdExpression } from '../browser/drivers/probe';
import { startFixtureServer } from '../browser/server';
import { startTrace, type TaskReport } from '../browser/trace';
import { LOADER_SCRIPT } from '../../extension/sites';

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
    JSON.stringify({
      manifest_version: 3,
      name: 'empty',
      version: '1',
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'] }],
    }),
  );
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'content-scripts', 'content.js'), 'void 0;\n');
  return dir;
}

async function launch(extension: string | undefined): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'klaretaal-bench-'));
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args,
  });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  if (extension === EXTENSION_DIR && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  // A fresh install opens the welcome page in front: close it, or the measured pages run behind it (Chromium gives a
  // page behind another one animation frame a second: underlines a second late).
  if (extension === EXTENSION_DIR) await (await until(() => context.pages().find((p) => p.url().endsWith('/welkom.html'))))?.close();
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Installed in the page before anything else: handler time per keystroke. */
const HANDLER_PROBE = `
  window.__probe = { handler: [] };
  let start = 0;
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) {
    window.addEventListener(type, () => { start = performance.now(); }, true);
    window.addEventListener(type, () => { window.__probe.handler.push({ type, ms: performance.now() - start }); }, false);
  }
`;

async function openFixture(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
  return page;
}

async function trace(context: BrowserContext, page: Page, during: () => Promise<void>): Promise<TaskReport> {
  const stop = await startTrace(await context.newCDPSession(page));
  try {
    await during();
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return stop();
  }
}

async function typing(context: BrowserContext, page: Page, selector: string) {
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(1500); // the first check of the whole text happens here, not while typing
  await page.evaluate(() => {
    (window as unknown as { __probe: { handler: unknown[] } }).__probe.handler = [];
  });
  const tasks = await trace(context, page, async () => {
    for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(i % 6 === 5 ? ' ' : 'a');
    await page.waitForTimeout(600);
  });
  const handler = await page.evaluate(
    () => (window as unknown as { __probe: { handler: { type: string; ms: number }[] } }).__probe.handler,
  );
  // Per keystroke: the sum over its events.
  const perKey: number[] = [];
  let current = 0;
  for (const h of handler) {
    if (h.type === 'keydown' && current > 0) {
      perKey.push(current);
      current = 0;
    }
    current += h.ms;
  }
  if (current > 0) perKey.push(current);
  return { perKey: median(perKey), tasks };
}

/**
 * Last keystroke → underlines updated. Our layer is closed to the page, so the extension itself watches it: a
 * script in our isolated world notes when a new jargon underline appears, on the page's own clock.
 */
async function timeToUnderline(context: BrowserContext, page: Page, selector: string): Promise<number> {
  const worker = context.serviceWorkers()[0];
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' reed');
  await page.waitForTimeout(800);
  const tabId = (await worker.evaluate(tabIdExpression('chrome', page.url()))) as number;
  const before = (
    JSON.parse(JSON.stringify(await worker.evaluate(probeExpression('chrome', tabId)))) as { marks: { rule: string }[] }
  ).marks.filter((m) => m.rule === 'jargon').length;
  // Counted from the keystroke on: a repaint of the old underlines before it (every half second) is no answer.
  await worker.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (before) => {
    const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('klaretaal-overlay'));
    const count = () => root.querySelectorAll('.mark[data-rule="jargon"]').length;
    globalThis.seenAt = undefined;
    let from;
    document.addEventListener('keydown', () => { from = Math.max(before, count()); }, { capture: true, once: true });
    const seen = new MutationObserver(() => {
      if (from !== undefined && count() > from) { globalThis.seenAt = performance.now(); seen.disconnect(); }
    });
    seen.observe(root, { childList: true, subtree: true });
  }, args: [${before}] })`);
  await page.evaluate(() => {
    window.addEventListener('keydown', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.keyboard.type('s');
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  for (let i = 0; i < 300; i++) {
    await page.waitForTimeout(20);
    const [result] = (await worker.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => globalThis.seenAt ?? null })`,
    )) as { result: number | null }[];
    if (result.result !== null) return result.result - lastKey;
  }
  return NaN;
}

/** The whole text arrives at once with one input event, as with a paste. */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const field = document.querySelector(selector)!;
      if ('value' in field) (field as HTMLTextAreaElement).value = text;
      else
        field.replaceChildren(
          ...text.split('\n').map((line) => {
            const block = document.createElement('div');
            block.append(line || document.createElement('br'));
            return block;
          }),
        );
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    { selector, text },
  );
}

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

const PARAGRAPH =
  'Gelieve het formulier te retourneren teneinde uw dossier te kunnen behandelen. Uw aanvraag wordt door ons behandeld, o.a. uw leefloon.';
const HUGE_INPUTS: [string, string][] = [
  ['a 2 MB paste', Array.from({ length: 15_400 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n\n')],
  ['one 200,000-letter word', `Wij sturen u reeds de brief. ${'abcdefghij'.repeat(20_000)} Gelieve te bellen.`],
];

const server = await startFixtureServer();
const text = dutchText(2000);
const letter = dutchText(500);
const results: Record<string, number> = {};
for (const withExtension of [false, true]) {
  const { context, close } = await launch(withExtension ? EXTENSION_DIR : undefined);
  await context.addInitScript({ content: HANDLER_PROBE });
  const label = withExtension ? 'with' : 'without';
  for (const [name, selector] of [
    ['contenteditable', '#editor'],
    ['textarea', '#field'],
  ] as const) {
    const page = await openFixture(context, `${server.url}/${name}.html`);
    await page.evaluate((t) => (window as unknown as { fixture: { setText(t: string): void } }).fixture.setText(t), text);
    const typed = await typing(context, page, selector);
    results[`${name} typing perKey ${label}`] = typed.perKey;
    results[`${name} typing ours ${label}`] = typed.tasks.longestOurs;
    results[`${name} typing longest ${label}`] = typed.tasks.longestTask;
    if (withExtension) results[`${name} underline`] = await timeToUnderline(context, page, selector);
    await page.close();

    for (const [what, input] of HUGE_INPUTS) {
      const huge = await openFixture(context, `${server.url}/${name}.html`);
      await huge.locator(selector).first().click();
      await huge.keyboard.type('Hallo. ');
      const tasks = await trace(context, huge, async () => {
        await paste(huge, selector, input);
        await huge.waitForTimeout(6000);
      });
      results[`${name} ${what} ours ${label}`] = tasks.longestOurs;
      results[`${name} ${what} longest ${label}`] = tasks.longestTask;
      await huge.close();
    }

    const first = await openFixture(context, `${server.url}/${name}.html`);
    await first.evaluate((t) => (window as unknown as { fixture: { setText(t: string): void } }).fixture.setText(t), letter);
    const tasks = await trace(context, first, async () => {
      await first.locator(selector).first().click();
      await first.waitForTimeout(1500);
    });
    results[`${name} first check ours ${label}`] = tasks.longestOurs;
    await first.close();
  }
  if (withExtension) results.startup = median(await startupCost(context, `${server.url}/plain.html`, LOADER_SCRIPT));
  await close();
}
{
  const empty = emptyExtension();
  const { context, close } = await launch(empty);
  results.emptyStartup = median(await startupCost(context, `${server.url}/plain.html`, 'content-scripts/content.js'));
  await close();
  rmSync(empty, { recursive: true, force: true });
}
await server.close();

const ms = (n: number) => `${n.toFixed(1)} ms`;
for (const name of ['contenteditable', 'textarea']) {
  const r = (key: string) => results[`${name} ${key}`];
  console.log(`\n${name}`);
  console.log(
    `  typing (2,000 words): added per keystroke ${ms(r('typing perKey with') - r('typing perKey without'))} (median handler time ${ms(r('typing perKey with'))} with, ${ms(r('typing perKey without'))} without); ` +
      `longest task of ours ${ms(r('typing ours with'))}; longest task on the page ${ms(r('typing longest with'))} (without the extension ${ms(r('typing longest without'))}); ` +
      `last keystroke → underlines ${ms(r('underline'))}`,
  );
  for (const [what] of HUGE_INPUTS) {
    console.log(
      `  ${what}: longest task of ours ${ms(r(`${what} ours with`))} (budget 50 ms); longest task on the page ${ms(r(`${what} longest with`))} (without the extension ${ms(r(`${what} longest without`))})`,
    );
  }
  console.log(`  first check after focus, 500-word letter: longest task of ours ${ms(r('first check ours with'))}`);
}
console.log(
  `\ncontent script start-up on a page without editors: ${ms(results.startup)} (median of 7 loads; an empty content script costs ${ms(results.emptyStartup)} in the same measurement)`,
);
