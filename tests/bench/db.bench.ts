/**
 * `npm run bench:db` (not a test): the word database in Chromium, with the test build.
 * - Importing 10,000 words through the options page (click "Importeer" → confirmation shown), against the
 *   reference of writing the same 10,000 rows with bare IndexedDB in one transaction, in the same page.
 * - A change on the options page reaching an open tab: switching a built-in word off or on (database →
 *   word snapshot → new lexicon → check → underline), against the reference of switching a rule off or on
 *   (settings in extension storage → check → underline). The tab is brought to the front, as a user does.
 * Medians over RUNS, interleaved; the machine is shared, so compare the ratios.
 */
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../browser/harness';
import { overlayBoxes, untilBoxes } from '../browser/support';

const RUNS = Number(process.env.RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function options(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('table.words tbody tr').first().waitFor();
  return page;
}

async function importOnce(page: Page, run: number): Promise<number> {
  const csv = Array.from({ length: 10_000 }, (_, i) => `proef${run}woord${i};eenvoudig ${i};`).join('\n');
  await page
    .getByLabel('Kies een bestand (.csv of .json)')
    .setInputFiles({ name: `lijst${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const button = page.getByRole('button', { name: 'Importeer 10000 woorden' });
  await button.waitFor();
  const start = Date.now();
  await button.click();
  await page.getByText(`De lijst ‘lijst${run}’ is geïmporteerd`).waitFor({ timeout: 60_000 });
  const ms = Date.now() - start;
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Verwijder ‘lijst${run}’` }).click();
  await page.getByText('Je hebt nog geen lijsten.').waitFor({ timeout: 60_000 });
  return ms;
}

/** The same 10,000 rows, bare IndexedDB, one transaction, in the options page's origin. */
function bareIndexedDb(page: Page, run: number): Promise<number> {
  return page.evaluate(async (run) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(`bench-${run}`, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('entries', { keyPath: 'id', autoIncrement: true });
        for (const index of ['term', 'fold', 'origin', 'listId']) store.createIndex(index, index);
        store.createIndex('key', 'key', { unique: true });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      for (let i = 0; i < 10_000; i++) {
        const term = `proef${run}woord${i}`;
        store.add({
          key: `list:1:jargon:${term}`,
          term,
          fold: term,
          alternatives: [`eenvoudig ${i}`],
          category: 'jargon',
          origin: 'list',
          listId: 1,
          enabled: true,
          updated: 0,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(`bench-${run}`);
    return ms;
  }, run);
}

const jargonBoxes = async (page: Page) => (await overlayBoxes(page, 'jargon')).length;
const untilJargon = (page: Page, count: number, since: number) => untilBoxes(page, 'jargon', count, since, 20_000);

/** Click `checkbox` on the options page, go to the tab with the field, wait until it shows `count` jargon underlines. */
async function toggle(
  optionsPage: Page,
  field: Page,
  checkbox: ReturnType<Page['getByRole']>,
  on: boolean,
  count: number,
): Promise<number> {
  await optionsPage.bringToFront();
  const start = Date.now();
  await (on ? checkbox.check() : checkbox.uncheck());
  await field.bringToFront();
  return untilJargon(field, count, start);
}

const session = await startSession();
try {
  const page = await options(session);
  const ours: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bare.push(await bareIndexedDb(page, run));
    ours.push(await importOnce(page, run));
  }

  const field = await session.open('textarea');
  await field.locator('#field').fill('Wij sturen u reeds de brief.');
  await field.locator('#field').click();
  await untilJargon(field, 1, Date.now());
  await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('reeds');
  const word = page.getByRole('checkbox', { name: 'Gebruik ‘reeds’' });
  const rule = page.locator('li[data-rule="jargon"]').getByRole('checkbox');
  const viaWords: number[] = [];
  const viaSettings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    viaWords.push(await toggle(page, field, word, false, 0), await toggle(page, field, word, true, 1));
    viaSettings.push(await toggle(page, field, rule, false, 0), await toggle(page, field, rule, true, 1));
  }
  if ((await jargonBoxes(field)) !== 1) throw new Error('the field did not end with its underline back');

  const row = (name: string, value: number, reference: number) =>
    console.log(
      `${name.padEnd(52)} ${value.toFixed(0).padStart(6)} ms   reference ${reference.toFixed(0).padStart(6)} ms   ratio ${(value / reference).toFixed(2)}`,
    );
  console.log(`medians over ${RUNS} runs (${RUNS * 2} changes each way for the tab)`);
  row('import 10,000 words (click → confirmation)', median(ours), median(bare));
  row('word switched off/on → underline in the tab', median(viaWords), median(viaSettings));
  console.log('references: bare IndexedDB write of the same rows; a rule switched off/on (settings, no database)');
} finally {
  await session.close();
}
