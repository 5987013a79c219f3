/**
 * A flat, rule-friendly view of one parsed paragraph: sentences made of words
 * with their offsets. Built once per paragraph from the retext tree and shared
 * by every rule, so no rule walks the tree again.
 */
import type { Root, Sentence as NlcstSentence, RootContent } from 'nlcst';
import type { BlockKind } from '../../contract/index';

export interface Word {
  /** As written. */
  value: string;
  /** Lower case, NFC, straight apostrophes: what data is matched against. */
  lower: string;
  /** Offsets into the paragraph string. */
  start: number;
  end: number;
  /** A comma, semicolon, colon, bracket or dash stands between this word and the previous one. */
  breakBefore: boolean;
  /** Has a letter or digit, so it counts as a word (not a lone dash or symbol). */
  countable: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
  /** `words[i].lower`, for phrase look-ups. */
  lower: string[];
  /** Number of countable words. */
  wordCount: number;
}

export interface Paragraph {
  text: string;
  /** Which part of the letter this is (a text without letter parts is all body). */
  part: BlockKind;
  sentences: Sentence[];
}

const CLAUSE_BREAK = /[,;:()[\]–—]/;

const PLAIN = /^[a-z0-9.'/-]*$/;

export function normalizeWord(value: string): string {
  const lower = value.toLowerCase();
  // Most words are plain ASCII: skip the Unicode work for them.
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\u00AD/g, '');
}

const COUNTABLE = /[\p{L}\p{N}]/u;
/** A number with the full stop the parser took for an ordinal's: "4.", also an amount "642,60." or "1.700.". */
const ENDS_WITH_NUMBER_DOT = /^\d[\d.,]*\.$/;

/** Has a letter or digit; an ASCII letter or digit first decides without the Unicode regex. */
function isCountable(value: string): boolean {
  const c = value.charCodeAt(0) | 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return COUNTABLE.test(value);
}

/**
 * A line break usually ends a sentence in a letter ("Beste mevrouw,⏎Wij …",
 * "Met vriendelijke groeten⏎Ahmed"), while hard-wrapped e-mail text continues
 * on the next line in lower case. So a line break splits a sentence when the
 * next line starts with a capital, a digit or a bullet.
 */
function startsNewLine(next: string): boolean {
  return /^[\p{Lu}\p{N}•\-*–]/u.test(next);
}

export function toParagraph(text: string, tree: Root, part: BlockKind = 'body'): Paragraph {
  const sentences: Sentence[] = [];
  collectSentences(text, tree, sentences);
  if (part === 'list-item') uncountItemNumber(text, sentences[0]);
  return { text, part, sentences };
}

/** A list item's number or letter: "3) ", "2. ", "b) ", "(a) ". */
const ITEM_NUMBER = /^\s*(?:(?:\d{1,2}|[a-z])[.)]|\(\w{1,2}\))\s/u;

/** A list item's number ("3) als u dat hebt: …") is no word of its sentence: it does not make the sentence long. */
function uncountItemNumber(text: string, sentence: Sentence | undefined): void {
  const number = ITEM_NUMBER.exec(text);
  const first = sentence?.words[0];
  if (!number || !first?.countable || first.start >= number[0].length) return;
  first.countable = false;
  sentence!.wordCount--;
}

function collectSentences(text: string, node: Root | RootContent, out: Sentence[]): void {
  if (node.type === 'SentenceNode') splitSentence(text, node, out);
  else if ('children' in node) for (const child of node.children) collectSentences(text, child as RootContent, out);
}

/** A sentence under construction; plain functions instead of closures keep this hot path cheap. */
interface Builder {
  words: Word[];
  lower: string[];
  wordCount: number;
  start: number;
  end: number;
}

const newBuilder = (): Builder => ({ words: [], lower: [], wordCount: 0, start: -1, end: -1 });

function flush(b: Builder, out: Sentence[]): void {
  if (b.start >= 0 && b.words.length > 0) out.push({ start: b.start, end: b.end, words: b.words, lower: b.lower, wordCount: b.wordCount });
}

