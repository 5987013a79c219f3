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
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One thing worth changing in the checked text (see DESIGN.md, "Finding"). */
export interface Finding {
  rule: RuleId;
  /** UTF-16 offset into the checked string, `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** One short Dutch sentence. */
  message: string;
  /** Drop-in replacements for `text`, best first. May be empty. */
  suggestions: string[];
  /** Why this matters for the reader (one line). */
  explanation?: string;
  url?: string;
}

/** Readability of Dutch text (see DESIGN.md, "Statistics"). */
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
  /** Per-rule options, e.g. `{ 'long-sentence': { maxWords: 15 } }`. */
  ruleOptions: Partial<Record<RuleId, Record<string, unknown>>>;
  /** Preferred form of address: used by `pronoun-mix` on a tie and in suggestions. */
  address: FormOfAddress;
  /** Words the user never wants flagged (lower case). */
  ignoredWords: string[];
}
