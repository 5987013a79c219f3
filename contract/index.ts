/**
 * The contract every part of Klaretaal relies on (see ../shared/DESIGN.md, "Contracts"): rule ids, the
 * finding and its fixes, settings, statistics and the check result. A leaf: it imports nothing, and the core
 * (dictionaries ← rules ← engine) and every adapter import it.
 */

/** Rule ids are a stable contract (stored in settings, shown in the UI, used by tests). Never reuse one. */
export const RULE_IDS = [
  'jargon',
  'long-sentence',
  'passive-voice',
  'nominalization',
  'abbreviation',
  'stock-phrase',
  'double-negative',
  'pronoun-mix',
  'long-word',
  'rare-word',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type LineStyle = 'solid' | 'wavy' | 'dotted' | 'dashed' | 'double';

/** How a rule's findings look wherever they are shown: colour and line style (they differ for colour-blind readers). */
export interface Look {
  color: string;
  line: LineStyle;
}

/** What a view needs to show a rule's findings: its name and its look. */
export interface RuleView extends Look {
  rule: RuleId;
  title: string;
  /** The rule's lesson, shown with advice that has no fix button. */
  example?: { before: string; after: string };
}

/** One replacement of a stretch of the checked text. */
export interface Edit {
  /** UTF-16 offsets into the checked string. */
  start: number;
  end: number;
  text: string;
}

/** What one suggestion changes: non-overlapping edits, applied together as one change (one Ctrl+Z). */
export interface Fix {
  edits: Edit[];
}

/** One thing worth changing in the checked text. */
export interface Finding {
  rule: RuleId;
  /** UTF-16 offset into the checked string, `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** One short Dutch sentence. */
  message: string;
  /**
   * The one-click fixes, best first: the labels of their buttons (the changed words as they read after the fix).
   * Empty when the engine cannot be sure a fix gives correct Dutch: then the message is advice.
   */
  suggestions: string[];
  /** `fixes[i]` is what `suggestions[i]` changes; always as long as `suggestions`. */
  fixes: Fix[];
  /** Why this matters for the reader (one line). */
  explanation?: string;
  url?: string;
}

/** Readability of Dutch text. */
export interface Stats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Douma reading ease (higher is easier). 0 when there are no words. */
  fleschDouma: number;
  /** Brouwer Leesindex A (higher is easier). 0 when there are no words. */
  brouwer: number;
  /** Dutch label from Douma's norm table, e.g. "normaal". Empty when there are no words. */
  level: string;
}

/** Readability of one sentence, for the per-sentence view. */
export interface SentenceStats {
  start: number;
  end: number;
  words: number;
  syllables: number;
  fleschDouma: number;
  brouwer: number;
}

export type Language = 'nl' | 'en' | 'other';
export type LanguageOption = 'nl' | 'en' | 'auto';

export interface CheckResult {
  /** The language of most of the text. */
  language: Language;
  findings: Finding[];
  /** Statistics over the Dutch paragraphs. */
  stats: Stats;
  /** Per Dutch sentence, in text order. */
  sentences: SentenceStats[];
}

export type FormOfAddress = 'u' | 'je';

/** What a user (or organisation) can change; everything has a sensible default. */
export interface Settings {
  /** Rules switched off. */
  disabledRules: RuleId[];
  /** Per-rule options, e.g. `{ 'long-sentence': { maxWords: 15 } }` (each rule checks its own). */
  ruleOptions: Partial<Record<RuleId, Record<string, unknown>>>;
  /** Preferred form of address: used by `pronoun-mix` on a tie and in suggestions. */
  address: FormOfAddress;
  /** Words the user never wants flagged (lower case). */
  ignoredWords: string[];
}

/** A word of the user's own, of an imported list or of the organisation; matched like the built-in jargon. */
export interface UserEntry {
  /** Lower-case word or phrase. */
  term: string;
  /** Simpler words; empty when the term should be explained instead. */
  alternatives: string[];
  /** Short explanation to put in brackets after the term. */
  explanation?: string;
}

/** The user's words as the engine needs them (read from the word database). */
export interface UserWords {
  /** Own words, imported lists and the organisation's words, in the order they win. */
  extraEntries: UserEntry[];
  /** Built-in terms the user switched off (lower case). */
  disabledTerms: string[];
  /** Words never to flag (lower case). */
  ignoredWords: string[];
}
