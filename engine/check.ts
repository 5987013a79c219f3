/**
 * text (+ settings + word data) → findings + statistics.
 *
 * The text is split into paragraphs; each paragraph gets a language and is
 * checked on its own, and its result is cached by its text. Editors call
 * `check` with the whole field on every pause: only paragraphs that changed
 * are parsed again. Rules that look at the whole text (one explanation per
 * term, u/je consistency) run a cheap `finalize` over all paragraphs.
 */
import { VFile } from 'vfile';
import { builtInLexicon, type Lexicon } from '../rules/shared/lexicon';
import type { Candidate } from '../rules/types';
import { createDutchPipeline, runDutch, type DutchPipeline } from './dutch';
import { checkEnglish } from './english';
import { assignLanguages, detectLanguage } from './language';
import { splitParagraphs, type ParagraphSlice } from './paragraphs';
import { toStats, fleschDouma, brouwer } from './readability';
import { resolveSettings } from './settings';
import { countSyllables } from './syllables';
import type { CheckResult, Finding, Language, LanguageOption, RuleId, SentenceStats, Settings } from './types';
import { RULE_IDS } from './types';

export interface CheckerOptions {
  settings?: Partial<Settings>;
  /** Word data; defaults to the built-in dictionaries. */
  lexicon?: Lexicon;
  /** `auto` (default) detects the language per paragraph. */
  lang?: LanguageOption;
  /** How many paragraphs to keep results for (default 2,000). */
  cacheSize?: number;
}

interface SentenceCount {
  start: number;
  end: number;
  words: number;
  syllables: number;
}

/** What one paragraph yields, with offsets relative to the paragraph. */
interface ParagraphResult {
  language: Language;
  candidates: Map<RuleId, Candidate[]>;
  english: Finding[];
  sentences: SentenceCount[];
}

interface CacheEntry {
  detected?: { language: Language | undefined };
  results: Partial<Record<Language, ParagraphResult>>;
}

export interface Checker {
  check(text: string): CheckResult;
  /**
   * Check the paragraphs of `text` that are not cached yet, until `budgetMs` has passed. Returns true when
   * every paragraph is ready, so the next `check(text)` only assembles. Lets a page check a huge text in
   * slices without blocking.
   */
  warm(text: string, budgetMs: number): boolean;
  /** Paragraph results held in the cache (for tests and benchmarks). */
  readonly cacheSize: number;
  clearCache(): void;
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const settings = resolveSettings(options.settings);
  const lexicon = options.lexicon ?? builtInLexicon();
  const lang = options.lang ?? 'auto';
  const limit = options.cacheSize ?? 2000;
  const pipeline = createDutchPipeline(settings, lexicon);
  const ignored = new Set(settings.ignoredWords.map((w) => w.toLowerCase()));
  // Per paragraph text: its own detected language and its results per language it was checked as.
  const cache = new Map<string, CacheEntry>();

  // `warm` is called again and again with the same text (a slice at a time), then `check` once: split it once.
  let lastText: string | undefined;
  let lastSlices: ParagraphSlice[] = [];
  const split = (text: string): ParagraphSlice[] => {
    if (text !== lastText) {
      lastText = text;
      lastSlices = splitParagraphs(text);
    }
    return lastSlices;
  };

  // Never evict a paragraph of the text being checked: the cache grows to twice the longest text's paragraphs.
  let capacity = limit;
  const entryFor = (text: string): CacheEntry => {
    let entry = cache.get(text);
    if (entry) {
      // Refresh its place: the map's order is the eviction order.
      cache.delete(text);
    } else {
      entry = { results: {} };
      if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
    }
    cache.set(text, entry);
    return entry;
  };
  const languagesOf = (slices: ParagraphSlice[], entries: CacheEntry[]): Language[] =>
    lang === 'auto'
      ? assignLanguages(entries.map((entry, i) => (entry.detected ??= { language: detectLanguage(slices[i].text) }).language))
      : slices.map(() => lang);

