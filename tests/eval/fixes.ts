/**
 * Scores the one-click fixes against the gold sets (tests/eval/gold-fixes*.json), written for the test by a
 * helper who had not seen the rules or the word data: realistic sentences from letters, each with the places a
 * writer should change ("spots") and every acceptable sentence after changing that one place.
 *
 * - A first fix is **right** when applying it alone to the sentence gives one of the acceptable sentences of a
 *   spot it overlaps; **wrong** otherwise, also when it overlaps no spot (the gold set changes nothing there).
 * - **Advice**: a finding of a word-level rule at a spot that offers no fix (the writer gets the message only).
 *   Sentence-level rules (long sentence, passive voice, long word) never fix by design and are not counted.
 * - **Coverage**: the share of spots that some finding overlaps.
 * - **Judged right**: a fix whose result is not in the gold set but that a second blind reader, shown only the
 *   sentence before and after, judged correct Dutch with the same meaning and at least as plain
 *   (tests/eval/adjudicated.json; a changed result is not in there and counts as wrong until judged).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, RuleId } from '../../contract/index';
import { explain } from '../../dictionaries/index';
import { applyFix, createChecker, type Checker } from '../../engine/index';

export interface GoldSpot {
  span: string;
  kind: string;
  acceptable: string[];
}

export interface GoldSentence {
  id: string;
  domain: string;
  text: string;
  spots: GoldSpot[];
  note?: string;
}

export type GoldSet = 'gold-fixes' | 'gold-fixes-holdout';

export function loadGold(set: GoldSet = 'gold-fixes'): GoldSentence[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${set}.json`), 'utf8')) as GoldSentence[];
}

/**
 * What the fixes must reach on both gold sets (npm run eval and the unit tests): the first fix right, by the
 * gold set or blind judging; and at most this share of findings at a place to change without a fix.
 */
export const FIX_TARGETS = { judgedAccuracy: 0.95, adviceShare: 0.25 } as const;

/** A result judged by a blind reader: the sentence before and after one fix, and the verdict. */
export interface Judgement {
  original: string;
  changed: string;
  verdict: 'ok' | 'wrong';
  why: string;
}

export function loadJudgements(): Judgement[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'adjudicated.json'), 'utf8')) as Judgement[];
}

const EXPLAIN_TERMS = new Set(explain.flatMap((e) => e.forms));

/** Rules whose findings are about a word or phrase, and so may carry a fix. */
export const WORD_RULES: readonly RuleId[] = ['jargon', 'stock-phrase', 'abbreviation', 'nominalization', 'double-negative', 'pronoun-mix'];

export interface FixCase {
  id: string;
  rule: RuleId;
  text: string;
  found: string;
  result: string;
  /** The spots it overlaps, with their acceptable sentences. */
  spots: GoldSpot[];
}

export interface FixEvaluation {
  sentences: number;
  spots: number;
  coveredSpots: number;
  /** First fixes applied. */
  fixes: number;
  /** In the gold set's acceptable sentences. */
  right: number;
  /** Not in the gold set, judged right by the blind reader. */
  judgedRight: number;
  /** Neither: in the gold set nor judged right. */
  wrong: FixCase[];
  /** Findings of word-level rules at a spot. */
  atSpots: number;
  /** Of those, findings without a fix. */
  advice: number;
  /** Of the advice, terms to explain (leefloon, OCMW): advice by design, there is no other word for them. */
  explainAdvice: number;
  /** right / fixes: only the gold set's sentences count. */
  accuracy: number;
  /** (right + judgedRight) / fixes. */
  judgedAccuracy: number;
  /** advice / atSpots */
  adviceShare: number;
  coverage: number;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every occurrence of the spot's span in the text (case-insensitive), as offsets. */
function spotRanges(text: string, span: string): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  const needle = span.toLowerCase();
  for (let i = lower.indexOf(needle); i >= 0 && needle; i = lower.indexOf(needle, i + 1)) ranges.push([i, i + needle.length]);
  return ranges;
}

export function evaluateFixes(
  sentences: GoldSentence[],
  judgements: readonly Judgement[] = loadJudgements(),
  checker: Checker = createChecker(),
): FixEvaluation {
  const judged = new Map(judgements.map((j) => [`${normal(j.original)}\n${normal(j.changed)}`, j.verdict]));
  let spots = 0;
  let coveredSpots = 0;
  let fixes = 0;
  let right = 0;
  let judgedRight = 0;
  let atSpots = 0;
  let advice = 0;
  let explainAdvice = 0;
  const wrong: FixCase[] = [];
  for (const sentence of sentences) {
    const findings = checker.check(sentence.text).findings;
    const located = sentence.spots.map((spot) => ({ spot, ranges: spotRanges(sentence.text, spot.span) }));
    const overlapping = (f: Finding) =>
      located.filter(({ ranges }) => ranges.some(([s, e]) => f.start < e && s < f.end)).map(({ spot }) => spot);
    spots += sentence.spots.length;
    coveredSpots += located.filter(({ ranges }) => findings.some((f) => ranges.some(([s, e]) => f.start < e && s < f.end))).length;
    for (const f of findings) {
      const at = overlapping(f);
      const [first] = f.fixes;
      if (WORD_RULES.includes(f.rule) && at.length > 0) {
        atSpots++;
        if (!first) advice++;
        if (!first && EXPLAIN_TERMS.has(f.text.toLowerCase())) explainAdvice++;
      }
      if (!first) continue;
      fixes++;
      const result = normal(applyFix(sentence.text, first));
      if (at.some((spot) => spot.acceptable.some((a) => normal(a) === result))) right++;
      else if (judged.get(`${normal(sentence.text)}\n${result}`) === 'ok') judgedRight++;
      else wrong.push({ id: sentence.id, rule: f.rule, text: sentence.text, found: f.text, result, spots: at });
    }
  }
  return {
    sentences: sentences.length,
    spots,
    coveredSpots,
    fixes,
    right,
    judgedRight,
    wrong,
    atSpots,
    advice,
    explainAdvice,
    accuracy: fixes ? right / fixes : 1,
    judgedAccuracy: fixes ? (right + judgedRight) / fixes : 1,
    adviceShare: atSpots ? advice / atSpots : 0,
    coverage: spots ? coveredSpots / spots : 1,
  };
}
