/**
 * Other sites than webmail: off until the user switches Klaretaal on there from the popup; on at once
 * (no reload), still on after a reload, and off again, at once, when switched off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { overlayBoxes, until } from './support';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** The fixture server on "localhost": allowed by the test build, but not switched on. */
async function openOnLocalhost(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.baseUrl.replace('127.0.0.1', 'localhost') + '/textarea.html');
  await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
  return page;
}

async function tabIdOf(page: Page): Promise<number> {
  const worker = session.context.serviceWorkers()[0];
  const url = page.url();
  return worker.evaluate(async (url) => {
    const tabs: { id: number; url: string }[] = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, url);
}

async function typeOfficialese(page: Page): Promise<void> {
  await page.locator('#field').fill('');
  await page.locator('#field').click();
  await page.keyboard.type('Wij sturen u reeds de brief.');
}

describe('switching a site on and off from the popup', () => {
  it('is off by default, on without a reload, on after a reload, and off at once again', async () => {
    const page = await openOnLocalhost();
    await typeOfficialese(page);
    await page.waitForTimeout(1000);
    expect(await overlayBoxes(page, 'jargon')).toEqual([]);

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await expect.poll(() => popup.locator('#site-status').textContent()).toContain('staat uit');
    await popup.getByRole('button', { name: 'Zet aan op deze site' }).click();
    await expect.poll(() => popup.locator('#site-status').textContent()).toContain('staat aan');

    await typeOfficialese(page);
    expect((await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 1)).length).toBe(1);

    await page.reload();
    await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
    await typeOfficialese(page);
    expect((await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 1)).length).toBe(1);

    await popup.reload();
    await popup.getByRole('button', { name: 'Zet uit op deze site' }).click();
    await expect.poll(() => popup.locator('#site-status').textContent()).toContain('staat uit');
    await expect.poll(() => page.evaluate(() => document.querySelector('klaretaal-overlay') === null)).toBe(true);

    await page.reload();
    await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
    await typeOfficialese(page);
    await page.waitForTimeout(1000);
    expect(await overlayBoxes(page, 'jargon')).toEqual([]);
  });
});
