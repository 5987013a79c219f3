/**
 * Splitting a Dutch compound into the words it is made of: "werkloosheidsuitkering" → werkloosheids·uitkering.
 * The parts are OpenTaal's stems that wordfreq counts often enough to be in our table (so a rare part makes the
 * compound rare), joined directly or with a linking -s-, -e- or -en- ("werkloosheid-s-", "boek-en-"). Only the
 * last part inflects ("stavings·stukken").
 */
import { formsOf, isStem, mostlyNotVerb, zipfOfForm, zipfOfVerbStem } from './frequency';
import { isParticle } from './verbs';

export interface Part {
  /** The part as written in the word, with its linking letters: "werkloosheids". */
  written: string;
  /** The word it is: "werkloosheid". */
  word: string;
  /** Its Zipf value (for the last part: of its most frequent form). */
  zipf: number;
}

const LINKS = ['', 's', 'e', 'en'];
const LONG_VOWEL_LINKS = ['en'];
/** A single vowel before the last consonant, that was double in the word itself ("tomat" for "tomaat"). */
const SHORTENED = /([aeou])([bcdfghjklmnpqrstvwxz])$/u;
/** Shorter stems ("in", "on", "ge") are prefixes more often than words in a compound. */
const MIN_PART = 3;
/**
 * A three-letter part must be an everyday word and not mostly a verb form: "sta·vings·stukken" would make a rare
 * word look common, while "job·dag", "les·dag" and "school·bus" are made of words everyone knows.
 */
const SHORT_PART_ZIPF = 4;
/**
 * Three-letter stems that are function words or prefixes: they make a new word ("ver·luchten") or a wrong split
 * ("bewind·voer·der"), never a compound of two words a reader knows.
 */
const NOT_PARTS = new Set(
  'als dan dat der des die een hem hen het hij hoe jou kan men met mij nog ons ont ook per ten ter tot van ver wat wel wie wij zal zij zou her'.split(
    ' ',
  ),
);
/** Particles make derived words whose sense is not their parts' ("aan·maak", "bij·gevoegd"): never a part. */
const partOk = (stem: string) =>
  !isParticle(stem) && (stem.length > 3 || (zipfOfForm(stem) >= SHORT_PART_ZIPF && mostlyNotVerb(stem) && !NOT_PARTS.has(stem)));
const MAX_PARTS = 4;
/** Longer than any Dutch word: not worth the search. */
const MAX_LETTERS = 40;

/** The last part: the rest of the word as a (possibly inflected) stem. */
function lastPart(rest: string): Part | undefined {
  let best: Part | undefined;
  for (const form of formsOf(rest)) {
    if (!isStem(form) || !partOk(form)) continue;
    const zipf = Math.max(zipfOfForm(form), zipfOfForm(rest));
    if (!best || zipf > best.zipf) best = { written: rest, word: form, zipf };
  }
  return best;
}

/** Fewer parts first, then the split whose rarest part is most common. */
const better = (a: Part[], b: Part[] | undefined) =>
  !b || a.length < b.length || (a.length === b.length && Math.min(...a.map((p) => p.zipf)) > Math.min(...b.map((p) => p.zipf)));

function split(word: string, from: number, depth: number, memo: Map<number, Part[] | null>): Part[] | undefined {
  const key = from * MAX_PARTS + depth;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  let best: Part[] | undefined;
  const rest = word.slice(from);
  if (depth > 0) {
    const last = rest.length >= MIN_PART ? lastPart(rest) : undefined;
    if (last) best = [last];
  }
  if (depth < MAX_PARTS - 1) {
    for (let end = from + MIN_PART; end <= word.length - MIN_PART; end++) {
      let stem = word.slice(from, end);
      // A word, or a verb's stem before a noun ("inlever·bus", "terugbreng·bus"), which never links with -s-.
      let asWord = isStem(stem) && partOk(stem);
      const asVerb = !asWord && stem.length > MIN_PART && !isParticle(stem) && zipfOfVerbStem(stem) > 0;
      // Before -en- a long vowel is written single, as in the plural: "tomat·en·saus" is "tomaat".
      const long = asWord || asVerb ? stem : stem.replace(SHORTENED, '$1$1$2');
      const lengthened = long !== stem && isStem(long) && partOk(long);
      if (lengthened) {
        stem = long;
        asWord = true;
      }
      if (!asWord && !asVerb) continue;
      for (const link of asVerb ? [''] : lengthened ? LONG_VOWEL_LINKS : LINKS) {
        if (!word.startsWith(link, end)) continue;
        const next = end + link.length;
        if (word.length - next < MIN_PART) continue;
        const tail = split(word, next, depth + 1, memo);
        // After a verb's stem comes a noun, not a verb form: "voorleg·ging" is "voorleggen" with -ing.
        if (!tail || (asVerb && !mostlyNotVerb(tail[0].word))) continue;
        const parts = [
          { written: word.slice(from, end) + link, word: stem, zipf: asVerb ? zipfOfVerbStem(stem) : zipfOfForm(stem) },
          ...tail,
        ];
        if (better(parts, best)) best = parts;
      }
    }
  }
  memo.set(key, best ?? null);
  return best;
}

const cache = new Map<string, Part[] | null>();
const CACHE_LIMIT = 5000;

/** The parts of a compound (at least two), or undefined when the word is not one we can split. */
export function compoundParts(word: string): Part[] | undefined {
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const parts = word.length <= MAX_LETTERS && /^\p{Ll}+$/u.test(word) ? split(word, 0, 0, new Map()) : undefined;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, parts ?? null);
  return parts;
}
