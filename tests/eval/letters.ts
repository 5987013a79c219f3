/**
 * Whole letters and e-mails (tests/eval/letters*.json, written blind for the test: letterheads, lists, signatures,
 * quoted replies, names; each line annotated with its part, each letter with the names in it):
 * - how many lines the engine puts in the right part;
 * - findings on names (a word-level finding on a listed name; an acronym's "explain it once" advice is wanted);
 * - findings per 100 words on the letters already in klare taal, and how many of them are false alarms.
 *
 * A finding on a plain letter counts as a false alarm unless a blind judge called it useful for a reader who learns
 * Dutch (tests/eval/letters-judged.json: letter id, rule and flagged text); a finding nobody judged yet counts as a
 * false alarm, so the number can only be too strict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockKind, CheckResult, RuleId } from '../../contract/index';
import { check } from '../../engine/index';

/**
 * Development (36), held out (16) and nine fresh sets (12–14 plain letters each), each written by someone who had
 * not seen the rules and judged blind later; `tests/eval/<set>.json`.
 */
export const LETTER_SETS = [
  'letters',
  'letters-holdout',
  'letters-fresh',
  'letters-fresh2',
  'letters-fresh3',
  'letters-fresh4',
  'letters-fresh5',
  'letters-fresh6',
  'letters-fresh7',
  'letters-fresh8',
  'letters-fresh9',
  'letters-fresh10',
  'letters-fresh11',
  'letters-fresh12',
  'letters-fresh13',
  'letters-fresh14',
  'letters-fresh15',
  'letters-fresh16',
  'letters-fresh17',
  'letters-fresh18',
  'letters-fresh19',
  'letters-fresh20',
  'letters-fresh21',
  'letters-fresh22',
  'letters-fresh23',
  'letters-fresh24',
  'letters-fresh25',
  'letters-fresh26',
  'letters-fresh27',
  'letters-fresh28',
  'letters-fresh29',
  'letters-fresh30',
  'letters-fresh31',
  'letters-fresh32',
  'letters-fresh33',
  'letters-fresh34',
  'letters-fresh35',
  'letters-fresh36',
  'letters-fresh37',
  'letters-fresh38',
  'letters-fresh39',
  'letters-fresh40',
  'letters-fresh41',
  'letters-fresh42',
  'letters-fresh43',
  'letters-fresh44',
  'letters-fresh45',
  'letters-fresh46',
  'letters-fresh47',
  'letters-fresh48',
  'letters-fresh49',
  'letters-fresh50',
  'letters-fresh51',
  'letters-fresh52',
  'letters-fresh53',
  'letters-fresh54',
  'letters-fresh55',
  'letters-fresh56',
  'letters-fresh57',
  'letters-fresh58',
  'letters-fresh59',
  'letters-fresh60',
  'letters-fresh61',
  'letters-fresh62',
  'letters-fresh63',
] as const;
export type LetterSet = (typeof LETTER_SETS)[number];

type LineKind = BlockKind | 'blank';

export interface Letter {
  id: string;
  kind: 'formal' | 'plain' | 'reply';
  lines: [LineKind, string][];
  names: string[];
}

export interface Judgement {
  id: string;
  rule: RuleId;
  text: string;
  verdict: 'useful' | 'false-alarm';
  /** The judge's one line. */
  reason?: string;
}

/** Rules that mark a clause or a sentence: a name inside such a span is not what they flag. */
const SPAN_RULES: ReadonlySet<RuleId> = new Set(['long-sentence', 'passive-voice', 'double-negative', 'nominalization', 'pronoun-mix']);
/** An acronym, also in front of a word ("CLB-medewerker"): its explanation is wanted. */
const ACRONYM = /^\p{Lu}{2,}s?(?:-\p{Ll}[\p{L}-]*)?$/u;

export const LETTER_TARGETS = {
  /** Share of non-blank lines in the right part. */
  partAccuracy: 0.97,
  /** Word-level findings on names. */
  nameFindings: 0,
  /** False alarms per 400 words on the plain letters. */
  falseAlarmsPer400: 1,
} as const;

