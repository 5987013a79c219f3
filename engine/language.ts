/**
 * Language per paragraph with franc-min, tuned for letters: short paragraphs
 * ("Beste mevrouw,") have too little text for trigrams and take the language
 * of the text around them, and a paragraph full of Dutch function words stays
 * Dutch even when trigrams hesitate.
 */
import { francAll } from 'franc-min';
import type { Language } from '../contract/index';

/** Below this many letters a paragraph has no language of its own. */
const MIN_LETTERS = 40;

const FUNCTION_WORDS = {
  // Only words that are not also common in the other language ("is", "in", "we", "of" are in both).
  nl: new Set([
    'de',
    'het',
    'een',
    'en',
    'van',
    'u',
    'uw',
    'wij',
    'ik',
    'je',
    'niet',
    'op',
    'te',
    'voor',
    'met',
    'dat',
    'die',
    'zijn',
    'wordt',
    'kunt',
    'bent',
    'hebt',
    'naar',
    'ook',
    'maar',
    'als',
    'om',
    'bij',
    'er',
    'aan',
  ]),
  en: new Set([
    'the',
    'a',
    'an',
    'and',
    'you',
    'your',
    'i',
    'not',
    'on',
    'to',
    'for',
    'with',
    'that',
    'are',
    'be',
    'will',
    'can',
    'have',
    'this',
    'it',
    'at',
    'our',
    'please',
  ]),
};

function functionWordShare(words: string[], set: Set<string>): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}

/** Dutch wins when its trigram score is at least this share of the best one. */
const DUTCH_MARGIN = 0.9;
/** Below this many characters, trigrams alone do not take a paragraph away from Dutch. */
const SURE_LENGTH = 80;

/** The beginning of a paragraph tells its language; looking further only costs time. */
const SAMPLE = 600;

/** The paragraph's own language, or undefined when it is too short to tell. */
export function detectLanguage(paragraph: string): Language | undefined {
  const text = paragraph.length > SAMPLE ? paragraph.slice(0, SAMPLE) : paragraph;
  // Latin letters only: function words are Latin, and this is much faster than \p{L}.
  const words = text.toLowerCase().match(/[a-zà-öø-ÿ]+/g) ?? [];
  const nl = functionWordShare(words, FUNCTION_WORDS.nl);
  const en = functionWordShare(words, FUNCTION_WORDS.en);
  // Only count letters when the text could be short: counting costs a pass over the text.
  if (text.length < MIN_LETTERS * 3 && text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) {
    // A short line still tells when it has a few function words of one language only ("Wij bellen u.").
    if (nl * words.length >= 2 && en === 0) return 'nl';
    if (en * words.length >= 2 && nl === 0) return 'en';
    return undefined;
  }
  if (nl >= 0.2 && nl > en * 1.5) return 'nl';
  if (en >= 0.2 && en > nl * 1.5) return 'en';
  // Trigrams decide the rest. Our writers write Dutch: a paragraph only loses the Dutch rules when it is
  // long enough for trigrams to be sure and Dutch is not a close second.
  const scores = francAll(text, { minLength: 10 });
  const [top, score] = scores[0];
  if (top === 'nld') return 'nl';
  const dutch = scores.find(([code]) => code === 'nld')?.[1] ?? 0;
  if (dutch >= score * DUTCH_MARGIN) return 'nl';
  if (top === 'eng') return 'en';
  if (top === 'und' || text.length < SURE_LENGTH) return undefined;
  return 'other';
}

/** Fill in short paragraphs from their neighbours: the previous paragraph, else the next, else Dutch. */
export function assignLanguages(detected: (Language | undefined)[]): Language[] {
  // The first language found, for the paragraphs before it; found once, not searched again for each of them (a
  // paste of 36,000 short lines took 28 s that way).
  const first = detected.find((l) => l !== undefined) ?? 'nl';
  const out: Language[] = [];
  let previous: Language | undefined;
  for (let i = 0; i < detected.length; i++) {
    const own = detected[i] ?? previous ?? first;
    out.push(own);
    if (detected[i] !== undefined) previous = detected[i];
  }
  return out;
}
