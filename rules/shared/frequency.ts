/**
 * How common a Dutch word is, on the Zipf scale (3 = once per million words, 4 = once per 100,000), from
 * wordfreq's counts (dictionaries/frequency.json). A word is judged by the most frequent of its obvious forms, so
 * "aanvragen" is as common as "aanvraag" and "ingediend" as "indienen". The table is built once, on first use.
 */
import { flemishCommon, frequency, verbs, verbsExtra } from '../../dictionaries/index';
import { lexiconTag } from './brill';
import { particlesStarting } from './verbs';

interface Table {
  /** Zipf value per word (rounded down to a tenth). */
  zipf: Map<string, number>;
  /** Words OpenTaal lists as a stem: the only parts a compound is split into. */
  stems: Set<string>;
  /** A form of a verb → the forms of that verb we judge it by (a form can belong to two verbs). */
  verbForms: Map<string, string[]>;
  /** Any form of a verb → its infinitives. */
  infinitives: Map<string, string[]>;
  /** A verb's stem → the Zipf value of its infinitive ("inlever" → inleveren), for a compound's first part. */
  verbStems: Map<string, number>;
  floor: number;
}

let table: Table | undefined;

/** The Zipf value a word on the Flemish everyday list counts as: once per 100,000 words, common at every level. */
const FLEMISH_ZIPF = 4;

function load(): Table {
  const [header, ...bands] = frequency;
  const zipf = new Map<string, number>();
  const stems = new Set<string>();
  for (const [tenths, stemWords, otherWords] of bands) {
    for (const word of stemWords.split(' ')) {
      if (!word) continue;
      zipf.set(word, tenths / 10);
      stems.add(word);
    }
    for (const word of otherWords.split(' ')) if (word) zipf.set(word, tenths / 10);
  }
  // Everyday words of Flanders that the corpora under-count: common, and parts a compound may be made of.
  for (const word of flemishCommon) {
    zipf.set(word, Math.max(zipf.get(word) ?? 0, FLEMISH_ZIPF));
    stems.add(word);
  }
  const verbForms = new Map<string, string[]>();
  const infinitives = new Map<string, string[]>();
  const verbStems = new Map<string, number>();
  const add = (map: Map<string, string[]>, key: string, values: readonly string[]) => {
    const list = map.get(key);
    if (list) list.push(...values);
    else map.set(key, [...values]);
  };
  for (const rows of [verbs, verbsExtra]) {
    for (const row of rows) {
      for (const form of row) add(infinitives, form, [row[0]]);
      // The infinitive (also the present plural), the 3rd person and the participle, with -e as an adjective ("de
      // ingediende aanvraag"). Not the stem or the past: they are often another, frequent word ("indien", "vond").
      const forms = [row[0], row[3], row[6], `${row[6]}e`];
      for (const form of forms) add(verbForms, form, forms);
      const zipfOfVerb = zipf.get(row[0]) ?? 0;
      if (zipfOfVerb > (verbStems.get(row[1]) ?? 0)) verbStems.set(row[1], zipfOfVerb);
    }
  }
  return { zipf, stems, verbForms, infinitives, verbStems, floor: header.floor };
}

const tableOf = () => (table ??= load());

/** The lowest Zipf value the table knows; rarer words are not listed. */
export const frequencyFloor = (): number => tableOf().floor;

/** The Zipf value of exactly this (lower-case) form, or 0 when it is rarer than the table's floor. */
export const zipfOfForm = (word: string): number => tableOf().zipf.get(word) ?? 0;

/** The word is more often something else than a form of a verb: "les" (a lesson, not of "lessen"), not "sta". */
export const mostlyNotVerb = (word: string): boolean =>
  (tableOf().infinitives.get(word) ?? []).every(
    (inf) => zipfOfForm(inf) < zipfOfForm(word) || (lexiconTag(word)?.startsWith('N(') === true && pluralsOf(word).includes(inf)),
  );

/**
 * The plurals a noun can have: "oog" → "ogen", "pak" → "pakken". An infinitive that is also the noun's plural is
 * counted mostly as that noun ("ogen"), so it says nothing about how often the word is a verb.
 */
function pluralsOf(word: string): string[] {
  const out = [`${word}en`, `${word}s`];
  if (/[^aeiou][aeiou][^aeiouwy]$/u.test(word)) out.push(`${word}${word[word.length - 1]}en`);
  const shortened = word.replace(/([aeou])\1([^aeiou])$/u, '$1$2');
  if (shortened !== word) out.push(`${shortened}en`);
  return out;
}

/** How common the verb is whose stem this is (0 when it is none): "inlever" in "inleverbus", "wacht" in "wachtzaal". */
export const zipfOfVerbStem = (stem: string): number => tableOf().verbStems.get(stem) ?? 0;

/** OpenTaal lists the word as a stem (a word a compound can be made of). */
export const isStem = (word: string): boolean => tableOf().stems.has(word);

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/**
 * The stem of a form that lost an ending: "vrag" → "vraag" (open syllable), "buss" → "bus", "brieve" → "brief";
 * the form as it stands too, because not every stem changes ("uitkering-en").
 */
