/**
 * Every category's line stays apart without colour: the legend's samples (drawn from ui/lines.css, like the
 * underlines on pages and on the trainer page) are photographed in black and white and as readers with
 * protanopia and deuteranopia see them (colour matrices of Machado et al. 2009, severity 1), and every two
 * samples must differ in at least a fifth of their inked pixels. The pictures land in docs/ for a human look.
 * Chromium only: the pictures are the same in Firefox, which draws the same CSS gradients.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../contract/index';
import { useSession } from './harness';

const browser = useSession();
const DOCS = resolve(import.meta.dirname, '..', '..', 'docs');

const VIEWS = {
  zwartwit: 'grayscale(1)',
  protanopie: 'url(#kt-protanopia)',
  deuteranopie: 'url(#kt-deuteranopia)',
} as const;

/** Minimum share of inked pixels two samples must not have in common. */
const MIN_DIFFERENCE = 0.2;

async function simulate(page: Page, filter: string): Promise<void> {
  await page.evaluate((value) => {
    const ns = 'http://www.w3.org/2000/svg';
    if (!document.getElementById('kt-filters')) {
      const svg = document.createElementNS(ns, 'svg');
      svg.id = 'kt-filters';
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.style.position = 'absolute';
      const matrices = {
        'kt-protanopia': '0.152 1.053 -0.205 0 0 0.115 0.786 0.099 0 0 -0.004 -0.048 1.052 0 0 0 0 0 1 0',
        'kt-deuteranopia': '0.367 0.861 -0.228 0 0 0.280 0.673 0.047 0 0 -0.012 0.043 0.969 0 0 0 0 0 1 0',
      };
      for (const [id, values] of Object.entries(matrices)) {
        const filter = document.createElementNS(ns, 'filter');
        filter.id = id;
        filter.setAttribute('color-interpolation-filters', 'linearRGB');
        const matrix = document.createElementNS(ns, 'feColorMatrix');
        matrix.setAttribute('type', 'matrix');
        matrix.setAttribute('values', values);
        filter.append(matrix);
        svg.append(filter);
      }
      document.body.append(svg);
    }
    document.documentElement.style.filter = value;
  }, filter);
}

/** The sample's inked pixels (darker than the paper), as one bit per pixel, read back through a canvas. */
async function inkOf(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const ink: number[] = [];
    for (let i = 0; i < data.length; i += 4) ink.push(data[i] * 0.299 + data[i + 1] * 0.587 + data[i + 2] * 0.114 < 200 ? 1 : 0);
    return ink;
  }, png.toString('base64'));
}

const difference = (a: number[], b: number[]) => {
  let either = 0;
  let one = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] || b[i]) either++;
    if (a[i] !== b[i]) one++;
  }
  return either === 0 ? 0 : one / either;
};

describe('line patterns without colour', () => {
  it('tells every category apart in black and white, with protanopia and with deuteranopia', async () => {
    const session = browser.session();
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/oefenen.html`);
    const samples = page.locator('.categories .line-sample');
    await expect.poll(() => samples.count()).toBe(RULE_IDS.length);
    const scratch = await session.context.newPage();
    mkdirSync(DOCS, { recursive: true });
    const failures: string[] = [];
    let smallest = 1;
    for (const [name, filter] of Object.entries(VIEWS)) {
      await simulate(page, filter);
      await page.locator('.categories').screenshot({ path: resolve(DOCS, `lijnen-${name}.png`) });
      const inks: { rule: string; ink: number[] }[] = [];
      for (let i = 0; i < RULE_IDS.length; i++) {
        const sample = samples.nth(i);
        const rule = (await sample.getAttribute('data-rule')) ?? String(i);
        inks.push({ rule, ink: await inkOf(scratch, await sample.screenshot()) });
      }
      for (const a of inks) {
        expect(a.ink.some(Boolean), `${name}: ${a.rule} shows a line`).toBe(true);
        for (const b of inks) {
          if (a.rule >= b.rule) continue;
          const d = difference(a.ink, b.ink);
          smallest = Math.min(smallest, d);
          if (d < MIN_DIFFERENCE) failures.push(`${name}: ${a.rule} and ${b.rule} differ in ${(d * 100).toFixed(0)}% only`);
        }
      }
    }
    console.log(`smallest difference: ${(smallest * 100).toFixed(0)}%`);
    expect(failures).toEqual([]);
    await scratch.close();
    await page.close();
  });
});