const read = <T>(file: string): T => JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as T;
export const loadLetters = (set: LetterSet) => read<Letter[]>(`${set}.json`);
export const loadJudgements = () => read<Judgement[]>('letters-judged.json');

export interface LetterReport {
  letters: number;
  lines: number;
  rightLines: number;
  partAccuracy: number;
  /** "expected → found" for every line in the wrong part. */
  wrongParts: string[];
  nameFindings: string[];
  plainWords: number;
  plainFindings: number;
  findingsPer100: number;
  falseAlarms: string[];
  falseAlarmsPer400: number;
  /** Findings per rule on the plain letters. */
  plainByRule: Partial<Record<RuleId, number>>;
  /** Findings a judge called useful on these letters, and those of them the engine no longer makes. */
  usefulJudged: number;
  usefulLost: string[];
}

export function evaluateLetters(letters: readonly Letter[], judgements: readonly Judgement[] = []): LetterReport {
  const useful = new Set(judgements.filter((j) => j.verdict === 'useful').map((j) => `${j.id}|${j.rule}|${j.text}`));
  const report: LetterReport = {
    letters: letters.length,
    lines: 0,
    rightLines: 0,
    partAccuracy: 0,
    wrongParts: [],
    nameFindings: [],
    plainWords: 0,
    plainFindings: 0,
    findingsPer100: 0,
    falseAlarms: [],
    falseAlarmsPer400: 0,
    plainByRule: {},
    usefulJudged: 0,
    usefulLost: [],
  };
  const made = new Set<string>();
  for (const letter of letters) {
    const text = letter.lines.map(([, line]) => line).join('\n');
    const result = check(text);
    for (const f of result.findings) made.add(`${letter.id}|${f.rule}|${f.text}`);
    scoreParts(letter, result, report);
    for (const f of result.findings) {
      if (!SPAN_RULES.has(f.rule) && !ACRONYM.test(f.text) && onName(letter, text, f.start, f.end)) {
        report.nameFindings.push(`${letter.id} ${f.rule} "${f.text}"`);
      }
    }
    if (letter.kind !== 'plain') continue;
    report.plainWords += result.stats.words;
    report.plainFindings += result.findings.length;
    for (const f of result.findings) {
      report.plainByRule[f.rule] = (report.plainByRule[f.rule] ?? 0) + 1;
      if (!useful.has(`${letter.id}|${f.rule}|${f.text}`)) report.falseAlarms.push(`${letter.id} ${f.rule} "${f.text}": ${f.message}`);
    }
  }
  // Two sets share letter ids (the held-out letters and the third fresh set): a verdict belongs to the letter that
  // holds its text.
  const texts = new Map(letters.map((letter) => [letter.id, letter.lines.map(([, line]) => line).join('\n')]));
  for (const key of useful) {
    const [id, , text] = key.split('|');
    if (!texts.get(id)?.includes(text)) continue;
    report.usefulJudged++;
    if (!made.has(key)) report.usefulLost.push(key.replaceAll('|', ' '));
  }
  report.partAccuracy = report.rightLines / report.lines;
  report.findingsPer100 = (report.plainFindings / report.plainWords) * 100;
  report.falseAlarmsPer400 = (report.falseAlarms.length / report.plainWords) * 400;
  return report;
}

/** Each non-blank line gets the part of the block that holds its first character. */
function scoreParts(letter: Letter, result: CheckResult, report: LetterReport): void {
  let at = 0;
  for (const [kind, line] of letter.lines) {
    const start = at + (line.length - line.trimStart().length);
    at += line.length + 1;
    if (kind === 'blank' || !/[\p{L}\p{N}]/u.test(line)) continue;
    const found = result.blocks.find((b) => b.start <= start && start < Math.max(b.end, b.start + 1))?.kind ?? 'none';
    report.lines++;
    if (found === kind) report.rightLines++;
    else report.wrongParts.push(`${letter.id} ${kind} → ${found}: ${line}`);
  }
}

function onName(letter: Letter, text: string, start: number, end: number): boolean {
  for (const name of letter.names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (start < i + name.length && i < end) return true;
    }
  }
  return false;
}
