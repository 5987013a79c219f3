/**
 * Part of speech for every word of a sentence: our own Brill tagger over Brill-NL's data (dictionaries/tagger.json,
 * from pattern): look each word up in the lexicon, guess unknown words from their form (numbers, capitals, the verb
 * table, then Brill's morphology rules), then let Brill's context rules correct tags from their neighbours. It
 * follows pattern's `find_tags` (pattern/text/__init__.py), with our fallbacks and corrections
 * (dictionaries/tagger-extra.json). The model is built on first use, once per process; a sentence is tagged the
 * first time a rule asks (`tagsOf`), so rules that need no tags cost nothing.
 */
import { tagger as data, taggerExtra } from '../../dictionaries/index';
import { CONTEXT_TAG_ARGUMENTS } from '../../dictionaries/schema';
import type { Paragraph, Sentence } from './paragraph';
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

/**
 * Tags of the words of a list, with the punctuation between them (`gaps[k]`: the text before word k, and after
 * the last word at `gaps[words.length]`). Returns Brill-NL's tag numbers per word; `coarseTag` maps them.
 */
export function tagTokens(values: readonly string[], lower: readonly string[], gaps: readonly string[]): number[] {
  const w: string[] = [];
  const v: string[] = [];
  const wordAt: number[] = [];
  startTokens(w, v);
  for (let k = 0; k < values.length; k++) {
    pushPunctuation(w, v, gaps[k], 0, gaps[k].length);
    wordAt.push(w.length);
    w.push(lower[k]);
    v.push(values[k]);
  }
  pushPunctuation(w, v, gaps[values.length], 0, gaps[values.length].length);
  const t = tagSequence(w, v, wordAt[0]);
  return wordAt.map((k) => t[k]);
}

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

/** Brill-NL's most frequent tag of a word as written, e.g. "N(soort,mv,neut)" for a plural noun; undefined when unknown. */
export function lexiconTag(word: string): string | undefined {
  const m = (model ??= build());
  const tag = m.lexicon.get(word);
  return tag === undefined ? undefined : m.fine[tag];
}

let participles: { known: Set<string>; intransitive: Set<string> } | undefined;
/** The lexicon's participles (only its participle tags are read), and which of them take no object. */
function participleSets() {
  if (!participles) {
    participles = { known: new Set(), intransitive: new Set() };
    data.tags.forEach(([fine], tag) => {
      if (!fine.includes('verl_dw') || !data.lexicon[tag]) return;
      const intransitive = fine.startsWith('V(intrans') || fine.startsWith('V(hulp_of_kopp');
      for (const word of data.lexicon[tag].split(' ')) {
        participles!.known.add(word);
        if (intransitive) participles!.intransitive.add(word);
      }
    });
    // Our corrections win over the lexicon's tag.
    for (const [word, tag] of taggerExtra.lexicon) {
      if (tag.includes('verl_dw')) participles.known.add(word);
      else participles.known.delete(word);
    }
  }
  return participles;
}

/**
 * A past participle the data knows (Brill-NL's lexicon or the verb table), not one the tagger guessed from an
 * ending ("arbeidsongeschikt" is no participle).
 */
export const isKnownParticiple = (word: string): boolean =>
  (formSlots(word) & SLOT_BIT.participle) !== 0 || participleSets().known.has(word);

/**
 * A participle of a verb that takes no object, by Brill-NL's lexicon ("verhuisd", "gestegen", "gebeurd"): after
 * "zijn" it makes an active perfect ("wij zijn verhuisd"), never a passive.
 */
export const isIntransitiveParticiple = (word: string): boolean => participleSets().intransitive.has(word);

export function coarseTag(tag: number): Tag {
  return (model ??= build()).coarse[tag];
}

export function fineTag(tag: number): string {
  return (model ??= build()).fine[tag];
}

/** Whether a word is that form of some verb in the conjugation table. */
const isForm = (word: string, slot: Slot) => (formSlots(word) & SLOT_BIT[slot]) !== 0;

const words = (s: string) => new Set(s.split(' '));
const HEBBEN = words('heb hebt heeft hebben had hadden gehad');
const ZIJN_WORDEN = words('ben bent is zijn was waren geweest word wordt worden werd werden geworden');
/** Auxiliaries of a perfect or passive: a participle in their clause is one. */
const PERFECT_AUX = new Set([...HEBBEN, ...ZIJN_WORDEN]);
/** Modal verbs, "zullen" and "laten": auxiliaries when an infinitive goes with them ("ik wil graag een afspraak" has none). */
const MODAL = words(
  'kan kunt kunnen kon konden moet moeten moest moesten mag mogen mocht mochten wil wilt willen wou wilde wilden zal zult zullen zou zouden laat laten liet lieten',
);
const isFinite = (t: Tag) => t === 'VERB:Fin' || t === 'AUX:Fin';
const isInfinitive = (t: Tag) => t === 'VERB:Inf' || t === 'AUX:Inf';
const isVerb = (t: Tag) => t.startsWith('VERB') || t.startsWith('AUX');
/** Conjunctions that start a clause of their own ("dat" and "of" are too often something else). */
const SPLIT_AT = (t: Tag, w: string) => (t === 'SCONJ' || t === 'CCONJ') && w !== 'dat' && w !== 'of';

