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

/** What kind of word a jargon headword is: it decides how a fix is made and what the data must say. */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv' | 'conj' | 'prep' | 'phrase';

/**
 * `jargon.json`: officialese and hard words with a simpler alternative, with the grammar a correct fix needs.
 * - `noun`: `gender` of the head; every alternative starts with its own article (`de belastingbrief`), so the
 *   fix can change the article before it ("het aanslagbiljet" → "de belastingbrief").
 * - `verb`: no `forms`; `to` lists the alternatives as infinitives, and the engine conjugates both from the verb
 *   table (separable verbs split in main clauses). `governs` + `becomes`: the construction the head is officialese
 *   in, and what its governed word becomes ("dient … te betalen" → "moet … betalen").
 * - `adj`, `adv`, `conj`, `prep`, `phrase`: each form is replaced whole by each alternative (a drop-in).
 */
export interface JargonEntry {
  /** Headword (the infinitive for verbs), lower case. Entries are sorted by it. */
  head: string;
  pos: PartOfSpeech;
  /** Every form we match, each with its own alternatives. Not for verbs (the engine conjugates them). */
  forms?: Form[];
  /** Nouns: the article of the head in the singular. */
  gender?: 'de' | 'het';
  /** Verbs: the alternatives, as infinitives (`terugsturen`, `laten weten`), best first. */
  to?: string[];
  /** Verbs: the head is only officialese followed by this word in its clause: `te` (+ infinitive) or a preposition. */
  governs?: string;
  /** Verbs with `governs`: what the governed word becomes with the alternative: `""` (left out), or a word. */
  becomes?: string;
  /** Verbs with `governs`: officialese also without the governed word ("uw rechten vrijwaren" → "beschermen"). */
  governsOptional?: boolean;
  /** No one-click fix: the alternatives depend on the sentence too much; the message gives them as advice. */
  advice?: boolean;
  /**
   * Verbs: the alternative needs a clause that says what ("Laat ons weten als u niet komt."): a one-click fix only
   * when one follows the verb; without it ("Verwittig ons dan.") the finding is advice, since "Laat ons dan weten."
   * misses its "het".
   */
  needsClause?: boolean;
  /**
   * A conjunction with the finite verb first ("Mocht u vragen hebben, …"): with the alternative ("als"), the
   * infinitive at the end of the clause becomes the finite verb ("Als u vragen hebt, …").
   */
  verbLast?: boolean;
  /**
   * A polite request with te + infinitive ("Gelieve het formulier in te vullen."): the fix writes it as a
   * command ("Vul het formulier in.") or as a question ("Wilt u het formulier invullen?").
   */
  request?: boolean;
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
  /**
   * The name of a field on a bank transfer ("mededeling"): plain in a sentence about paying, with an account
   * number, a structured reference (+++084/2519/36058+++) or a word for paying in it.
   */
  unlessPayment?: boolean;
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
  /** The name of a field on a bank transfer: no explaining in a letter about paying (see `JargonEntry`). */
  unlessPayment?: true;
}

/** `abbreviations.json`: abbreviations to write out. */
export interface AbbreviationEntry {
  /** As usually written, with its dots, lower case unless it is only written in capitals: `o.a.`, `m.b.t.`. */
  abbr: string;
  /** The full form(s), lower case. */
  full: string[];
  /** Plain words to write instead, when the full form is officialese itself (`m.b.t.` → `over`). */
  instead?: string[];
  /** No one-click fix: which word fits depends on the sentence (`t.a.v.`: "voor" a person, "naar" a service). */
  advice?: boolean;
}

