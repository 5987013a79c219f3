/**
 * The extension's own pages pass axe-core with no violation at all, in Chromium and in Firefox; the import
 * preview (a file chosen) is checked in Chromium only, where the test can hand a file to the file picker.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousViolations } from './axe';
import { BROWSERS, useBrowser, type TestPage } from './drivers';
import { useSession } from './harness';
import { until } from './measure';

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);
  const shows = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector(s) !== null, selector);

  it('the check itself can fail: it finds a button without a name', async () => {
    const page = await browser().extensionPage('popup.html');
    await until(() => shows(page, 'h1'), Boolean);
    await page.evaluate(() => document.body.append(document.createElement('button')));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it.each([
    ['popup', 'popup.html', 'h1'],
    ['options page', 'options.html', 'table.words tbody tr'],
    ['trainer page', 'oefenen.html', 'h1'],
  ])('the %s has no violations', async (_label, path, selector) => {
    const page = await browser().extensionPage(path);
    expect(await until(() => shows(page, selector), Boolean)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('caused no uncaught error in any extension page', async () => {
    expect(await browser().errors()).toEqual([]);
  });
});

describe.runIf(BROWSERS.includes('chromium'))('chromium, options page with an import preview open', () => {
  const session = useSession();
  it('has no serious violations', async () => {
    const page = await session.session().context.newPage();
    await page.goto(`chrome-extension://${session.session().extensionId}/options.html`);
    await page.locator('table.words tbody tr').first().waitFor();
    // The browser's file control behind the Dutch "Kies een bestand" button.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from('woonbegeleider;begeleider;\n;leeg;\n') });
    await page.getByRole('region', { name: /Voorbeeld/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