function restored(stem: string): string[] {
  const out = [stem];
  const last = stem[stem.length - 1];
  const voiced = last === 'v' ? 'f' : last === 'z' ? 's' : undefined;
  const base = voiced ? stem.slice(0, -1) + voiced : stem;
  if (voiced) out.push(base);
  // A doubled consonant closes the syllable: "bussen" → "bus", "zakken" → "zak".
  if (stem.length > 3 && last === stem[stem.length - 2] && !isVowel(last)) out.push(stem.slice(0, -1));
  // A single vowel between consonants was long in the open syllable: "vragen" → "vraag", "huizen" → "huis".
  const v = base[base.length - 2];
  if (base.length > 2 && isVowel(v) && !isVowel(base[base.length - 3]) && !isVowel(base[base.length - 1]) && v !== 'i') {
    out.push(base.slice(0, -1) + v + base.slice(-1));
  }
  return out;
}

const DIMINUTIVE = /^e?[tp]?jes?$/;

/** Endings that make a plural, a diminutive or an inflected adjective, longest first. */
const ENDINGS = ['etjes', 'etje', 'tjes', 'pjes', 'tje', 'pje', 'jes', 'je', 'en', 's', 'e'];

/** A superlative of an adjective with a telling ending: "dringendst(e)" → "dringend", "belangrijkste" → "belangrijk". */
const SUPERLATIVE = /^(\p{L}{3,}(?:end|ig|lijk|baar|zaam|loos|rijk))ste?$/u;
/** A comparative: "zieker" → "ziek", "warmere" → "warm". */
const COMPARATIVE = /^(\p{L}{3,}?)d?ere?$/u;
const ANY_SUPERLATIVE = /^(\p{L}{3,}?)ste?$/u;
/** An adjective without its -e: "sommig" is "sommige" (the form that is written far more). */
const BARE_ADJECTIVE = /(?:ig|lijk|baar|zaam|isch)$/u;

/**
 * A verb form the table writes joined or not at all: a separable particle before a form of a verb ("terugbetaalt"
 * is "terug" + "betaalt", so "terugbetalen"), also after "er" ("eruitzag": "uitzag", so "uitzien"). Only a particle
 * is taken off, so "erkende" stays "erkennen" and is not read as "kende".
 */
function separableForms(word: string): string[] {
  const { infinitives } = tableOf();
  const rest = word.startsWith('er') && particlesStarting(word.slice(2)).length > 0 ? word.slice(2) : word;
  const out = rest === word ? [] : (infinitives.get(rest) ?? []);
  for (const particle of particlesStarting(rest)) {
    for (const inf of infinitives.get(rest.slice(particle.length)) ?? []) out.push(particle + inf);
  }
  return out;
}

/** The obvious forms of a word: itself, its verb's other forms, and what it is without a plural or diminutive ending. */
export function formsOf(word: string): string[] {
  const forms = new Set([word, ...(tableOf().verbForms.get(word) ?? [])]);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const form of restored(stem)) forms.add(form);
    // A diminutive of a plural-only noun: "kleertjes" is small "kleren" (the long vowel shortens before -en).
    if (DIMINUTIVE.test(ending)) forms.add(`${stem.replace(/([aeou])\1(?=[^aeiou]$)/, '$1')}en`);
  }
  // A plural in -n of a noun in -e: "voorwaarden" → "voorwaarde".
  if (word.endsWith('en') && word.length > 4) forms.add(word.slice(0, -1));
  const superlative = SUPERLATIVE.exec(word);
  if (superlative) forms.add(superlative[1]);
  // Of any adjective: "luidste" is "luid".
  const anySuperlative = ANY_SUPERLATIVE.exec(word);
  if (anySuperlative) for (const form of restored(anySuperlative[1])) if (lexiconTag(form)?.startsWith('Adj')) forms.add(form);
  const comparative = COMPARATIVE.exec(word);
  // Only of an adjective: "bewaarder" is no comparative of "bewaar".
  if (comparative) for (const form of restored(comparative[1])) if (lexiconTag(form)?.startsWith('Adj')) forms.add(form);
  if (BARE_ADJECTIVE.test(word)) forms.add(`${word}e`);
  for (const form of separableForms(word)) forms.add(form);
  return [...forms];
}

const SEE_THROUGH_PARTICLES = ['mee', 'terug', 'weg', 'samen', 'open', 'dicht'];

/**
 * The Zipf value of the most frequent of the word's obvious forms (0 when none is in the table). A stem or a past
 * is judged by its verb too ("Verleng uw kaart", "als ik meega"), when it is the whole word: as the last part of a
 * compound "kende" is no part ("verstrek·kende"), so `formsOf` leaves it out.
 */
export function zipfOf(word: string): number {
  let best = zipfOfVerbsOf(word);
  for (const form of formsOf(word)) best = Math.max(best, zipfOfForm(form));
  // "mee", "terug", "weg", "samen", "open" and "dicht" add what they mean to a verb: "meetrainen" is as common as
  // "trainen", "openduwen" as "duwen".
  for (const particle of SEE_THROUGH_PARTICLES) {
    if (word.startsWith(particle) && word.length - particle.length >= 3) best = Math.max(best, zipfOfVerbsOf(word.slice(particle.length)));
  }
  return best;
}

/** How common the verbs are that `form` is a form of, each by its judged forms (0 when it is no verb form). */
function zipfOfVerbsOf(form: string): number {
  const { infinitives, verbForms } = tableOf();
  let best = 0;
  for (const infinitive of infinitives.get(form) ?? []) {
    for (const judged of verbForms.get(infinitive) ?? []) best = Math.max(best, zipfOfForm(judged));
  }
  return best;
}
