/** The user's words, lists, settings and sites survive closing the browser and opening it again with the same profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nonLoopback, startSession, type Session } from './harness';
import { tabIdExpression } from './drivers/probe';
import { overlayBoxes, untilBoxes } from './support';

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
    await untilBoxes(page, 'jargon', 'some', Date.now());
    return (await overlayBoxes(page, 'jargon')).length;
  });

/** The textarea fixture on localhost, where the test build may run but nothing is switched on by itself. */
async function onLocalhost(session: Session) {
  const page = await session.context.newPage();
  await page.goto(`${session.baseUrl.replace('127.0.0.1', 'localhost')}/textarea.html`);
  await page.waitForFunction(() => (window as unknown as { fixture?: { ready: Promise<void> } }).fixture?.ready.then(() => true));
  return page;
}

const tabIdOf = (session: Session, page: { url(): string }) =>
  session.context.serviceWorkers()[0].evaluate(tabIdExpression('chrome', page.url())) as Promise<number>;

describe('closing and reopening the browser', () => {
  it('keeps own words, lists, switched-off words, settings and the sites switched on', async () => {
    let session = await startSession(profile);
    let page = await options(session);
    const form = page.getByRole('form', { name: 'Voeg een woord toe' });
    await form.getByLabel('Woord of woordgroep').fill('trajectbegeleider');
    await form.getByLabel('Schrijf liever').fill('begeleider');
    await form.getByRole('button', { name: 'Voeg toe' }).click();
    // The browser's file control behind the Dutch "Kies een bestand" button.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from('VDAB-consulent;begeleider van de VDAB;\n') });
    await page.getByRole('button', { name: 'Importeer 1 woord' }).click();
    await page.getByText('De lijst ‘partners’ is geïmporteerd (1 woord).').waitFor();
    await page.getByRole('radio', { name: 'Met je' }).check();
    await page.getByRole('radio', { name: 'Een brede groep lezers (niveau B1)' }).check();
    await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    await page.getByRole('checkbox', { name: 'Gebruik ‘reeds’' }).uncheck();
    expect(await jargonBoxes(session, 'Uw trajectbegeleider en de VDAB-consulent bellen u morgen.')).toBe(2);
    // A site switched on from the popup (localhost: allowed by the test build, not on by itself).
    const site = await onLocalhost(session);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, site)}`);
    await popup.getByRole('button', { name: 'Zet aan op deze site' }).click();
    await popup.getByText('Klaretaal staat aan op deze site.').waitFor();
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
    // The site is still on after the restart: its content script was registered to last.
    const again = await onLocalhost(session);
    await again.locator('#field').click();
    await again.keyboard.type('Wij sturen u de brief derhalve.');
    await untilBoxes(again, 'jargon', 1, Date.now());
    expect(nonLoopback([...requests, ...session.requests])).toEqual([]);
    await session.close();
  });
});