/** `stock-phrases.json`: fixed formulas of official letters. */
export interface StockPhraseEntry {
  /** The phrase, lower case, words separated by single spaces, no punctuation. */
  phrase: string;
  /** Simpler ways to say it (may be empty: then `advice` says what to do, e.g. leave it out). */
  alternatives: string[];
  /** One short Dutch sentence: what to do instead (neutral, no u/je). */
  advice: string;
  /** The formula can simply be left out (an introduction to the message: "hierbij delen wij u mee dat"). */
  remove?: boolean;
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
 * `names.json`: Flemish, Brussels and Antwerp public bodies and services, as they are written. A name is never
 * jargon or a long word to split, also where it starts a sentence or holds small words ("Kind en Gezin").
 * Acronyms are not listed: they get "explain it once" advice.
 */
export type Names = string[];

/**
 * `flemish-common.json`: everyday words of Flanders (base forms) that Dutch text corpora from the Netherlands
 * under-count ("voormiddag", "uitstap"): `rare-word` takes them, in all their forms, as common. Our own list.
 */
export type FlemishCommon = string[];

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

/**
 * `verbs.json` (converted from pattern, see scripts/import-verbs.ts) and `verbs-extra.json` (ours): one verb per
 * row, `[infinitive, 1sg, 2sg, 3sg, past singular, past plural, past participle]`, separable verbs joined
 * (`terugstuurt`), as in a subordinate clause.
 */
export type VerbRow = readonly [
  inf: string,
  first: string,
  second: string,
  third: string,
  past: string,
  pastPl: string,
  participle: string,
];

/** `nominalizations.json`: process nouns that make a sentence abstract in "de NOUN van …". */
export interface NominalizationEntry {
  noun: string;
  verb: string;
}

/**
 * `frequency.json` (converted from wordfreq and OpenTaal, see scripts/import-frequency.ts; CC BY-SA 4.0, see
 * LICENSES.md): a header, then one band per tenth of a Zipf point, most frequent first.
 */
export interface FrequencyHeader {
  source: string;
  licence: string;
  /** The lowest Zipf value in the file: rarer words are not listed. */
  floor: number;
}

/**
 * `[zipf × 10, stems, other words]`: the words whose Zipf value rounds down to this tenth, space-separated;
 * `stems` are the ones OpenTaal lists as a stem (the parts a compound may be split into).
 */
export type FrequencyBand = readonly [tenths: number, stems: string, other: string];

/**
 * `tagger.json` (converted from pattern/Brill-NL, see scripts/import-tagger.ts): the data of a Brill tagger.
 * `tags[i]` is [Brill-NL's tag, our coarse tag]; `lexicon[i]` the words whose most frequent tag is `tags[i]`,
 * separated by spaces; `morphology` rules for unknown words, [from tag or -1 for any, affix or word, command, to
 * tag]; `context` rules, [from tag, to tag, command, x, y?] (x and y are tag numbers or words, by command).
 */
export interface TaggerData {
  source: string;
  tags: readonly (readonly [fine: string, coarse: string])[];
  lexicon: readonly string[];
  morphology: readonly (readonly [from: number, affix: string, command: string, to: number])[];
  context: readonly (readonly (string | number)[])[];
}

/** Brill's context commands, and whether their x and y arguments are tags (else words). */
export const CONTEXT_TAG_ARGUMENTS: Readonly<Record<string, readonly [x: boolean, y: boolean]>> = {
  prevtag: [true, false],
  nexttag: [true, false],
  prev2tag: [true, false],
  next2tag: [true, false],
  prev1or2tag: [true, false],
  next1or2tag: [true, false],
  prev1or2or3tag: [true, false],
  next1or2or3tag: [true, false],
  surroundtag: [true, true],
  prevbigram: [true, true],
  nextbigram: [true, true],
  curwd: [false, false],
  prevwd: [false, false],
  nextwd: [false, false],
  prev1or2wd: [false, false],
  next1or2wd: [false, false],
  prevwdtag: [false, true],
  nextwdtag: [false, true],
  wdprevtag: [true, false],
  wdnexttag: [false, true],
  wdand2aft: [false, false],
  wdand2tagbfr: [true, false],
  wdand2tagaft: [false, true],
  lbigram: [false, false],
  rbigram: [false, false],
};

/**
 * `tagger-extra.json`: our own corrections to the tagger, in Brill-NL's tags. `lexicon` sets a word's tag (it
 * wins over tagger.json); `context` rules are Brill's format with tags written out, run after pattern's.
 */
export interface TaggerExtra {
  lexicon: readonly (readonly [word: string, tag: string])[];
  context: readonly (readonly string[])[];
}