  return {
    warm(text: string, budgetMs: number): boolean {
      const started = performance.now();
      const slices = split(text);
      capacity = Math.max(limit, slices.length * 2);
      const entries = slices.map((slice) => entryFor(slice.text));
      const languages = languagesOf(slices, entries);
      for (let i = 0; i < slices.length; i++) {
        if (entries[i].results[languages[i]]) continue;
        if (performance.now() - started > budgetMs) return false;
        entries[i].results[languages[i]] = computeParagraph(pipeline, slices[i].text, languages[i], settings);
      }
      return true;
    },
    check(text: string): CheckResult {
      const slices = split(text);
      capacity = Math.max(limit, slices.length * 2);
      const entries = slices.map((slice) => entryFor(slice.text));
      const languages = languagesOf(slices, entries);
      const results = entries.map((entry, i) => (entry.results[languages[i]] ??= computeParagraph(pipeline, slices[i].text, languages[i], settings)));

      const byRule = new Map<RuleId, Candidate[]>();
      const findings: Finding[] = [];
      const sentences: SentenceStats[] = [];
      let words = 0;
      let syllables = 0;
      const chars: Record<Language, number> = { nl: 0, en: 0, other: 0 };

      results.forEach((result, i) => {
        const offset = slices[i].start;
        chars[result.language] += slices[i].text.length;
        for (const f of result.english) findings.push(shift(f, offset));
        for (const [rule, list] of result.candidates) {
          const all = byRule.get(rule) ?? [];
          for (const c of list) all.push(shift(c, offset));
          byRule.set(rule, all);
        }
        for (const s of result.sentences) {
          words += s.words;
          syllables += s.syllables;
          sentences.push({
            start: s.start + offset,
            end: s.end + offset,
            words: s.words,
            syllables: s.syllables,
            fleschDouma: round1(fleschDouma(s.words, 1, s.syllables)),
            brouwer: round1(brouwer(s.words, 1, s.syllables)),
          });
        }
      });

      for (const rule of pipeline.enabled) {
        let list = byRule.get(rule.id) ?? [];
        if (rule.finalize) list = rule.finalize(list, pipeline.contexts.get(rule.id)!);
        for (const { key: _key, ...finding } of list) findings.push(finding);
      }

      const order = (rule: RuleId) => RULE_IDS.indexOf(rule);
      const kept = findings
        .filter((f) => !settings.disabledRules.includes(f.rule) && !ignored.has(f.text.toLowerCase()))
        .sort((a, b) => a.start - b.start || order(a.rule) - order(b.rule) || a.end - b.end);

      const language = (Object.keys(chars) as Language[]).reduce((a, b) => (chars[b] > chars[a] ? b : a), 'nl');
      return { language, findings: kept, stats: toStats(words, sentences.length, syllables), sentences };
    },
    get cacheSize() {
      return cache.size;
    },
    clearCache() {
      cache.clear();
    },
  };
}

function computeParagraph(pipeline: DutchPipeline, text: string, language: Language, settings: Settings): ParagraphResult {
  if (language === 'en') {
    const english = checkEnglish(text).filter((f) => !settings.disabledRules.includes(f.rule));
    return { language, candidates: new Map(), english, sentences: [] };
  }
  if (language !== 'nl') return { language, candidates: new Map(), english: [], sentences: [] };
  const { paragraph, candidates } = runDutch(pipeline, new VFile(text));
  const sentences: SentenceCount[] = [];
  for (const sentence of paragraph.sentences) {
    if (sentence.wordCount === 0) continue;
    let syllables = 0;
    for (const word of sentence.words) if (word.countable) syllables += countSyllables(word.value);
    sentences.push({ start: sentence.start, end: sentence.end, words: sentence.wordCount, syllables });
  }
  return { language, candidates, english: [], sentences };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A copy with offsets into the whole text (cached paragraph results are never changed). */
function shift(f: Candidate, offset: number): Candidate {
  const copy: Candidate = { rule: f.rule, start: f.start + offset, end: f.end + offset, text: f.text, message: f.message, suggestions: f.suggestions };
  if (f.explanation !== undefined) copy.explanation = f.explanation;
  if (f.url !== undefined) copy.url = f.url;
  if (f.key !== undefined) copy.key = f.key;
  return copy;
}

/** One-off check with a fresh checker (no cache across calls). */
export function check(text: string, options: CheckerOptions = {}): CheckResult {
  return createChecker(options).check(text);
}