/**
 * Our corrections that need the whole clause, which Brill's three-word window does not see: a participle after
 * its auxiliary ("er wordt van u verwacht"), AUX only for auxiliaries, and "hebben" and modals as main verbs
 * when no participle or infinitive goes with them (as UD tags them), the finite verb of a clause the rules tagged
 * as an infinitive ("wij kunnen"), a participle after an article as an adjective ("de gesloten envelop"), and a
 * command at the start of a sentence ("Stuur het formulier").
 */
function repairClauses(sentence: Sentence, tags: Tag[]): void {
  const { words: ws, lower } = sentence;
  const n = ws.length;
  if (n > 1 && isForm(lower[0], 'first') && /^\p{Lu}/u.test(ws[0].value) && !MODAL.has(lower[0]) && !PERFECT_AUX.has(lower[0])) {
    const next = tags[1];
    if (next === 'DET' || next === 'PRON' || next === 'ADP' || next === 'ADV' || next === 'NUM' || next === 'PROPN') tags[0] = 'VERB:Fin';
  }
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && !ws[k].breakBefore && !SPLIT_AT(tags[k], lower[k])) continue;
    repairClause(lower, tags, start, k);
    start = k;
  }
  // Right after an article a participle is an adjective ("de gesloten envelop") or, guessed wrong, the noun itself.
  for (let k = 1; k < n; k++) {
    if (tags[k] === 'VERB:Part' && tags[k - 1] === 'DET' && !ws[k].breakBefore)
      tags[k] = k + 1 < n && (tags[k + 1] === 'NOUN' || tags[k + 1] === 'ADJ') ? 'ADJ' : 'NOUN';
  }
}

function repairClause(lower: readonly string[], tags: Tag[], from: number, to: number): void {
  let perfect = false;
  let modal = false;
  for (let k = from; k < to; k++) {
    if (PERFECT_AUX.has(lower[k])) perfect = true;
    if (MODAL.has(lower[k])) modal = true;
  }
  for (let k = from; k < to; k++) {
    const t = tags[k];
    const w = lower[k];
    if (PERFECT_AUX.has(w) || MODAL.has(w)) continue;
    if (perfect && (isVerb(t) || ((t === 'NOUN' || t === 'ADJ') && w.startsWith('ge'))) && t !== 'VERB:Part' && isForm(w, 'participle'))
      tags[k] = 'VERB:Part';
    // "U zult een brief ontvangen": with a modal and no perfect, a form that is both is the infinitive.
    else if (modal && !perfect && t === 'VERB:Part' && isForm(w, 'inf')) tags[k] = 'VERB:Inf';
  }
  let hasPart = false;
  let hasInf = false;
  let hasFinite = false;
  for (let k = from; k < to; k++) {
    const t = tags[k];
    if (t === 'VERB:Part' || t === 'AUX:Part') hasPart = true;
    if (isInfinitive(t) && !MODAL.has(lower[k])) hasInf = true;
    if (isFinite(t)) hasFinite = true;
  }
  if (!hasFinite) {
    // Every clause has a finite verb; the first "infinitive" not after "te" or an article is it.
    for (let k = from; k < to; k++) {
      if (!isInfinitive(tags[k]) || (k > 0 && (lower[k - 1] === 'te' || tags[k - 1] === 'DET'))) continue;
      tags[k] = tags[k] === 'AUX:Inf' ? 'AUX:Fin' : 'VERB:Fin';
      break;
    }
  }
  for (let k = from; k < to; k++) {
    const t = tags[k];
    if (!isVerb(t)) continue;
    const form = t.slice(t.indexOf(':')) as ':Fin' | ':Inf' | ':Part' | ':Ger';
    const w = lower[k];
    const aux = HEBBEN.has(w) ? hasPart : MODAL.has(w) ? hasInf : ZIJN_WORDEN.has(w);
    tags[k] = `${aux ? 'AUX' : 'VERB'}${form}`;
  }
}

const cache = new WeakMap<Sentence, readonly Tag[]>();

/** The coarse tag of every word of a sentence (`sentence.words[i]` ↔ result[i]); tagged once, on first ask. */
export function tagsOf(paragraph: Paragraph, sentence: Sentence): readonly Tag[] {
  let tags: Tag[] | readonly Tag[] | undefined = cache.get(sentence);
  if (!tags) {
    const { words } = sentence;
    const text = paragraph.text;
    const w: string[] = [];
    const v: string[] = [];
    const wordAt: number[] = [];
    startTokens(w, v);
    let at = sentence.start;
    for (let k = 0; k < words.length; k++) {
      pushPunctuation(w, v, text, at, words[k].start);
      wordAt.push(w.length);
      w.push(sentence.lower[k]);
      v.push(words[k].value);
      at = words[k].end;
    }
    pushPunctuation(w, v, text, at, sentence.end);
    const m = (model ??= build());
    const t = tagSequence(w, v, wordAt[0]);
    tags = wordAt.map((k, i) => {
      const coarse = m.coarse[t[k]];
      if (coarse !== 'PROPN' || words[i].value !== sentence.lower[i]) return coarse;
      // A context rule made a known lower-case word a name ("4 februari"): the lexicon knows better.
      const known = m.lexicon.get(sentence.lower[i]);
      return known === undefined ? coarse : m.coarse[known];
    });
    repairClauses(sentence, tags as Tag[]);
    cache.set(sentence, tags);
  }
  return tags;
}