/** The word starting at `start` continues the number before it across one "," or "." ("89,50", "35.000"). */
function numberGoesOn(text: string, previous: Word | undefined, start: number): boolean {
  if (previous === undefined || start !== previous.end + 1) return false;
  const mark = text.charCodeAt(previous.end);
  if (mark !== 44 /* , */ && mark !== 46 /* . */) return false;
  return isDigit(previous.value.charCodeAt(previous.value.length - 1)) && isDigit(text.charCodeAt(start));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Dutch words that the parser takes for abbreviations when a full stop follows ("u" as an initial, "op" and "al" as
 * Latin ones, "zo", "vrij" and "ma" as days, "ver" and "kon" from its list), so it glues the next sentence on: "Dat
 * is vervelend voor u. We komen …", "We halen het op. Maar …", "Dat weet je al. Kom …", "Dat kost 50 cent. Betaal
 * …", "Doe het zo. Dan …", "Maak het voetpad vrij. Die regel …". After a number "u." is "uur" ("om 9 u.").
 */
const SMALL_LETTER = /^\p{Ll}\.$/u;
const WORDS_WITH_STOP = new Set(['u.', 'op.', 'al.', 'cent.', 'zo.', 'vrij.', 'ma.', 'ver.', 'kon.']);

function isWordWithStop(words: Word[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return false;
  // A small letter with a stop is no initial ("J. Peeters" has a capital): "Benali, met één n. In ons register …".
  // Not a list's letter at the start ("a. Breng …").
  if (SMALL_LETTER.test(last.value) && last.lower !== 'u.') return words.length > 1;
  if (!WORDS_WITH_STOP.has(last.lower)) return false;
  const before = words[words.length - 2];
  return last.lower !== 'u.' || before === undefined || !isDigit(before.value.charCodeAt(before.value.length - 1));
}

/** The word without the full stop the parser gave it. */
function dropStop(b: Builder): void {
  const last = b.words[b.words.length - 1];
  last.value = last.value.slice(0, -1);
  last.lower = last.lower.slice(0, -1);
  last.end -= 1;
  b.lower[b.lower.length - 1] = last.lower;
}

function splitSentence(text: string, node: NlcstSentence, out: Sentence[]): void {
  let b = newBuilder();
  let pendingBreak = false;
  let pendingNewline = false;
  for (const child of node.children) {
    const s = child.position?.start.offset;
    const e = child.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    if (child.type === 'WhiteSpaceNode') {
      if (child.value.includes('\n') || child.value.includes('\r')) pendingNewline = true;
      continue;
    }
    const value = child.type === 'WordNode' ? text.slice(s, e) : child.value;
    // A full stop the parser kept inside a word, then a capital: a new sentence. "… op het Sint-Jansplein 4. Wij zijn
    // open" ("4." read as an ordinal; a list's "1. Geef …" is the first word of its sentence, so it stays), and the
    // words it takes for abbreviations ("voor u. We komen …").
    const wordWithStop = child.type === 'WordNode' && isWordWithStop(b.words);
    if (
      child.type === 'WordNode' &&
      /^\p{Lu}/u.test(value) &&
      (wordWithStop || (b.words.length > 1 && ENDS_WITH_NUMBER_DOT.test(b.words[b.words.length - 1].value)))
    ) {
      if (wordWithStop) dropStop(b);
      flush(b, out);
      b = newBuilder();
      pendingBreak = false;
    } else if (pendingNewline && b.words.length > 0 && child.type !== 'PunctuationNode' && startsNewLine(value)) {
      flush(b, out);
      b = newBuilder();
      pendingBreak = false;
    }
    pendingNewline = false;
    if (b.start < 0) b.start = s;
    b.end = e;
    // "89,50" and "35.000" are one number: the parser splits them at the mark, which is no clause break.
    const last = b.words[b.words.length - 1];
    if (child.type === 'WordNode' && numberGoesOn(text, last, s)) {
      last.value = text.slice(last.start, e);
      last.lower = last.value;
      b.lower[b.lower.length - 1] = last.value;
      last.end = e;
      pendingBreak = false;
      continue;
    }
    if (child.type === 'WordNode') {
      const lower = normalizeWord(value);
      const countable = isCountable(value);
      b.words.push({ value, lower, start: s, end: e, breakBefore: pendingBreak, countable });
      b.lower.push(lower);
      if (countable) b.wordCount++;
      pendingBreak = false;
    } else if (child.type === 'PunctuationNode' && CLAUSE_BREAK.test(child.value)) {
      pendingBreak = true;
    }
  }
  if (isWordWithStop(b.words)) dropStop(b);
  flush(b, out);
}
