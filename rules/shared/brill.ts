/**
 * Our Brill tagger over Brill-NL's data (dictionaries/tagger.json, from pattern): look each word up in the lexicon,
 * guess unknown words from their form (numbers, capitals, the verb table, then Brill's morphology rules), then let
 * Brill's context rules correct tags from their neighbours, as pattern's `find_tags` does
 * (pattern/text/__init__.py); our corrections (dictionaries/tagger-extra.json) run as a second pass. The model is
 * built on first use, once per process. Sentences are tagged through rules/shared/tagger.ts.
 */
import { tagger as data, taggerExtra } from '../../dictionaries/index';
import { CONTEXT_TAG_ARGUMENTS } from '../../dictionaries/schema';
import { formSlots, SLOT_BIT, type Slot } from './verbs';

/** Universal part of speech; verbs and auxiliaries with their form, a separable verb's particle as `ADP:prt`. */
export type Tag =
  | 'NOUN'
  | 'PROPN'
  | 'VERB:Fin'
  | 'VERB:Inf'
  | 'VERB:Part'
  | 'VERB:Ger'
  | 'AUX:Fin'
  | 'AUX:Inf'
  | 'AUX:Part'
  | 'AUX:Ger'
  | 'ADJ'
  | 'ADV'
  | 'ADP'
  | 'ADP:prt'
  | 'DET'
  | 'PRON'
  | 'NUM'
  | 'CCONJ'
  | 'SCONJ'
  | 'PART'
  | 'INTJ'
  | 'PUNCT'
  | 'SYM'
  | 'X';

/** A compiled context rule's condition, on the padded tags and words at token `i`. */
type ContextTest = (t: readonly number[], w: readonly string[], i: number) => boolean;
type ContextRules = Map<number, { to: number; test: ContextTest }[]>;

interface Model {
  fine: readonly string[];
  coarse: readonly Tag[];
  index: Map<string, number>;
  lexicon: Map<string, number>;
  morphology: readonly (readonly [from: number, affix: string, command: string, to: number])[];
  /** Brill-NL's context rules by the tag they change, in order; then ours (a second pass). */
  contextByFrom: ContextRules;
  extraByFrom: ContextRules;
  /** Words whose neighbour Brill's morphology rules read (goodright: the word before; goodleft: after). */
  goodRight: Set<string>;
  goodLeft: Set<string>;
  /** Guesses for unknown words, by word and the neighbours that matter. */
  guessed: Map<string, number>;
  /** Bits of `formSlots` with their tag, in order of preference. */
  verbTags: readonly (readonly [bit: number, tag: number])[];
  N: number;
  PROPN: number;
  NUM: number;
  PUNCT: number;
  STAART: number;
}

const PAD = 3;

const VERB_SLOT_TAGS: readonly (readonly [Slot, string])[] = [
  ['participle', 'V(trans,verl_dw,onverv)'],
  ['inf', 'V(trans,inf)'],
  ['third', 'V(trans,ott,3,ev)'],
  ['first', 'V(trans,ott,1,ev)'],
  ['past', 'V(trans,ovt,1_of_2_of_3,ev)'],
  ['pastPl', 'V(trans,ovt,1_of_2_of_3,mv)'],
];

