/**
 * `npx tsx scripts/import-verbs.ts <nl-verbs.txt>`: convert the Dutch verb conjugations of pattern (CLiPS,
 * University of Antwerp, BSD-3-clause; data from Brill-NL) into `dictionaries/verbs.json`.
 *
 * Get the file from Debian's package:
 *   apt-get download python3-pattern && dpkg-deb -x python3-pattern_*.deb pattern
 *   npx tsx scripts/import-verbs.ts pattern/usr/lib/python3/dist-packages/pattern/text/nl/nl-verbs.txt
 *
 * pattern's columns: infinitive, 1sg, 2sg, 3sg, plural, present participle, past 1sg, 2sg, 3sg, past plural,
 * past, past participle (an empty column means the regular form). We keep, per verb:
 * [infinitive, 1sg, 2sg, 3sg, past singular, past plural, past participle]. Separable verbs are written joined, as
 * in a subordinate clause ("terugstuurt"); the engine splits them. Our own corrections and additions live in
 * `dictionaries/verbs-extra.json` and win over this table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDutch, formatDictionary } from '../dictionaries/format';

const source = process.argv[2];
if (!source) {
  console.error('Usage: npx tsx scripts/import-verbs.ts <path to pattern/text/nl/nl-verbs.txt>');
  process.exit(2);
}

const rows: string[][] = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const cols = line.trim().split(',');
  if (cols.length < 12 || !/^\p{Ll}[\p{Ll}'-]*en$|^\p{Ll}+n$/u.test(cols[0])) continue;
  const [inf, first, second, third, , , , , , pastPl, past, participle] = cols;
  // A verb without its past or participle is of no use for fixes (pattern leaves a few empty).
  if (!first || !third || !past || !pastPl || !participle) continue;
  rows.push([inf, first, second || third, third, past, pastPl, participle]);
}
rows.sort((a, b) => compareDutch(a[0], b[0]));
const unique = rows.filter((row, i) => i === 0 || row[0] !== rows[i - 1][0]);
writeFileSync(join(import.meta.dirname, '..', 'dictionaries', 'verbs.json'), formatDictionary(unique));
console.log(`${unique.length} verbs written to dictionaries/verbs.json`);
