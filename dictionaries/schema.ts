/**
 * The shape of Klaretaal's built-in word data.
 *
 * Every file in this folder is plain JSON that we write ourselves. The data is
 * linted like code (see `tests/unit/dictionaries.lint.test.ts`): sorted,
 * unique, lower case where matching is case-insensitive, and no empty
 * alternatives. Matching is always case-insensitive; the engine keeps the
 * capitalisation of the text it replaces.
 */

/**
 * One surface form and what to write instead.
 * `[surface, ...alternatives]`, e.g. `["verzocht", "gevraagd", "vroeg"]`.
 * - `surface` is one word or a phrase of words separated by single spaces,
 *   lower case, exactly as it appears in text (no punctuation around it).
 * - An alternative that contains `…` is advice, not a drop-in replacement
 *   (e.g. `"stuurt … terug"` for a separable verb); the engine shows it in the
 *   message but never offers it as a one-click fix.
 */
export type Form = readonly [surface: string, ...alternatives: string[]];

/** `jargon.json`: officialese and hard words with a simpler alternative. */
export interface JargonEntry {
  /** Headword (the infinitive for verbs), lower case. Entries are sorted by it. */
  head: string;
  /** Every inflected form we match, each with its own alternatives. At least one. */
  forms: Form[];
  /** Optional short Dutch hint shown with the finding (one sentence, no pronoun: neither u nor je). */
  note?: string;
  /** Skip the match when one of these words follows within the next 3 words of the same sentence (e.g. `voldoen` + `aan`). */
  unlessNext?: string[];
  /**
   * Match only when one of these words follows later in the same clause (within 10 words): `dient` is officialese
   * in "u dient het formulier te ondertekenen", but plain in "u dient een klacht in".
   */
  ifNext?: string[];
  /** Skip the match when the word right before it is one of these. */
  unlessPrev?: string[];
  /** Regional colour: `be` (Flemish officialese), `nl` (Netherlands), absent when common to both. */
  region?: 'be' | 'nl';
}

/** `explain.json`: terms the reader must know but that have no simpler word. */
export interface ExplainEntry {
  /** The term as it is usually written (may be an acronym in capitals). */
  term: string;
  /** Lower-case surface forms we match (singular, plural, …). */
  forms: string[];
  /** A short explanation that fits in brackets after the term, neutral (neither u nor je). */
  explanation: string;
}

/** `abbreviations.json`: abbreviations to write out. */
export interface AbbreviationEntry {
  /** As usually written, with its dots, lower case unless it is only written in capitals: `o.a.`, `m.b.t.`. */
  abbr: string;
  /** The full form(s), lower case. */
  full: string[];
}

/** `stock-phrases.json`: fixed formulas of official letters. */
export interface StockPhraseEntry {
  /** The phrase, lower case, words separated by single spaces, no punctuation. */
  phrase: string;
  /** Simpler ways to say it (may be empty: then `advice` says what to do, e.g. leave it out). */
  alternatives: string[];
  /** One short Dutch sentence: what to do instead (neutral, no u/je). */
  advice: string;
}

/** `light-verbs.json`: noun + light verb that hides the real verb (naamwoordstijl). */
export interface LightVerbEntry {
  /** The noun, lower case, singular: `beslissing`. */
  noun: string;
  /** Inflected forms of the light verb, the infinitive first: `nemen`, `neem`, `neemt`, `nam`, `namen`, `genomen`. */
  verbForms: string[];
  /** The verb to use instead, as an infinitive: `beslissen`. */
  verb: string;
}

/** `common-words.json`: long everyday words this audience knows; `long-word` never flags them. */
export type CommonWords = string[];

/**
 * `participles.json`: words the passive-voice rule must not take for an action done to the subject.
 * - `not-participle`: looks like a past participle but is a noun, adjective or adverb ("bericht", "geleden").
 * - `state`: after "zijn" describes a state ("u bent verplicht", "wij zijn gesloten").
 * - `perfect-with-zijn`: a verb whose perfect takes "zijn", so the sentence is active ("wij zijn verhuisd").
 */
export interface ParticipleEntry {
  word: string;
  kind: 'not-participle' | 'state' | 'perfect-with-zijn';
}

/** `nominalizations.json`: process nouns that make a sentence abstract in "de NOUN van …". */
export interface NominalizationEntry {
  noun: string;
  verb: string;
}
