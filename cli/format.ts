/** Human output: `file:line:column  rule  message  → suggestion`, then one summary line per file. */
import { RULE_IDS, type CheckResult } from '../contract/index';
import { nl } from '../locales/nl';

/** Offsets where each line starts (after `\n`, `\r\n` or a lone `\r`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/**
 * A file name as it can be printed: control characters (an escape sequence could recolour or rewrite the
 * terminal), line separators and bidirectional overrides (they make a name look like another) as \uXXXX.
 */
export const printable = (name: string) =>
  name.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export function formatHuman(file: string, text: string, result: CheckResult): string[] {
  const starts = lineStarts(text);
  return result.findings.map((f) => {
    const { line, column } = lineColumn(starts, f.start);
    const suggestion = f.suggestions.length > 0 ? `  → ${f.suggestions[0]}` : '';
    return `${printable(file)}:${line}:${column}  ${f.rule}  ${f.message}${suggestion}`;
  });
}

/** "brief.txt: 12 opmerkingen (jargon 5, long-sentence 4, …) · Moeilijk (C1) · 241 woorden, 10 zinnen". */
export function formatSummary(file: string, result: CheckResult): string {
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const perRule = RULE_IDS.filter((rule) => counts.has(rule)).map((rule) => `${rule} ${counts.get(rule)}`);
  const { stats } = result;
  return nl.cli.summary(printable(file), result.findings.length, perRule, stats.level ? nl.ui.levels[stats.level] : undefined, stats);
}

export function formatJson(file: string, result: CheckResult): string {
  return JSON.stringify({ file, language: result.language, findings: result.findings, stats: result.stats, blocks: result.blocks });
}
