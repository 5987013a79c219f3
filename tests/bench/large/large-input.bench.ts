/**
 * `npm run bench:large` (not a test): the biggest inputs a user can give, each against a reference in the same
 * run (medians; the machine is shared, compare the ratios). Each first proves its result is right, so a fast
 * wrong answer cannot pass for a fast one.
 * - Checking a 2 MB text (about 350,000 words, every paragraph different) against the bare retext-dutch parse
 *   of the same paragraphs.
 * - Importing a 50,000-row word list (read the CSV, check every row, store it, build the word snapshot) against
 *   storing the same rows with one bare bulkAdd. fake-indexeddb here; the real IndexedDB is in bench:db.
 */
import 'fake-indexeddb/auto';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { bench, describe } from 'vitest';
import { createChecker } from '../../../engine/index';
import { openDatabase, type WordEntry } from '../../../db/database';
import { importList, snapshot } from '../../../db/words';
import { readWordList } from '../../../files/word-list-file';
import { dutchText } from '../corpus';

const options = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

function fail(why: string): never {
  throw new Error(`bench:large: wrong result: ${why}`);
}

describe('a 2 MB text', () => {
  const text = dutchText(350_000);
  if (text.length < 2_000_000) fail(`the text is only ${text.length} characters`);
  const paragraphs = text.split('\n\n');
  const checker = createChecker();
  const result = checker.check(text);
  if (result.findings.length < 1000) fail(`only ${result.findings.length} findings`);
  for (const f of result.findings) if (text.slice(f.start, f.end) !== f.text) fail(`finding at ${f.start} does not match the text`);
  const bare = unified().use(retextDutch).freeze();

  bench(
    'check (engine, cache emptied)',
    () => {
      checker.clearCache();
      checker.check(text);
    },
    options,
  );
  bench(
    'reference: bare retext-dutch parse, paragraph by paragraph',
    () => {
      for (const p of paragraphs) bare.runSync(bare.parse(p), new VFile(p));
    },
    options,
  );
});

describe('a 50,000-row word list', () => {
  const rows = 50_000;
  const csv = new TextEncoder().encode(Array.from({ length: rows }, (_, i) => `term${i};alternatief ${i};`).join('\n'));
  let n = 0;

  bench(
    'import (read, check, store, snapshot)',
    async () => {
      const db = openDatabase(`bench-${++n}`);
      const read = readWordList(csv, 'groot.csv');
      if (!read.ok || read.entries.length !== rows) fail('the CSV was not read whole');
      await importList(db, 'Groot', 'groot.csv', read.entries);
      if ((await snapshot(db)).extraEntries.length !== rows) fail('not every row reached the snapshot');
      db.close();
    },
    options,
  );
  bench(
    'reference: one bare bulkAdd of the same rows',
    async () => {
      const db = openDatabase(`bench-${++n}`);
      const now = Date.now();
      const entries = Array.from({ length: rows }, (_, i): WordEntry => ({
        key: `list:1:jargon:term${i}`,
        term: `term${i}`,
        fold: `term${i}`,
        alternatives: [`alternatief ${i}`],
        category: 'jargon',
        origin: 'list',
        listId: 1,
        enabled: true,
        updated: now,
      }));
      await db.entries.bulkAdd(entries);
      db.close();
    },
    options,
  );
});