function compileContext(cmd: string, x: string | number, y: string | number | undefined): ContextTest {
  // Offsets are into the padded arrays; `i` is the current token.
  switch (cmd) {
    case 'prevtag':
      return (t, _w, i) => t[i - 1] === x;
    case 'nexttag':
      return (t, _w, i) => t[i + 1] === x;
    case 'prev2tag':
      return (t, _w, i) => t[i - 2] === x;
    case 'next2tag':
      return (t, _w, i) => t[i + 2] === x;
    case 'prev1or2tag':
      return (t, _w, i) => t[i - 1] === x || t[i - 2] === x;
    case 'next1or2tag':
      return (t, _w, i) => t[i + 1] === x || t[i + 2] === x;
    case 'prev1or2or3tag':
      return (t, _w, i) => t[i - 1] === x || t[i - 2] === x || t[i - 3] === x;
    case 'next1or2or3tag':
      return (t, _w, i) => t[i + 1] === x || t[i + 2] === x || t[i + 3] === x;
    case 'surroundtag':
      return (t, _w, i) => t[i - 1] === x && t[i + 1] === y;
    case 'curwd':
      return (_t, w, i) => w[i] === x;
    case 'prevwd':
      return (_t, w, i) => w[i - 1] === x;
    case 'nextwd':
      return (_t, w, i) => w[i + 1] === x;
    case 'prev1or2wd':
      return (_t, w, i) => w[i - 1] === x || w[i - 2] === x;
    case 'next1or2wd':
      return (_t, w, i) => w[i + 1] === x || w[i + 2] === x;
    case 'prevwdtag':
      return (t, w, i) => w[i - 1] === x && t[i - 1] === y;
    case 'nextwdtag':
      return (t, w, i) => w[i + 1] === x && t[i + 1] === y;
    case 'wdprevtag':
      return (t, w, i) => t[i - 1] === x && w[i] === y;
    case 'wdnexttag':
      return (t, w, i) => w[i] === x && t[i + 1] === y;
    case 'wdand2aft':
      return (_t, w, i) => w[i] === x && w[i + 2] === y;
    case 'wdand2tagbfr':
      return (t, w, i) => t[i - 2] === x && w[i] === y;
    case 'wdand2tagaft':
      return (t, w, i) => w[i] === x && t[i + 2] === y;
    case 'lbigram':
      return (_t, w, i) => w[i - 1] === x && w[i] === y;
    case 'rbigram':
      return (_t, w, i) => w[i] === x && w[i + 1] === y;
    case 'prevbigram':
      return (t, _w, i) => t[i - 2] === x && t[i - 1] === y;
    case 'nextbigram':
      return (t, _w, i) => t[i + 1] === x && t[i + 2] === y;
    default:
      throw new Error(`unknown context rule ${cmd}`);
  }
}

let model: Model | undefined;

function build(): Model {
  const fine = data.tags.map(([f]) => f);
  const coarse = data.tags.map(([, c]) => c as Tag);
  const index = new Map(fine.map((f, i) => [f, i]));
  const tagNumber = (tag: string): number => {
    const i = index.get(tag);
    if (i === undefined) throw new Error(`tagger-extra.json: unknown tag ${tag}`);
    return i;
  };
  const lexicon = new Map<string, number>();
  data.lexicon.forEach((words, tag) => {
    if (words) for (const word of words.split(' ')) lexicon.set(word, tag);
  });
  for (const [word, tag] of taggerExtra.lexicon) lexicon.set(word, tagNumber(tag));

  const addContext = (rules: ContextRules, from: number, to: number, cmd: string, x: string | number, y?: string | number) => {
    const list = rules.get(from) ?? [];
    list.push({ to, test: compileContext(cmd, x, y) });
    rules.set(from, list);
  };
  const contextByFrom: ContextRules = new Map();
  const extraByFrom: ContextRules = new Map();
  for (const [from, to, cmd, x, y] of data.context) addContext(contextByFrom, from as number, to as number, cmd as string, x, y);
  for (const [from, to, cmd, x, y] of taggerExtra.context) {
    const args = CONTEXT_TAG_ARGUMENTS[cmd];
    if (!args) throw new Error(`tagger-extra.json: unknown context rule ${cmd}`);
    const arg = (a: string | undefined, isTag: boolean) => (a === undefined ? undefined : isTag ? tagNumber(a) : a);
    addContext(extraByFrom, tagNumber(from), tagNumber(to), cmd, arg(x, args[0])!, arg(y, args[1]));
  }

  // Words the lexicon lacks get their tag from the conjugation table: a participle first (the passive needs it),
  // then infinitive, present and past forms (by bit of `formSlots`).
  const verbTags = VERB_SLOT_TAGS.map(([slot, tag]) => [SLOT_BIT[slot], tagNumber(tag)] as const);
  return {
    fine,
    coarse,
    index,
    lexicon,
    morphology: data.morphology,
    contextByFrom,
    extraByFrom,
    goodRight: new Set(data.morphology.filter((r) => r[2] === 'goodright').map((r) => r[1])),
    goodLeft: new Set(data.morphology.filter((r) => r[2] === 'goodleft').map((r) => r[1])),
    guessed: new Map(),
    verbTags,
    N: tagNumber('N(soort,ev,neut)'),
    PROPN: tagNumber('N(eigen,ev,neut)'),
    NUM: tagNumber('Num(hoofd,bep,zelfst,onverv)'),
    PUNCT: tagNumber('Punc(punt)'),
    STAART: tagNumber('STAART'),
  };
}

