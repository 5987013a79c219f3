/**
 * The first run, in Chromium and in Firefox: the welcome page opens by itself once after installing; with the
 * keyboard alone the user opens an underline and applies its fix; B1 is the chosen reader level there and on
 * the options page; axe finds nothing. (An update opens nothing: tests/unit/install.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, useBrowser, type TestPage } from './drivers';
import { until } from './measure';

const exampleText = (page: TestPage) => page.evaluate(() => document.querySelector('.example .marked')?.textContent ?? '');
const markCount = (page: TestPage) => page.evaluate(() => document.querySelectorAll('.example mark[data-finding]').length);
const checkedLevel = (page: TestPage) =>
  page.evaluate(() => (document.querySelector('input[name="profile"]:checked') as HTMLInputElement | null)?.value ?? null);
const focused = (page: TestPage) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.textContent ?? ''}` : '';
  });

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);

  it('opens the welcome page once after installing', () => {
    // The driver saw it open by itself right after the install (and closed it, so later tests start clean).
    expect(browser().welcomed).toBe(true);
  });

  it('shows the example with underlines; the keyboard alone opens one and applies its fix; B1 is chosen', async () => {
    const page = await browser().extensionPage('welkom.html');
    const marks = await until(
      () => markCount(page),
      (n) => n >= 3,
    );
    expect(marks).toBeGreaterThanOrEqual(3);
    expect(await checkedLevel(page)).toBe('b1');
    expect(await axeViolations(page)).toEqual([]);

    // Tab to the first underline ("Gelieve"), Enter opens its card with the focus on the fix, Enter applies it.
    const before = await exampleText(page);
    let stop = '';
    for (let i = 0; i < 5 && !stop.startsWith('mark:'); i++) {
      await page.press('Tab');
      stop = await focused(page);
    }
    expect(stop).toBe('mark:Gelieve');
    await page.press('Enter');
    await expect.poll(() => focused(page)).toBe('button:Stuur het formulier terug');
    await page.press('Enter');
    await expect.poll(() => exampleText(page)).not.toBe(before);
    expect(await exampleText(page)).toMatch(/^Stuur het formulier terug teneinde/);
    expect(await markCount(page)).toBeLessThan(marks);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the options page shows B1 as the reader level of a fresh install', async () => {
    const page = await browser().extensionPage('options.html');
    expect(
      await until(
        () => checkedLevel(page),
        (v) => v !== null,
      ),
    ).toBe('b1');
    await page.close();
  });
});
