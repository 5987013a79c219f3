/**
 * `npx tsx scripts/import-tagger.ts <pattern/text/nl>`: convert the Dutch part-of-speech tagger data of pattern
 * (CLiPS, University of Antwerp, BSD-3-clause; data from Brill-NL by Jeroen Geertzen) into
 * `dictionaries/tagger.json`, read by our own Brill tagger (rules/shared/brill.ts).
 *
 * Get the files from Debian's package:
 *   apt-get download python3-pattern && dpkg-deb -x python3-pattern_*.deb pattern
 *   npx tsx scripts/import-tagger.ts pattern/usr/lib/python3/dist-packages/pattern/text/nl
 *
 * pattern's files and what we keep:
 * - `nl-lexicon.txt`: "word TAG1 TAG2 …", most frequent tag first. pattern uses the first tag only; so do we.
 * - `nl-morphology.txt`: Brill's lexical rules for unknown words, "x hassuf 2 TAG score" (any word ending in x) or
 *   "FROM x fhassuf 2 TAG score" (only a word now tagged FROM). Kept as [from, x, command, to], in order.
 * - `nl-context.txt`: Brill's contextual rules, "FROM TO COMMAND x [y]". Kept in order; tag arguments become
 *   tag numbers, word arguments stay words.
 * The tags are Brill-NL's (WOTAN/CGN style, e.g. `V(trans,verl_dw,onverv)`). Each gets a coarse tag (universal
 * part of speech, and for verbs the form) as the rules use it; `coarse()` below is that mapping. Our own
 * corrections live in `dictionaries/tagger-extra.json` (not written by this script).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_TAG_ARGUMENTS } from '../dictionaries/schema';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npx tsx scripts/import-tagger.ts <path to pattern/text/nl>');
  process.exit(2);
}

const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith(';;;'));

/**
 * Brill-NL's tag → ours: UPOS as the Dutch UD treebanks use it (possessives are PRON, demonstratives and
 * quantifiers before a noun DET, ordinals ADJ, an inflected participle before a noun ADJ), with the verb form
 * (Fin, Inf, Part, Ger) and ADP:prt for a separable verb's particle.
 */
function coarse(tag: string): string {
  const [head, rest = ''] = tag.split('(');
  const f = rest.replace(')', '').split(',');
  switch (head) {
    case 'N':
      return f[0] === 'eigen' ? 'PROPN' : 'NOUN';
    case 'Adj':
      return 'ADJ';
    case 'Adv':
      if (f[0] === 'deel_v') return 'ADP:prt';
      if (f[0] === 'deel_adv') return 'ADP';
      return 'ADV';
    case 'Art':
      return 'DET';
    case 'Conj':
      return f[0] === 'neven' ? 'CCONJ' : 'SCONJ';
    case 'Int':
      return 'INTJ';
    case 'SYM':
      return 'SYM';
    case 'Misc':
      return f[0] === 'symbool' ? 'SYM' : 'X';
    case 'Num':
      return f[0] === 'rang' ? 'ADJ' : 'NUM';
    case 'Prep':
      return f[0] === 'voor_inf' ? 'PART' : 'ADP';
    case 'Pron':
      if (f[0] !== 'bez' && f[0] !== 'per' && f[0] !== 'refl' && f[0] !== 'rec' && f.includes('attr')) return 'DET';
      return 'PRON';
    case 'Punc':
      return 'PUNCT';
    case 'V': {
      const pos = f[0].startsWith('hulp') ? 'AUX' : 'VERB';
      if (f.includes('verl_dw')) return f.some((x) => x.startsWith('verv')) ? 'ADJ' : `${pos}:Part`;
      if (f.includes('teg_dw')) return f.some((x) => x.startsWith('verv')) ? 'ADJ' : `${pos}:Ger`;
      if (f.includes('inf')) return `${pos}:Inf`;
      return `${pos}:Fin`;
    }
    default:
      return 'X';
  }
}

const tags: string[] = [];
const tagIndex = new Map<string, number>();
const tagOf = (tag: string): number => {
  let i = tagIndex.get(tag);
  if (i === undefined) {
    i = tags.length;
    tags.push(tag);
    tagIndex.set(tag, i);
  }
  return i;
};
// The tags the tagger itself assigns, first: pattern's defaults for unknown words and the sentence boundary.
for (const t of ['N(soort,ev,neut)', 'N(eigen,ev,neut)', 'Num(hoofd,bep,zelfst,onverv)', 'Punc(punt)', 'Punc(komma)', 'STAART']) tagOf(t);

// Lexicon: words grouped by tag, one space-separated string per tag.
const byTag = new Map<number, string[]>();
let lexiconWords = 0;
for (const line of lines('nl-lexicon.txt')) {
  const [word, tag] = line.split(/\s+/);
  if (!tag) continue;
  const t = tagOf(tag);
  if (!byTag.has(t)) byTag.set(t, []);
  byTag.get(t)!.push(word);
  lexiconWords++;
}

const MORPHOLOGY_COMMANDS = new Set([
  'word',
  'char',
  'haspref',
  'hassuf',
  'addpref',
  'addsuf',
  'deletepref',
  'deletesuf',
  'goodleft',
  'goodright',
]);
const morphology: [number, string, string, number][] = [];
for (const line of lines('nl-morphology.txt')) {
  const r = line.split(/\s+/);
  const to = tagOf(r[r.length - 2]);
  if (MORPHOLOGY_COMMANDS.has(r[1])) morphology.push([-1, r[0], r[1], to]);
  else if (r[2].startsWith('f') && MORPHOLOGY_COMMANDS.has(r[2].slice(1))) morphology.push([tagOf(r[0]), r[1], r[2].slice(1), to]);
  else throw new Error(`unknown morphology rule: ${line}`);
}

const context: (string | number)[][] = [];
for (const line of lines('nl-context.txt')) {
  const [from, to, command, x, y] = line.split(/\s+/);
  const cmd = command.toLowerCase();
  const args = CONTEXT_TAG_ARGUMENTS[cmd];
  if (!args) throw new Error(`unknown context rule: ${line}`);
  const rule: (string | number)[] = [tagOf(from), tagOf(to), cmd, args[0] ? tagOf(x) : x];
  if (y !== undefined) rule.push(args[1] ? tagOf(y) : y);
  context.push(rule);
}

const data = {
  source:
    'Converted by scripts/import-tagger.ts from pattern 2.6 (https://github.com/clips/pattern), text/nl: Brill-NL by Jeroen Geertzen. Copyright (c) 2011-2013 University of Antwerp, Belgium. BSD 3-clause licence: see tagger.LICENSE.txt.',
  tags: tags.map((t) => [t, coarse(t)]),
  lexicon: tags.map((_, i) => (byTag.get(i) ?? []).join(' ')),
  morphology,
  context,
};
// One rule per line: readable diffs, and still compact.
const json = `{\n${Object.entries(data)
  .map(([key, value]) =>
    Array.isArray(value) ? `"${key}": [\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : `"${key}": ${JSON.stringify(value)}`,
  )
  .join(',\n')}\n}\n`;
const out = join(import.meta.dirname, '..', 'dictionaries', 'tagger.json');
writeFileSync(out, json);
console.log(
  `${lexiconWords} words, ${tags.length} tags, ${morphology.length} morphology rules, ${context.length} context rules: ${json.length} characters written to dictionaries/tagger.json`,
);
