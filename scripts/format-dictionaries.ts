/**
 * `npm run format:data`: rewrite every dictionary file in canonical form (sorted, one entry per line).
 * `frequency.json` is not among them: scripts/import-frequency.ts writes it whole, in canonical form, bands in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDutch, formatDictionary } from '../dictionaries/format';

const dir = join(import.meta.dirname, '..', 'dictionaries');
// The entries are read from JSON: each file's sort key reads the fields its schema has (dictionaries/schema.ts).
type Entry = Record<string, string & string[]>;
const sortKeys: Record<string, (e: Entry) => string> = {
  'jargon.json': (e) => e.head,
  'explain.json': (e) => e.term.toLowerCase(),
  'abbreviations.json': (e) => e.abbr,
  'stock-phrases.json': (e) => e.phrase,
  'light-verbs.json': (e) => `${e.noun} ${e.verbForms[0]}`,
  'nominalizations.json': (e) => e.noun,
  'participles.json': (e) => e.word,
  'verbs.json': (e) => e[0],
  'verbs-extra.json': (e) => e[0],
  'common-words.json': (e) => e as unknown as string,
  'names.json': (e) => e as unknown as string,
  'flemish-common.json': (e) => e as unknown as string,
};

for (const [file, key] of Object.entries(sortKeys)) {
  const path = join(dir, file);
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Entry[];
  entries.sort((a, b) => compareDutch(key(a), key(b)));
  writeFileSync(path, formatDictionary(entries));
}
