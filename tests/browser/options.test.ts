/**
 * The options page and the word database in a real Chromium: words and lists reach open tabs without a
 * reload, a bad file changes nothing, the popup counts the findings of the field the user writes in.
 * Times of "change → underline in the open tab" and "10,000-word import" are written to
 * tests/browser/.artifacts/options-timings.json (the closing notes quote them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { nonLoopback, useSession } from './harness';
import { overlayBoxes, probeOf, tabIdOf, untilBoxes } from './support';

const browser = useSession();
const timings: Record<string, number[]> = {};
const record = (name: string, ms: number) => (timings[name] ??= []).push(ms);

afterAll(() => {
  const dir = resolve(import.meta.dirname, '.artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'options-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

async function openOptions(): Promise<Page> {
  const session = browser.session();
  const page = await session.context.newPage();
  page.on('pageerror', (e) => browser.pageErrors.push(`options: ${e.message}`));
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'Klaretaal instellen' }).waitFor();
  return page;
}

/** The status line of a section of the options page (each part says what its last action did, right there). */
const sectionStatus = (page: Page, title: string) => page.locator(`section[aria-labelledby="${title}"] [role=status]`).first();
const wordsStatus = (page: Page) => sectionStatus(page, 'words-title');
const listsStatus = (page: Page) => sectionStatus(page, 'lists-title');
/** The browser's file control behind the Dutch "Kies een bestand" button. */
const fileInput = (page: Page) => page.locator('section[aria-labelledby="lists-title"] input[type=file]');

