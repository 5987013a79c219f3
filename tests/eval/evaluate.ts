/**
 * Scores the engine against our labelled sentences (tests/eval/sentences.json):
 * recall per rule (a labelled span counts as found when a finding of that rule
 * overlaps it) and false alarms (findings that overlap no label of their rule).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../engine/index';
import { RULE_IDS, RuleId } from '../../contract/index';

export interface LabelledSentence {
  text: string;
  expect: [RuleId, string][];
}

export interface RuleScore {
  rule: RuleId;
  labelled: number;
  found: number;
  recall: number;
  falseAlarms: number;
}

export interface Evaluation {
  sentences: number;
  clean: number;
  /** Findings of any rule on clean sentences. */
  cleanFalseAlarms: number;
  /** False alarms per 25 clean sentences. */
  falseAlarmsPer25Clean: number;
  rules: RuleScore[];
  misses: string[];
  alarms: string[];
}

export const RECALL_TARGETS: Record<RuleId, number> = {
  jargon: 0.9,
  abbreviation: 0.9,
  'long-sentence': 0.9,
  'passive-voice': 0.9,
  nominalization: 0.7,
  'stock-phrase': 0.7,
  'double-negative': 0.7,
  'pronoun-mix': 0.7,
  'long-word': 0.7,
  'rare-word': 0.7,
};
export const MAX_FALSE_ALARMS_PER_25_CLEAN = 1;

/**
 * `sentences.json` is the development set: the rules were tuned while reading its misses.
 * `holdout.json` was written apart, by someone who had not seen the rules or the development set;
 * its score says how well the engine generalises. Do not tune on it.
 */
export type EvalSet = 'sentences' | 'holdout';

export function loadSentences(set: EvalSet = 'sentences'): LabelledSentence[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${set}.json`), 'utf8'));
}

/**
 * Officialese is one family: the engine marks a stock phrase once and drops the jargon inside it ("naar
 * aanleiding van uw schrijven"), and "Mocht u …" is a jargon word where annotators may mark the phrase. A
 * finding of either rule counts for a label of the other at the same place (false alarms are judged the same way).
 */
const OFFICIALESE = new Set(['jargon', 'stock-phrase']);
const sameFamily = (a: string, b: string) => a === b || (OFFICIALESE.has(a) && OFFICIALESE.has(b));

export function evaluate(sentences = loadSentences()): Evaluation {
  const checker = createChecker();
  const score = new Map(RULE_IDS.map((rule) => [rule, { rule, labelled: 0, found: 0, recall: 1, falseAlarms: 0 }]));
  const misses: string[] = [];
  const alarms: string[] = [];
  let clean = 0;
  let cleanFalseAlarms = 0;
  for (const { text, expect } of sentences) {
    const findings = checker.check(text).findings;
    const spans = expect.map(([rule, span]) => {
      const start = text.indexOf(span);
      return { rule, start, end: start + span.length, span };
    });
    for (const label of spans) {
      const s = score.get(label.rule)!;
      s.labelled++;
      if (findings.some((f) => sameFamily(f.rule, label.rule) && f.start < label.end && label.start < f.end)) s.found++;
      else misses.push(`${label.rule}: ${label.span}  ←  ${text}`);
    }
    for (const f of findings) {
      if (spans.some((l) => sameFamily(l.rule, f.rule) && f.start < l.end && l.start < f.end)) continue;
      score.get(f.rule)!.falseAlarms++;
      alarms.push(`${f.rule}: ${f.text}  ←  ${text}`);
    }
    if (expect.length === 0) {
      clean++;
      cleanFalseAlarms += findings.length;
    }
  }
  const rules = [...score.values()].map((s) => ({ ...s, recall: s.labelled === 0 ? 1 : s.found / s.labelled }));
  return {
    sentences: sentences.length,
    clean,
    cleanFalseAlarms,
    falseAlarmsPer25Clean: clean === 0 ? 0 : (cleanFalseAlarms / clean) * 25,
    rules,
    misses,
    alarms,
  };
}
