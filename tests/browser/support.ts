/** Our marks and card in a page of a Playwright session (the Chromium-only tests), read through the extension. */
import type { Page } from 'playwright-core';
import { probeExpression, tabIdExpression } from './drivers/probe';
import type { Probe, Rect } from './drivers/types';

/** The extension's id of the tab that shows `page`. */
export async function tabIdOf(page: Page): Promise<number> {
  return (await page.context().serviceWorkers()[0].evaluate(tabIdExpression('chrome', page.url()))) as number;
}

/** Our layer is a closed shadow root the page cannot open: the extension reads it (see drivers/probe.ts). */
export async function probeOf(page: Page): Promise<Probe> {
  const tabId = await tabIdOf(page);
  return (await page.context().serviceWorkers()[0].evaluate(probeExpression('chrome', tabId))) as Probe;
}

/** The underline boxes we drew for one rule, top to bottom. */
export async function overlayBoxes(page: Page, rule: string): Promise<Rect[]> {
  return (await probeOf(page)).marks.filter((m) => m.rule === rule).map(({ left, top, width, height }) => ({ left, top, width, height }));
}

/** Wait (polling) until there are `count` underline boxes of `rule` ('some': at least one); returns the milliseconds since `since`. */
export async function untilBoxes(page: Page, rule: string, count: number | 'some', since: number, timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const boxes = (await overlayBoxes(page, rule)).length;
    if (count === 'some' ? boxes > 0 : boxes === count) return Date.now() - since;
    if (Date.now() > deadline) throw new Error(`expected ${count} underlines of ${rule}, saw ${boxes}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}
