/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/<size>.png), with the
 * same Chromium the browser tests use. Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  writeFileSync(resolve(root, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
