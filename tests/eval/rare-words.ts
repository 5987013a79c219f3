/**
 * What rare-word flags on whole letters (tests/eval/letters.json: 36 letters of kind formal, plain or reply, each
 * line tagged by its part), per reader profile. On plain letters nearly every flag is a
 * false alarm, so findings per 100 words there are the rule's noise; on formal letters they show what it catches.
 */
import type { RuleId } from '../../contract/index';
import { applyProfile, createChecker, defaultSettings, type ReaderProfile } from '../../engine/index';
import type { Letter } from './letters';

export interface LetterScore {
  words: number;
  /** Every finding of the rule, as `letter: text`. */
  flagged: string[];
  per100: number;
}

/** The rule's findings on the given parts of the letters of one kind, checked as the reader profile sets it. */
export function scoreLetters(
  letters: readonly Letter[],
  kind: Letter['kind'],
  profile: ReaderProfile,
  rule: RuleId = 'rare-word',
  parts: readonly string[] = ['body'],
): LetterScore {
  const checker = createChecker({ lang: 'nl', settings: applyProfile(defaultSettings, profile) });
  let words = 0;
  const flagged: string[] = [];
  for (const letter of letters.filter((l) => l.kind === kind)) {
    const text = letter.lines
      .filter(([part]) => parts.includes(part))
      .map(([, line]) => line)
      .join('\n\n');
    const result = checker.check(text);
    words += result.stats.words;
    for (const f of result.findings) if (f.rule === rule) flagged.push(`${letter.id}: ${f.text}`);
  }
  return { words, flagged, per100: words === 0 ? 0 : (flagged.length / words) * 100 };
}
