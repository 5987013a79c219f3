/**
 * text (+ settings + word data) → findings + statistics.
 *
 * The text is read as a letter (letter.ts: letterhead, greeting, body, lists,
 * closing, signature, quoted mail) and each part is checked on its own, by the
 * rules that read that kind of part; quoted mail is not checked. Each part gets
 * a language, and its result is cached by its kind and text. Editors call
 * `check` with the whole field on every pause: only parts that changed are
 * parsed again. Rules that look at the whole text (one explanation per term,
 * u/je consistency) run a cheap `finalize` over all parts. The statistics count
 * the body and the lists only.
 */
import { VFile } from 'vfile';
import {
  isBodyKind,
  RULE_IDS,
  type BlockKind,
  type CheckResult,
  type Finding,
  type Language,
  type LanguageOption,
  type RuleId,
  type SentenceStats,
  type Settings,
} from '../contract/index';
import { rules, settled, type Candidate } from '../rules/index';
import { frequencyFloor } from '../rules/shared/frequency';
import { lexiconTag } from '../rules/shared/tagger';
import { builtInLexicon, type Lexicon } from '../rules/shared/lexicon';
import { createDutchPipeline, runDutch, type DutchPipeline } from './dutch';
import { ignoredWords, isIgnoredWord } from './ignore';
import { checkEnglish } from './english';
import { assignLanguages, detectLanguage } from './language';
import { splitLetter } from './letter';
import { isEarlierSubject } from './letter-patterns';
import { piecesOf, type ParagraphSlice } from './paragraphs';
import { toStats, fleschDouma, brouwer } from './readability';
import { resolveSettings } from './settings';
import { countSyllables } from './syllables';

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
   * The same check as a series of small steps (one paragraph, or a few thousand findings, each): a page runs
   * them a few milliseconds at a time and gives the main thread back in between, so even a huge paste never
   * blocks it. The generator's return value is exactly `check(text)`.
   */
  steps(text: string): Generator<void, CheckResult>;
  /** Paragraph results held in the cache (for tests and benchmarks). */
  readonly cacheSize: number;
  clearCache(): void;
}

/** Findings handled per step when assembling (shifting, finalizing, merging). */
const STEP_ITEMS = 2000;