/** A test page with Klaretaal checking `text` in its textarea. */
async function openField(text: string): Promise<Page> {
  const page = await browser.open('textarea');
  await page.locator('#field').fill(text);
  await page.locator('#field').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  return page;
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('the options page', () => {
  it('a word added there is underlined in an open tab without a reload, and goes when it is deleted', async () => {
    const field = await openField('Uw schuldbemiddelaar belt u morgen.');
    await untilBoxes(field, 'long-word', 1, Date.now()); // Klaretaal checks this field
    expect(await overlayBoxes(field, 'jargon')).toEqual([]);
    const options = await openOptions();
    const form = options.getByRole('form', { name: 'Voeg een woord toe' });
    await form.getByLabel('Woord of woordgroep').fill('schuldbemiddelaar');
    await form.getByLabel('Schrijf liever').fill('begeleider | coach');

    let start = Date.now();
    await form.getByRole('button', { name: 'Voeg toe' }).click();
    record('word added → underline in open tab (ms)', await untilBoxes(field, 'jargon', 1, start));
    await expect.poll(() => wordsStatus(options).textContent()).toContain('toegevoegd');
    expect(await options.getByRole('row', { name: /schuldbemiddelaar/ }).count()).toBe(1);

    // The card in the tab offers the user's own alternative.
    await field.locator('#field').click({ position: { x: 40, y: 12 } });
    await field.keyboard.press('Home');
    await field.keyboard.press('Alt+Shift+K');
    await expect.poll(() => probeOf(field).then((p) => p.card?.text ?? '')).toContain('coach');
    await field.keyboard.press('Escape');

    start = Date.now();
    await options.getByRole('button', { name: 'Wis ‘schuldbemiddelaar’' }).click();
    record('word deleted → underline gone (ms)', await untilBoxes(field, 'jargon', 0, start));
    // Undo brings it back.
    await options.getByRole('button', { name: 'Zet terug' }).click();
    await untilBoxes(field, 'jargon', 1, Date.now());
    await options.getByRole('button', { name: 'Wis ‘schuldbemiddelaar’' }).click();
    await untilBoxes(field, 'jargon', 0, Date.now());
    await options.close();
    await field.close();
  });

  it('says beside the form that Klaretaal knows a word, and puts the user’s advice in its place in one row', async () => {
    const options = await openOptions();
    const form = options.getByRole('form', { name: 'Voeg een woord toe' });
    await form.getByLabel('Woord of woordgroep').fill('teneinde');
    await form.getByLabel('Schrijf liever').fill('zodat');
    await form.getByRole('button', { name: 'Voeg toe' }).click();
    const offer = form.getByRole('alert');
    await expect.poll(() => offer.textContent()).toContain('Klaretaal kent ‘teneinde’ al');
    // Beside what caused it: in the form, under its button (not at the top of the page).
    const [formBox, buttonBox, offerBox] = [
      await form.boundingBox(),
      await form.getByRole('button', { name: 'Voeg toe' }).boundingBox(),
      await offer.boundingBox(),
    ];
    expect(offerBox!.y).toBeGreaterThanOrEqual(buttonBox!.y + buttonBox!.height);
    expect(offerBox!.y + offerBox!.height).toBeLessThanOrEqual(formBox!.y + formBox!.height + 1);
    await offer.getByRole('button', { name: 'Ja, gebruik mijn advies' }).click();
    await expect.poll(() => wordsStatus(options).textContent()).toContain('Klaretaal gebruikt nu jouw advies voor ‘teneinde’');
    const statusBox = await wordsStatus(options).boundingBox();
    expect(statusBox!.y - (formBox!.y + formBox!.height)).toBeLessThan(60); // right under the form
    // One row for the word: the user's, marked as taking Klaretaal's place.
    await options.getByRole('searchbox', { name: 'Zoek een woord' }).fill('teneinde');
    const rows = () =>
      options
        .locator('table tr')
        .evaluateAll((trs) =>
          trs.filter((tr) => (tr as HTMLTableRowElement).cells[0]?.textContent?.trim() === 'teneinde').map((tr) => tr.textContent ?? ''),
        );
    // The table follows the database a moment later (a live query): wait for the user's row, then count.
    await expect.poll(async () => (await rows()).join(' | ')).toContain('Van mij, in plaats van Klaretaal');
    expect(await rows()).toHaveLength(1);
    await options.getByRole('button', { name: 'Wis ‘teneinde’' }).click();
    await options.close();
  });

  it('has a jump link to every section, and a Dutch button to choose a file', async () => {
    const options = await openOptions();
    const targets = await options.locator('main h2[id], main h3[id="backup-title"]').evaluateAll((els) => els.map((e) => e.id));
    const links = await options
      .getByRole('navigation')
      .locator('a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(targets.length).toBeGreaterThanOrEqual(6);
    expect(links.sort()).toEqual(targets.map((id) => `#${id}`).sort());
    await expect.poll(() => options.getByRole('button', { name: 'Kies een bestand (.csv of .json)' }).count()).toBe(1);
    expect(await fileInput(options).getAttribute('tabindex')).toBe('-1');
    await fileInput(options).setInputFiles({
      name: 'leeg.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('woord;schrijf liever;uitleg\n'),
    });
    await expect.poll(() => options.getByText('Gekozen: leeg.csv').count()).toBe(1);
    await options.close();
  });

  it('a built-in word switched off, a rule switched off and a reader profile apply at once', async () => {
    const field = await openField(
      'Wij sturen u reeds de brief. Als u maandag niet kunt komen, laat het ons dan minstens een dag vooraf weten.',
    );
    await untilBoxes(field, 'jargon', 1, Date.now());
    await untilBoxes(field, 'long-sentence', 0, Date.now()); // 15 words: long for A2 (12), not for the default (20)
    const options = await openOptions();

    await options.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    const reeds = options.getByRole('checkbox', { name: 'Gebruik ‘reeds’' });
    // As a user does it: change it on the options page, then go back to the tab with the letter. (A tab
    // behind another one gets its timers slowed down by the browser to about once a second.)
    for (let i = 0; i < 5; i++) {
      await options.bringToFront();
      let start = Date.now();
      await reeds.uncheck();
      await field.bringToFront();
      record('built-in word off → underline gone, tab in front (ms)', await untilBoxes(field, 'jargon', 0, start));
      await options.bringToFront();
      start = Date.now();
      await reeds.check();
      await field.bringToFront();
      record('built-in word on → underline back, tab in front (ms)', await untilBoxes(field, 'jargon', 1, start));
    }
    await options.bringToFront();

    await options.getByRole('radio', { name: 'Mensen die Nederlands leren (niveau A2)' }).check();
    await untilBoxes(field, 'long-sentence', 'some', Date.now());
    await options.getByRole('radio', { name: 'Iedereen (algemeen)' }).check();
    await untilBoxes(field, 'long-sentence', 0, Date.now());

    await options.locator('li[data-rule="jargon"]').getByRole('checkbox').uncheck();
    await untilBoxes(field, 'jargon', 0, Date.now());
    await options.locator('li[data-rule="jargon"]').getByRole('checkbox').check();
    await untilBoxes(field, 'jargon', 1, Date.now());
    await options.close();
    await field.close();
  });

  it('imports a list after a preview, switches it off and removes it; its underlines follow', async () => {
    const field = await openField('Uw woonbegeleider en de trajectcoach komen langs. Het wordt behandeld.');
    await untilBoxes(field, 'passive-voice', 1, Date.now()); // Klaretaal checks this field
    expect(await overlayBoxes(field, 'jargon')).toEqual([]);
    const options = await openOptions();
    const file = fileInput(options);
    await file.setInputFiles(
      csvFile(
        'vorming-november.csv',
        '\uFEFFwoord;schrijf liever;uitleg\nwoonbegeleider;iemand die helpt met wonen;\ntrajectcoach;coach;\n;leeg;\nreeds;al eerder;\n<b>vet</b>;x;\nwoonbegeleider;dubbel;\n',
      ),
    );
    const preview = options.getByRole('region', { name: 'Voorbeeld: vorming-november.csv' });
    await expect.poll(() => preview.locator('.counts').textContent()).toBe('2 nieuw, 1 anders dan wat Klaretaal al had, 0 al bekend.');
    // Each bad row with its line number and reason; the HTML shown as text, never as markup.
    const invalid = await preview
      .locator('table.invalid tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(invalid).toEqual([
      ['4', 'Er staat geen woord in de eerste kolom.', '; leeg; '],
      ['6', 'Er staat HTML of code in. Alleen gewone tekst kan.', '<b>vet</b>; x; '],
      ['7', 'Dit woord staat al op regel 2.', 'woonbegeleider; dubbel; '],
    ]);
    expect(await preview.locator('b').count()).toBe(0);
    expect(await preview.getByLabel('Naam van de lijst').inputValue()).toBe('vorming november');

    let start = Date.now();
    await preview.getByRole('button', { name: 'Importeer 3 woorden' }).click();
    record('list imported → underlines in open tab (ms)', await untilBoxes(field, 'jargon', 2, start));
    await expect.poll(() => listsStatus(options).textContent()).toContain('geïmporteerd');

    start = Date.now();
    await options.getByRole('checkbox', { name: 'Gebruik de lijst ‘vorming november’' }).uncheck();
    record('list switched off → underlines gone (ms)', await untilBoxes(field, 'jargon', 0, start));
    await options.getByRole('checkbox', { name: 'Gebruik de lijst ‘vorming november’' }).check();
    await untilBoxes(field, 'jargon', 2, Date.now());

    options.once('dialog', (dialog) => void dialog.accept());
    start = Date.now();
    await options.getByRole('button', { name: 'Verwijder ‘vorming november’' }).click();
    record('list removed → underlines gone (ms)', await untilBoxes(field, 'jargon', 0, start));
    expect(await options.getByText('Je hebt nog geen lijsten.').count()).toBe(1);
    await options.close();
    await field.close();
  });

  it('a bad file gets a Dutch message and changes nothing', async () => {
    const options = await openOptions();
    const file = fileInput(options);
    await expect.poll(() => options.locator('.total').textContent()).toMatch(/woorden/);
    const before = await options.locator('.total').textContent();
    await file.setInputFiles({
      name: 'lijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x77, 0x6f, 0xe9, 0x72, 0x64, 0x3b, 0x61, 0x0a]),
    });
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('geen UTF-8');
    await file.setInputFiles({ name: 'lijst.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": [') });
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('geen geldige woordenlijst');
    await file.setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('te groot');
    expect(await options.getByRole('region', { name: /Voorbeeld/ }).count()).toBe(0);
    expect(await options.locator('.total').textContent()).toBe(before);
    await options.close();
  });

  it('says so in plain Dutch when the word database cannot be opened', async () => {
    const session = browser.session();
    const page = await session.context.newPage();
    // As in a browser that blocks IndexedDB for this profile.
    await page.addInitScript(() => {
      const failing = {
        open: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      };
      Object.defineProperty(globalThis, 'indexedDB', { get: () => failing });
    });
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Er is niets gewist.');
    expect(await page.getByRole('button', { name: 'Laad opnieuw' }).count()).toBe(1);
    // The trainer page still checks, with the built-in words.
    await page.goto(`chrome-extension://${session.extensionId}/oefenen.html`);
    await page.locator('#trainer-text').fill('Wij sturen u reeds de brief.');
    await expect.poll(() => page.locator('.count[data-rule="jargon"]').textContent()).toBe('1');
    await page.close();
  });

  it('says so in plain Dutch when a write fails, and shows what is stored', async () => {
    const options = await openOptions();
    await options.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    const reeds = options.getByRole('checkbox', { name: 'Gebruik ‘reeds’' });
    await expect.poll(() => reeds.isChecked()).toBe(true);
    // As when the disk is full: every write of the database fails from now on.
    await options.evaluate(() => {
      const full = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = full;
      IDBObjectStore.prototype.put = full;
      IDBCursor.prototype.update = full;
    });
    const form = options.getByRole('form', { name: 'Voeg een woord toe' });
    await form.getByLabel('Woord of woordgroep').fill('schuldbemiddelaar');
    await form.getByLabel('Schrijf liever').fill('begeleider');
    await form.getByRole('button', { name: 'Voeg toe' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Bewaren is niet gelukt. Er is niets veranderd.');
    await reeds.click();
    // Beside the word's switch: the status line of the words section.
    await expect.poll(() => wordsStatus(options).textContent()).toContain('Bewaren is niet gelukt.');
    await expect.poll(() => reeds.isChecked()).toBe(true); // back to what is stored
    await options.close();
    // Nothing was stored.
    const again = await openOptions();
    await again.getByRole('searchbox', { name: 'Zoek een woord' }).fill('schuldbemiddelaar');
    await expect.poll(() => again.locator('.total').textContent()).toBe('0 woorden');
    await again.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
    await expect.poll(() => again.getByRole('checkbox', { name: 'Gebruik ‘reeds’' }).isChecked()).toBe(true);
    await again.close();
  });

  it('imports 10,000 words', async () => {
    const options = await openOptions();
    const csv = Array.from({ length: 10_000 }, (_, i) => `proefwoord${i};eenvoudig woord ${i};`).join('\n');
    await fileInput(options).setInputFiles(csvFile('tienduizend.csv', csv));
    const button = options.getByRole('button', { name: 'Importeer 10000 woorden' });
    await button.waitFor();
    const start = Date.now();
    await button.click();
    await options.getByText('De lijst ‘tienduizend’ is geïmporteerd (10000 woorden).').waitFor({ timeout: 30_000 });
    record('10,000-word import, click → done (ms)', Date.now() - start);
    await options.getByRole('searchbox', { name: 'Zoek een woord' }).fill('proefwoord9999');
    await expect.poll(() => options.locator('table.words tbody tr').count()).toBe(1);
    // Clean up for the other tests.
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'Verwijder ‘tienduizend’' }).click();
    await options.getByText('Je hebt nog geen lijsten.').waitFor();
    await options.close();
  });
});

describe('the popup', () => {
  it('counts the findings of the field the user writes in, per category, and opens the options page', async () => {
    const session = browser.session();
    // The browser focuses an options tab that is already open instead of opening one: start without.
    for (const page of session.context.pages()) if (page.url().endsWith('/options.html')) await page.close();
    const field = await openField('Wij sturen u reeds de brief. Uw aanvraag wordt behandeld.');
    await untilBoxes(field, 'jargon', 1, Date.now());
    const tabId = await tabIdOf(field);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { name: 'In het tekstvak waar je schrijft' }).count()).toBe(1);
    const counts = await popup.locator('.legend li').evaluateAll((items) => items.map((li) => li.textContent));
    expect(counts).toContain('Moeilijk woord1');
    expect(counts, counts.join(', ')).toContain('Lijdende vorm1');
    expect(counts, counts.join(', ')).toContain('Lange zin0');

    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Instellingen en woorden' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    await options.close();
    await popup.close();
    await field.close();
  });

  it('nothing left the machine and no page had an error', () => {
    expect(nonLoopback(browser.session().requests)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