const EMPHASIS = /[áéíóú]/;
const WORDLIKE = /[\p{L}\p{N}]/u;
const NUMBER = /^[\d€$%.,:/+-]*\d[\d.,:/%-]*$/;
const CAPITAL = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d-]+$/u;
/** Closed word classes: a capital does not make these a name ("Wij danken U", "Met Vriendelijke Groeten"). */
const CLOSED = new Set<Tag>(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX:Fin', 'AUX:Inf', 'PART', 'ADV']);

/** Brill's lexical rules for an unknown word (pattern's Morphology.apply): every rule that matches sets the tag. */
function morphology(m: Model, w: string, tag: number, prev: string, next: string): number {
  for (const [from, x, cmd, to] of m.morphology) {
    if (from >= 0 && tag !== from) continue;
    let hit = false;
    switch (cmd) {
      case 'word':
        hit = w === x;
        break;
      case 'char':
        hit = w.includes(x);
        break;
      case 'haspref':
        hit = w.startsWith(x);
        break;
      case 'hassuf':
        hit = w.endsWith(x);
        break;
      case 'addpref':
        hit = m.lexicon.has(x + w);
        break;
      case 'addsuf':
        hit = m.lexicon.has(w + x);
        break;
      case 'deletepref':
        hit = w.startsWith(x) && m.lexicon.has(w.slice(x.length));
        break;
      case 'deletesuf':
        hit = w.endsWith(x) && m.lexicon.has(w.slice(0, w.length - x.length));
        break;
      case 'goodleft':
        hit = next === x;
        break;
      case 'goodright':
        hit = prev === x;
        break;
    }
    if (hit) tag = to;
  }
  return tag;
}

/** The tag of one word before the context rules. */
function initialTag(m: Model, words: readonly string[], values: readonly string[], k: number, first: boolean): number {
  // `words` and `values` are padded with PAD boundary tokens on each side.
  const value = values[k];
  const lower = words[k];
  const known = m.lexicon.get(value);
  if (known !== undefined) return known;
  if (!WORDLIKE.test(value)) return m.PUNCT;
  // The parser keeps a sentence's last period on some words ("belt je op."): look the word up without it.
  if (k === words.length - 1 - PAD && value.endsWith('.') && !value.slice(0, -1).includes('.')) {
    const bare = m.lexicon.get(lower.slice(0, -1));
    if (bare !== undefined) return bare;
  }
  if (value !== lower) {
    const asLower = m.lexicon.get(lower);
    // A capital at the start of a sentence, or on a function word, is no name; an acronym is ("OCMW").
    if (asLower !== undefined && (first || CLOSED.has(m.coarse[asLower]))) return asLower;
    if (ALL_CAPS.test(value) || (!first && CAPITAL.test(value))) return m.PROPN;
    if (asLower !== undefined) return asLower;
  }
  // Accents of emphasis ("vóór", "één", "dé"): the word without them.
  if (EMPHASIS.test(lower)) {
    const plain = m.lexicon.get(
      lower
        .normalize('NFD')
        .replace(/\u0301/g, '')
        .normalize('NFC'),
    );
    if (plain !== undefined) return plain;
  }
  if (NUMBER.test(lower)) return m.NUM;
  const slots = formSlots(lower);
  if (slots !== 0) for (const [bit, tag] of m.verbTags) if (slots & bit) return tag;
  if (first && CAPITAL.test(value) && ALL_CAPS.test(value)) return m.PROPN;
  // Brill's rules read the neighbours only for a few words ("worden" before a participle): memo on the rest.
  const prev = m.goodRight.has(words[k - 1]) ? words[k - 1] : '';
  const next = m.goodLeft.has(words[k + 1]) ? words[k + 1] : '';
  const key = `${lower}\u0000${prev}\u0000${next}`;
  let tag = m.guessed.get(key);
  if (tag === undefined) {
    if (m.guessed.size > 20000) m.guessed.clear();
    tag = morphology(m, lower, m.N, prev, next);
    m.guessed.set(key, tag);
  }
  return tag;
}

/** Brill's context rules (pattern's Context.apply): left to right; at each token, every rule for its tag as it came in. */
function context(byFrom: ContextRules, t: number[], w: readonly string[]): void {
  for (let i = PAD; i < t.length - PAD; i++) {
    const rules = byFrom.get(t[i]);
    if (!rules) continue;
    for (const rule of rules) if (rule.test(t, w, i)) t[i] = rule.to;
  }
}

const PUNCTUATION = /[^\s\p{L}\p{N}]/u;

function startTokens(w: string[], v: string[]): void {
  for (let k = 0; k < PAD; k++) {
    w.push('STAART');
    v.push('STAART');
  }
}

/** Punctuation takes part in the context ("Punc(komma)"): each mark between two words is a token of its own. */
function pushPunctuation(w: string[], v: string[], text: string, from: number, to: number): void {
  if (to - from === 1 && text.charCodeAt(from) === 32) return;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === ' ' || !PUNCTUATION.test(ch)) continue;
    w.push(ch);
    v.push(ch);
  }
}

