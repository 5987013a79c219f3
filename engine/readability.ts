/**
 * Dutch readability formulas (see research/anchors.md, section d):
 * - Flesch-Douma (Douma 1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 * - Brouwer Leesindex A (Brouwer 1963): 195 − 2 × words per sentence − 67 × syllables per word.
 * Both read "higher is easier"; the level is Douma's norm table.
 */
import type { Stats } from '../contract/index';

export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences);
}

export function brouwer(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 195 - 2 * (words / sentences) - 67 * (syllables / words);
}

/** Douma's norm table, as Dutch labels. */
const DOUMA_LEVELS: ReadonlyArray<readonly [minimum: number, label: string]> = [
  [90, 'zeer gemakkelijk'],
  [80, 'gemakkelijk'],
  [70, 'tamelijk gemakkelijk'],
  [60, 'normaal'],
  [45, 'tamelijk moeilijk'],
  [30, 'moeilijk'],
  [-Infinity, 'zeer moeilijk'],
];

export function doumaLevel(score: number): string {
  for (const [minimum, label] of DOUMA_LEVELS) if (score >= minimum) return label;
  return 'zeer moeilijk';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function toStats(words: number, sentences: number, syllables: number): Stats {
  if (words === 0) return { words: 0, sentences, syllables: 0, fleschDouma: 0, brouwer: 0, level: '' };
  const fd = fleschDouma(words, sentences, syllables);
  return {
    words,
    sentences,
    syllables,
    fleschDouma: round1(fd),
    brouwer: round1(brouwer(words, sentences, syllables)),
    level: doumaLevel(fd),
  };
}
