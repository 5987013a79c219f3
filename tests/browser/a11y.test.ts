/** The extension's own pages pass axe-core without serious or critical violations. */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useSession } from './harness';

const browser = useSession();

describe('accessibility (axe-core)', () => {
  it('the check itself can fail: it finds a button without a name', async () => {
    const session = browser.session();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => document.body.append(document.createElement('button')));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it('the options page has no serious violations, also with an import preview open', async () => {
    const session = browser.session();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('table.words tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByLabel('Kies een bestand (.csv of .json)')
      .setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from('woonbegeleider;begeleider;\n;leeg;\n') });
    await page.getByRole('region', { name: /Voorbeeld/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup has no serious violations', async () => {
    const session = browser.session();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