export function createChecker(options: CheckerOptions = {}): Checker {
  const settings = resolveSettings(options.settings);
  const lexicon = options.lexicon ?? builtInLexicon();
  const lang = options.lang ?? 'auto';
  const limit = options.cacheSize ?? 2000;
  // One pipeline per kind of part, with the rules that read it; none for parts no rule reads.
  const pipelines = new Map<BlockKind, DutchPipeline | undefined>();
  const pipelineFor = (kind: BlockKind): DutchPipeline | undefined => {
    if (!pipelines.has(kind)) {
      const pipeline = kind === 'quote' ? undefined : createDutchPipeline(settings, lexicon, kind);
      pipelines.set(kind, pipeline && (pipeline.enabled.length > 0 || isBodyKind(kind)) ? pipeline : undefined);
    }
    return pipelines.get(kind);
  };
  const enabled = rules.filter((rule) => !settings.disabledRules.includes(rule.id));
  const env = { settings, lexicon };
  const ignored = new Set(ignoredWords(settings.ignoredWords));
  // Per paragraph text: its own detected language and its results per language it was checked as.
  const cache = new Map<string, CacheEntry>();

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

  function* steps(text: string): Generator<void, CheckResult> {
    const blocks = splitLetter(text);
    yield;
    const slices: (ParagraphSlice & { kind: BlockKind; pipeline: DutchPipeline })[] = [];
    for (const block of blocks) {
      // Quoted mail is not checked, nor the subject of the mail answered or forwarded: someone else wrote them.
      if (block.kind === 'subject' && isEarlierSubject(text.slice(block.start, block.end))) continue;
      const pipeline = pipelineFor(block.kind);
      if (pipeline) for (const piece of piecesOf(text, block.start, block.end)) slices.push({ ...piece, kind: block.kind, pipeline });
    }
    capacity = Math.max(limit, slices.length * 2);
    const entries: CacheEntry[] = [];
    for (let i = 0; i < slices.length; i++) {
      // Every rule reads the body, list introductions and list items alike: they share one entry per text.
      const entry = entryFor(isBodyKind(slices[i].kind) ? slices[i].text : `${slices[i].kind}\u0000${slices[i].text}`);
      entries.push(entry);
      if (lang === 'auto' && !entry.detected) {
        entry.detected = { language: detectLanguage(slices[i].text) };
        if (i % 50 === 49) yield;
      }
    }
    yield;
    const languages: Language[] =
      lang === 'auto' ? assignLanguages(entries.map((entry) => entry.detected!.language)) : slices.map(() => lang);

    const byRule = new Map<RuleId, Placed[]>();
    const english: Placed[] = [];
    const sentences: SentenceStats[] = [];
    let words = 0;
    let syllables = 0;
    const chars: Record<Language, number> = { nl: 0, en: 0, other: 0 };
    for (let i = 0; i < slices.length; i++) {
      const entry = entries[i];
      const fresh = !entry.results[languages[i]];
      const slice = slices[i];
      const result = (entry.results[languages[i]] ??= computeParagraph(slice.pipeline, slice.text, slice.kind, languages[i], settings));
      const offset = slices[i].start;
      chars[result.language] += slices[i].text.length;
      for (const f of result.english) english.push(placed(f, offset));
      for (const [rule, list] of result.candidates) {
        let all = byRule.get(rule);
        if (!all) byRule.set(rule, (all = []));
        for (const c of list) all.push(placed(c, offset));
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
      // A step after each paragraph that had to be checked, and after every few hundred cached ones.
      if (fresh || i % 200 === 199) yield;
    }

    // Per rule, in text order: its whole-text step, then the settings' filter.
    const letter = { text, blocks };
    const lists: Finding[][] = [sortedByPosition(english.map(toFinding))];
    for (const rule of enabled) {
      // A finalize step filters or re-words candidates (a copy keeps `at`); it never makes new ones.
      const list = rule.finalize(byRule.get(rule.id) ?? [], env, letter) as Placed[];
      const kept: Finding[] = [];
      for (let i = 0; i < list.length; i++) {
        if (!list[i].explained && !isIgnoredWord(ignored, list[i])) kept.push(toFinding(list[i]));
        if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
      }
      lists.push(sortedByPosition(kept));
      yield;
    }
    const findings = yield* mergeInOrder(lists.map((list) => list.filter((f) => !settings.disabledRules.includes(f.rule))));

    const language = (Object.keys(chars) as Language[]).reduce((a, b) => (chars[b] > chars[a] ? b : a), 'nl');
    return { language, findings, stats: toStats(words, sentences.length, syllables), sentences, blocks };
  }

  return {
    steps,
    check(text: string): CheckResult {
      const run = steps(text);
      for (;;) {
        const next = run.next();
        if (next.done) return next.value;
      }
    },
    get cacheSize() {
      return cache.size;
    },
    clearCache() {
      cache.clear();
    },
  };
}

const RULE_ORDER = new Map(RULE_IDS.map((rule, i) => [rule, i]));
/** Text order: by start, then the rule's place in the registry, then by end. */
const byPosition = (a: Finding, b: Finding) => a.start - b.start || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)! || a.end - b.end;

/** A rule's findings come paragraph by paragraph, nearly in order already: sort only when they are not. */
function sortedByPosition(list: Finding[]): Finding[] {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1], list[i]) > 0) return list.sort(byPosition);
  return list;
}

/** Merge lists that are each in text order into one, a few thousand findings per step. */
function* mergeInOrder(lists: Finding[][]): Generator<void, Finding[]> {
  const merged: Finding[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      if (at[k] < lists[k].length && (best < 0 || byPosition(lists[k][at[k]], lists[best][at[best]]) < 0)) best = k;
    }
    if (best < 0) return merged;
    merged.push(lists[best][at[best]++]);
    if (merged.length % STEP_ITEMS === 0) yield;
  }
}

