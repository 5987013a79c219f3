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

/**
 * Where findings overlap, one underline is drawn: the first rule in this order wins (the card lists every reason).
 * A meaning that may flip comes first, then words the reader does not know, then how a sentence is built, and the
 * long sentence last: it covers the most text and says the least about one place.
 */
export const MARK_PRIORITY: readonly RuleId[] = [
  'double-negative',
  'jargon',
  'stock-phrase',
  'rare-word',
  'abbreviation',
  'passive-voice',
  'nominalization',
  'pronoun-mix',
  'long-word',
  'long-sentence',
];

/** Lower wins; rules missing from MARK_PRIORITY come after all listed ones. */
export const markRank = (rule: RuleId): number => {
  const i = MARK_PRIORITY.indexOf(rule);
  return i < 0 ? MARK_PRIORITY.length : i;
};

/** The order of findings at one place: the most important first, then the shortest. */
export const byImportance = (a: Finding, b: Finding): number => markRank(a.rule) - markRank(b.rule) || a.end - a.start - (b.end - b.start);

/**
 * Every reason at `main`'s place, the most important first: the findings that overlap it ("in behandeling genomen
 * kan worden": hard word, nominalization, passive). A long sentence is the place of all findings in it, so its own
 * card lists only itself.
 */
export function reasonsAt(findings: readonly Finding[], main: Finding): Finding[] {
  if (main.rule === 'long-sentence') return [main];
  return findings.filter((f) => f === main || (f.start < main.end && main.start < f.end)).sort(byImportance);
}

/** The underline patterns (ui/lines.css): each rule has its own, so they stay apart without colour. */
export const LINE_STYLES = ['solid', 'thick', 'double', 'dotted', 'dashed', 'dash-dot', 'wavy', 'comb', 'dots-double', 'stripes'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

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

/**
 * The parts of a letter or e-mail, in the order they usually come. Sentence rules read the body, the list
 * introductions and the list items; the other parts get only the checks that make sense there, and quoted mail
 * (someone else wrote it) none.
 */
export const BLOCK_KINDS = [
  'header',
  'subject',
  'greeting',
  'body',
  'list-intro',
  'list-item',
  'closing',
  'signature',
  'contact',
  'quote',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The parts whose sentences are the letter's message: the statistics count these only. */
export const BODY_KINDS = ['body', 'list-intro', 'list-item'] as const satisfies readonly BlockKind[];
export const isBodyKind = (kind: BlockKind): boolean => (BODY_KINDS as readonly BlockKind[]).includes(kind);

/** One part of the checked text: whole lines, `[start, end)` in UTF-16 offsets, without the line break. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
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
  /**
   * The reading level a learner of Dutch needs, from the Flesch-Douma score (our own bands, see readability.ts):
   * the views show it as "Makkelijk (B1)", "Gaat (B2)" or "Moeilijk (C1)" with one line of meaning. Empty when
   * there are no words.
   */
  level: ReadingLevel | '';
}

export const READING_LEVELS = ['B1', 'B2', 'C1'] as const;
export type ReadingLevel = (typeof READING_LEVELS)[number];

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
  /** Statistics over the Dutch sentences of the body and the lists (not the letterhead, signature or quoted mail). */
  stats: Stats;
  /** Per Dutch sentence of the body and the lists, in text order. */
  sentences: SentenceStats[];
  /** The parts of the letter, in text order; together they hold every line with a letter or digit. */
  blocks: Block[];
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
