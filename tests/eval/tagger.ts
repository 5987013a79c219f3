/**
 * Scores the part-of-speech tagger (rules/shared/tagger.ts) against tests/eval/tagged.json: 150 sentences of letter
 * Dutch tagged with universal parts of speech by a separate annotator (`[{ text, tokens: [[token, tag], …] }]`).
 *
 * Their tokens and ours are matched by their place in the text: a token of theirs counts only when we have a token
 * with exactly the same start and end ("'s morgens" is one token for them, two for us: both unaligned, and
 * counted as wrong in the accuracy over all tokens). A word is **known** when the lexicon or our corrections hold
 * it as written or in lower case; the rest went through the guessing steps.
 *
 * The first half (`development`) is the one whose errors we read while writing tagger-extra.json; the second half
 * (`held-out`) is not looked at, and says how well that generalises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { tagger as data, taggerExtra } from '../../dictionaries/index';
import { toParagraph } from '../../rules/shared/paragraph';
import { tagsOf, type Tag } from '../../rules/shared/tagger';

/**
 * The least token accuracy (aligned tokens) each half must keep: measured 0.967 (development) and 0.952
 * (held-out) when the tagger came in, minus a small margin for corrections that trade one error for another.
 */
export const TAGGER_FLOOR = 0.94;

export interface TaggedSentence {
  text: string;
  tokens: [string, string][];
}

export type TaggedHalf = 'development' | 'held-out';

export function loadTagged(half?: TaggedHalf): TaggedSentence[] {
  const all = JSON.parse(readFileSync(join(import.meta.dirname, 'tagged.json'), 'utf8')) as TaggedSentence[];
  const middle = Math.ceil(all.length / 2);
  return half === undefined ? all : half === 'development' ? all.slice(0, middle) : all.slice(middle);
}

interface Count {
  tokens: number;
  right: number;
}

export interface TaggerEvaluation {
  sentences: number;
  /** Their tokens. */
  tokens: number;
  /** Their tokens we have a token for, at exactly the same place. */
  aligned: number;
  unaligned: string[];
  /** Right among aligned tokens / among all their tokens (unaligned counted wrong). */
  accuracy: number;
  accuracyAll: number;
  /** The same without punctuation. */
  words: Count;
  known: Count;
  unknown: Count;
  /** Per tag of theirs: how many, how many we got right. */
  perTag: Map<string, Count>;
  /** Confusions "theirs → ours" with counts. */
  confusions: Map<string, number>;
  errors: string[];
}

const parser = unified().use(retextDutch);

/** Our tokens with their places: the paragraph's words with their tags, and each punctuation mark between them. */
function ourTokens(text: string): { start: number; end: number; tag: Tag; word: string }[] {
  const paragraph = toParagraph(text, parser.parse(text));
  const out: { start: number; end: number; tag: Tag; word: string }[] = [];
  const punctuation = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (/[^\s\p{L}\p{N}]/u.test(text[k])) out.push({ start: k, end: k + 1, tag: 'PUNCT', word: text[k] });
  };
  let at = 0;
  for (const sentence of paragraph.sentences) {
    const tags = tagsOf(paragraph, sentence);
    sentence.words.forEach((word, i) => {
      punctuation(at, word.start);
      out.push({ start: word.start, end: word.end, tag: tags[i], word: word.value });
      at = word.end;
    });
  }
  punctuation(at, text.length);
  return out;
}

let knownWords: Set<string> | undefined;
function isKnown(word: string): boolean {
  if (!knownWords) {
    knownWords = new Set(data.lexicon.flatMap((words) => (words ? words.split(' ') : [])));
    for (const [w] of taggerExtra.lexicon) knownWords.add(w);
  }
  return knownWords.has(word) || knownWords.has(word.toLowerCase());
}

export function evaluateTagger(sentences: TaggedSentence[]): TaggerEvaluation {
  const count = (): Count => ({ tokens: 0, right: 0 });
  const words = count();
  const known = count();
  const unknown = count();
  const perTag = new Map<string, Count>();
  const confusions = new Map<string, number>();
  const unaligned: string[] = [];
  const errors: string[] = [];
  let tokens = 0;
  let aligned = 0;
  let right = 0;
  for (const { text, tokens: gold } of sentences) {
    const ours = new Map(ourTokens(text).map((t) => [`${t.start}:${t.end}`, t]));
    let cursor = 0;
    for (const [token, tag] of gold) {
      tokens++;
      const start = text.indexOf(token, cursor);
      cursor = start + token.length;
      const per = perTag.get(tag) ?? count();
      perTag.set(tag, per);
      per.tokens++;
      const mine = ours.get(`${start}:${cursor}`);
      if (!mine) {
        unaligned.push(`${token}  ←  ${text}`);
        continue;
      }
      aligned++;
      const ok = mine.tag === tag;
      if (ok) {
        right++;
        per.right++;
      }
      if (tag !== 'PUNCT') {
        words.tokens++;
        const kind = isKnown(token) ? known : unknown;
        kind.tokens++;
        if (ok) {
          words.right++;
          kind.right++;
        }
      }
      if (!ok) {
        const key = `${tag} → ${mine.tag}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
        errors.push(`${token}: ${key}  ←  ${text}`);
      }
    }
  }
  return {
    sentences: sentences.length,
    tokens,
    aligned,
    unaligned,
    accuracy: aligned ? right / aligned : 0,
    accuracyAll: tokens ? right / tokens : 0,
    words,
    known,
    unknown,
    perTag,
    confusions,
    errors,
  };
}
