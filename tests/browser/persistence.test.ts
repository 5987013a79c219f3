/** The user's words, lists and settings survive closing the browser and opening it again with the same profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nonLoopback, startSession, type Session } from './harness';

const profile = mkdtempSync(join(tmpdir(), 'klaretaal-persist-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

async function options(session: Session) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'Klaretaal instellen' }).waitFor();
  return page;
}

/** Jargon underlines in a textarea with `text`, once Klaretaal has marked something. */
const jargonBoxes = (session: Session, text: string) =>
  session.open('textarea').then(async (page) => {
    await page.locator('#field').fill(text);
    await page.locator('#field').click();
    await page.keyboard.type(' ');
    await page.waitForFunction(() => (document.querySelector('klaretaal-overlay')?.shadowRoot?.querySelectorAll('.box[data-rule="jargon"]').length ?? 0) > 0);
    return page.evaluate(() => document.querySelector('klaretaal-overlay')!.shadowRoot!.querySelectorAll('.box[data-rule="jargon"]').length);
  });

describe('closing and reopening the browser', () => {
  it('keeps own words, lists, switched-off words and settings', async () => {
    let session = await startSession(profile);
    let page = await options(session);
    const form = page.getByRole('form', { name: 'Voeg een woord toe' });
    await form.getByLabel('Woord of woordgroep').fill('trajectbegeleider');
    await form.getByLabel('Schrijf liever').fill('begeleider');
    await form.getByRole('button', { name: 'Voeg toe' }).click();
    await page.getByLabel('Kies een bestand (.csv of .json)').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from('VDAB-consulent;begeleider van de VDAB;\n') });
    await page.getByRole('button', { name: 'Importeer 1 woord' }).click();
    await page.getByText('De lijst ‘partners’ is geïmporteerd (1 woord).').waitFor();
    await page.getByRole('radio', { name: 'Met je' }).check();
    await page.getByRole('radio', { name: 'Een brede groep lezers (niveau B1)' }).check();
    await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    await page.getByRole('checkbox', { name: 'Gebruik ‘reeds’' }).uncheck();
    expect(await jargonBoxes(session, 'Uw trajectbegeleider en de VDAB-consulent bellen u morgen.')).toBe(2);
    const requests = [...session.requests];
    await session.close();

    session = await startSession(profile);
    page = await options(session);
    await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('trajectbegeleider');
    await expect.poll(() => page.getByRole('row', { name: /trajectbegeleider/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /partners/ }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Gebruik ‘reeds’' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Met je' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Een brede groep lezers (niveau B1)' }).isChecked()).toBe(true);
    expect(await jargonBoxes(session, 'Uw trajectbegeleider en de VDAB-consulent bellen u reeds.')).toBe(2);
    expect(nonLoopback([...requests, ...session.requests])).toEqual([]);
    await session.close();
  });
});
