/**
 * Smoke test of the fixture pages (no extension loaded): every editor page must
 * become ready, round-trip setText()/text(), accept typing and undo it, and no
 * page may request anything outside the local fixture server.
 *
 *   npx tsx tests/browser/smoke-fixtures.ts [page ...]
 *
 * Screenshots land in tests/browser/.artifacts/<page>.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';
import { chromium, type Page } from 'playwright-core';
import { artifactsDir, EDITOR_PAGES, startFixtureServer } from './server.ts';

const STATIC_PAGES = ['sensitive', 'plain'];
const SAMPLE = 'Wij sturen u reeds de brief.\nTweede regel.';
const SENSITIVE_SENTENCE = 'Gelieve het formulier te retourneren teneinde uw dossier te behandelen.';

interface FixtureInfo {
  name: string;
  editable: string;
  frame?: string;
  singleLine?: boolean;
}

/** Shape of window.fixture as seen from page.evaluate callbacks. */
type W = Window & {
  fixture: FixtureInfo & {
    ready: Promise<void>;
    setText(text: string): void;
    text(): string;
    fields?: string[];
    values?(): Record<string, string>;
  };
};

const normalise = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').trim();

async function fixtureText(page: Page): Promise<string> {
  return normalise(await page.evaluate(() => (window as unknown as W).fixture.text()));
}

/** Polls text() until `predicate` holds or `timeout` ms pass; returns the last text. */
async function waitForText(page: Page, predicate: (text: string) => boolean, timeout = 2000) {
  const end = Date.now() + timeout;
  let text = await fixtureText(page);
  while (!predicate(text) && Date.now() < end) {
    await page.waitForTimeout(50);
    text = await fixtureText(page);
  }
  return text;
}

async function openFixture(page: Page, url: string): Promise<FixtureInfo> {
  await page.goto(url);
  await page.waitForFunction(() => 'fixture' in window, null, { timeout: 10_000 });
  return page.evaluate(async () => {
    const { fixture } = window as unknown as W;
    await fixture.ready;
    return {
      name: fixture.name,
      editable: fixture.editable,
      frame: fixture.frame,
      singleLine: (fixture as { singleLine?: boolean }).singleLine,
    };
  });
}

/** Returns a note (e.g. "undo x1") on success; throws on failure. */
async function checkEditor(page: Page, url: string, name: string): Promise<string> {
  const info = await openFixture(page, url);
  if (info.name !== name) throw new Error(`fixture.name is ${JSON.stringify(info.name)}`);

  await page.evaluate((text) => (window as unknown as W).fixture.setText(text), SAMPLE);
  const expected = info.singleLine ? SAMPLE.replace(/\n/g, ' ') : SAMPLE;
  const afterSet = await fixtureText(page);
  if (afterSet !== expected) throw new Error(`text() after setText: ${JSON.stringify(afterSet)}`);

  const editable = info.frame ? page.frameLocator(info.frame).locator(info.editable) : page.locator(info.editable);
  await editable.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Extra');
  const typed = await waitForText(page, (t) => t.includes('Extra'));
  if (!typed.includes('Extra')) throw new Error(`typing not in text(): ${JSON.stringify(typed)}`);
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });

  let presses = 0;
  let text = typed;
  while (text.includes('Extra') && presses < 5) {
    await page.keyboard.press('Control+Z');
    presses++;
    text = await waitForText(page, (t) => !t.includes('Extra'), 500);
  }
  if (text.includes('Extra')) throw new Error(`undo failed after ${presses} x Control+Z: ${JSON.stringify(text)}`);
  const restored = text === afterSet ? 'text restored' : `partly undone: ${JSON.stringify(text)}`;
  return `undo works (${presses} x Control+Z, ${restored})`;
}

async function checkStatic(page: Page, url: string, name: string): Promise<string> {
  const info = await openFixture(page, url);
  if (info.name !== name) throw new Error(`fixture.name is ${JSON.stringify(info.name)}`);
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
  if (name === 'plain') {
    const editables = await page.locator('input, textarea, select, [contenteditable]').count();
    if (editables) throw new Error(`${editables} editable element(s) on the plain page`);
    return 'no editable fields';
  }
  const values = await page.evaluate(() => (window as unknown as W).fixture.values?.() ?? {});
  const fields = Object.keys(values);
  for (const [selector, value] of Object.entries(values)) {
    const want = selector === '#number' ? '42' : SENSITIVE_SENTENCE;
    if (value !== want) throw new Error(`${selector} holds ${JSON.stringify(value)}`);
  }
  if (fields.length < 13) throw new Error(`only ${fields.length} sensitive fields`);
  return `${fields.length} fields prefilled`;
}

async function main() {
  const started = performance.now();
  const only = process.argv.slice(2);
  const pick = (names: string[]) => (only.length ? names.filter((n) => only.includes(n)) : names);

  await mkdir(artifactsDir, { recursive: true });
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const requests: string[] = [];
  const failedResponses: string[] = [];
  let failures = 0;
  const pages = [
    ...pick(EDITOR_PAGES).map((name) => ({ name, check: checkEditor })),
    ...pick(STATIC_PAGES).map((name) => ({ name, check: checkStatic })),
  ];

  try {
    for (const { name, check } of pages) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 720 }, locale: 'nl-NL' });
      context.on('request', (request) => requests.push(request.url()));
      context.on('response', (response) => {
        if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const t0 = performance.now();
      try {
        const note = await check(page, `${server.url}/${name}.html`, name);
        if (errors.length) throw new Error(`page error: ${errors.join(' | ')}`);
        console.log(`ok    ${name.padEnd(16)} ${Math.round(performance.now() - t0)} ms  ${note}`);
      } catch (error) {
        failures++;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.log(`FAIL  ${name.padEnd(16)} ${message}${errors.length ? ` (page errors: ${errors.join(' | ')})` : ''}`);
        await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) }).catch(() => {});
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const external = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
    return hostname !== '127.0.0.1';
  });
  if (external.length) {
    failures++;
    console.log(`FAIL  requests outside 127.0.0.1:\n  ${[...new Set(external)].join('\n  ')}`);
  } else {
    console.log(`ok    network: all ${requests.length} requests went to 127.0.0.1`);
  }
  if (failedResponses.length) {
    failures++;
    console.log(`FAIL  error responses:\n  ${[...new Set(failedResponses)].join('\n  ')}`);
  } else {
    console.log('ok    responses: none failed');
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const checks = pages.length + 2; // every page + the two network checks
  console.log(`smoke run took ${seconds} s`);
  console.log(`fixtures: ${checks - failures} passed, ${failures} failed`);
  if (failures) process.exitCode = 1;
}

await main();