function computeParagraph(pipeline: DutchPipeline, text: string, kind: BlockKind, language: Language, settings: Settings): ParagraphResult {
  const body = isBodyKind(kind);
  if (language === 'en' && body) {
    const english = checkEnglish(text).filter((f) => !settings.disabledRules.includes(f.rule));
    return { language, candidates: new Map(), english, sentences: [] };
  }
  if (language !== 'nl') return { language, candidates: new Map(), english: [], sentences: [] };
  const { paragraph, candidates } = runDutch(pipeline, new VFile({ value: text, data: { klaretaalPart: kind } }));
  withoutWordsInsidePhrases(candidates, settings);
  const sentences: SentenceCount[] = [];
  for (const sentence of body ? paragraph.sentences : []) {
    if (sentence.wordCount === 0) continue;
    let syllables = 0;
    for (const word of sentence.words) if (word.countable) syllables += countSyllables(word.value);
    sentences.push({ start: sentence.start, end: sentence.end, words: sentence.wordCount, syllables });
  }
  return { language, candidates, english: [], sentences };
}

/**
 * One card per word. A stock phrase is replaced as a whole ("Bijgevoegd vindt u" → "Bij deze brief zit"): a hard
 * word inside it ("Bijgevoegd") is not flagged again, so two fixes never pull at the same words. A rare word that
 * another rule already flags (jargon, a stock phrase, an abbreviation, a long word) keeps that rule's card, which
 * says more. This is settled here and not in rare-word itself: only the engine knows which rules are on and with
 * which limits (the reader profile sets long-word's).
 */
function withoutWordsInsidePhrases(candidates: Map<RuleId, Candidate[]>, settings: Settings): void {
  const phrases = candidates.get('stock-phrase');
  const words = candidates.get('jargon');
  if (phrases?.length && words?.length && !settings.disabledRules.includes('stock-phrase')) {
    candidates.set(
      'jargon',
      words.filter((w) => !phrases.some((p) => p.start <= w.start && w.end <= p.end)),
    );
  }
  const rare = candidates.get('rare-word');
  if (!rare?.length) return;
  const others = WORD_RULES.flatMap((rule) => (settings.disabledRules.includes(rule) ? [] : (candidates.get(rule) ?? [])));
  if (others.length === 0) return;
  candidates.set(
    'rare-word',
    rare.filter((r) => !others.some((o) => o.start < r.end && r.start < o.end)),
  );
}

/** Rules whose card on a word wins over rare-word's. */
const WORD_RULES: readonly RuleId[] = ['jargon', 'stock-phrase', 'abbreviation', 'long-word'];

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A candidate placed in the whole text. Cached paragraph results are never changed, so this is a copy, but a
 * shallow one: its fixes keep their paragraph offsets (`at` is the paragraph's start) until the candidate survives
 * its rule's whole-text step and becomes a finding. Most candidates of some rules (u/je: the form the text uses
 * most) never do.
 */
type Placed = Candidate & { at: number };

function placed(f: Candidate, at: number): Placed {
  const copy: Placed = {
    rule: f.rule,
    start: f.start + at,
    end: f.end + at,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions,
    fixes: f.fixes,
    at,
  };
  if (f.explanation !== undefined) copy.explanation = f.explanation;
  if (f.url !== undefined) copy.url = f.url;
  if (f.key !== undefined) copy.key = f.key;
  if (f.explained) copy.explained = true;
  if (f.later !== undefined) copy.later = f.later;
  return copy;
}

/** The finding as the views get it: fixes in whole-text offsets, no engine-only fields. */
function toFinding(c: Placed): Finding {
  const { at } = c;
  const { suggestions, fixes } = settled(c);
  const finding: Finding = {
    rule: c.rule,
    start: c.start,
    end: c.end,
    text: c.text,
    message: c.message,
    suggestions,
    fixes: fixes.map((fix) => ({ edits: fix.edits.map((e) => ({ start: e.start + at, end: e.end + at, text: e.text })) })),
  };
  if (c.explanation !== undefined) finding.explanation = c.explanation;
  if (c.url !== undefined) finding.url = c.url;
  return finding;
}

/**
 * Build the word tables every checker shares (word frequencies, compound stems, verb forms, the tagger) before the first
 * check needs them: the background does it when the user clicks in a field, during the pause before checking.
 */
export function warmUp(): void {
  frequencyFloor();
  lexiconTag('de');
}

/** One-off check with a fresh checker (no cache across calls). */
export function check(text: string, options: CheckerOptions = {}): CheckResult {
  return createChecker(options).check(text);
}