/** Tags of padded token lists (PAD boundary tokens already at the start; added at the end here). */
function tagSequence(w: string[], v: string[], firstWord: number): number[] {
  const m = (model ??= build());
  const n = w.length;
  for (let k = 0; k < PAD; k++) {
    w.push('STAART');
    v.push('STAART');
  }
  const t = new Array<number>(w.length).fill(m.STAART);
  for (let k = PAD; k < n; k++) t[k] = initialTag(m, w, v, k, k === firstWord);
  context(m.contextByFrom, t, w);
  context(m.extraByFrom, t, w);
  return t;
}

/**
 * The coarse tags of a sentence's words (`values` as written, `lower` normalised), with the punctuation of `text`
 * between `start` and `end` as tokens of their own.
 */
export function tagWords(
  text: string,
  start: number,
  end: number,
  words: readonly { value: string; start: number; end: number }[],
  lower: readonly string[],
): Tag[] {
  const w: string[] = [];
  const v: string[] = [];
  const wordAt: number[] = [];
  startTokens(w, v);
  let at = start;
  for (let k = 0; k < words.length; k++) {
    pushPunctuation(w, v, text, at, words[k].start);
    wordAt.push(w.length);
    w.push(lower[k]);
    v.push(words[k].value);
    at = words[k].end;
  }
  pushPunctuation(w, v, text, at, end);
  const m = (model ??= build());
  const t = tagSequence(w, v, wordAt[0]);
  return wordAt.map((k, i) => {
    const coarse = m.coarse[t[k]];
    if (coarse !== 'PROPN' || words[i].value !== lower[i]) return coarse;
    // A context rule made a known lower-case word a name ("4 februari"): the lexicon knows better.
    const known = m.lexicon.get(lower[i]);
    return known === undefined ? coarse : m.coarse[known];
  });
}

/** Brill-NL's most frequent tag of a word as written, e.g. "N(soort,mv,neut)" for a plural noun; undefined when unknown. */
export function lexiconTag(word: string): string | undefined {
  const m = (model ??= build());
  const tag = m.lexicon.get(word);
  return tag === undefined ? undefined : m.fine[tag];
}
