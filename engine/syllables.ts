/**
 * Dutch syllable counts from Dutch hyphenation patterns (TeX patterns via the
 * `hyphen` package). Hyphenation never splits off a single letter at the edge
 * of a word (i-dee, Bel-gi-ë), so inside each hyphenation part we also count
 * vowel groups; a diaeresis (ë, ï, ü) always starts a new syllable.
 */
import hyphenNl from 'hyphen/nl/index.js';

const SEPARATOR = '\u2027';
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;
/**
 * Longer "words" are not words (a pasted code, a link): hyphenation costs more than linear time in the length,
 * so count their vowel groups only. The longest Dutch compounds in letters stay well under this.
 */
const MAX_HYPHENATED = 40;

// Vowel letters; diaeresis letters are handled apart because they start a new group.
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
const DIAERESIS = /[äëïöü]/;

function vowelGroups(part: string): number {
  let groups = 0;
  let inGroup = false;
  for (const ch of part) {
    if (DIAERESIS.test(ch)) {
      groups++;
      inGroup = true;
    } else if (VOWEL.test(ch)) {
      if (!inGroup) groups++;
      inGroup = true;
    } else {
      inGroup = false;
    }
  }
  return groups;
}

/** Syllables in one word (as written; case is ignored). Always at least 1 for a word with letters or digits. */
export function countSyllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let count: number;
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length === 0) count = 0;
  else if (/^\p{Lu}{2,6}$/u.test(letters))
    count = letters.length; // acronyms are spelled: OCMW = o-cee-em-wee
  else if (/^\p{N}+$/u.test(letters)) count = 1;
  else if (letters.length > MAX_HYPHENATED) count = Math.max(1, vowelGroups(letters.toLowerCase()));
  else {
    const lower = letters.toLowerCase();
    const parts = hyphenNl.hyphenateSync(lower, { hyphenChar: SEPARATOR, minWordLength: 4 }).split(SEPARATOR);
    count = 0;
    for (const part of parts) count += Math.max(1, vowelGroups(part));
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, count);
  return count;
}
