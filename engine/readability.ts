/**
 * Dutch readability formulas (see research/anchors.md, section d):
 * - Flesch-Douma (Douma 1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 * - Brouwer Leesindex A (Brouwer 1963): 195 − 2 × words per sentence − 67 × syllables per word.
 * Both read "higher is easier".
 */
import type { ReadingLevel, Stats } from '../contract/index';

export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences);
}

export function brouwer(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 195 - 2 * (words / sentences) - 67 * (syllables / words);
}

/**
 * Flesch-Douma score → the level a learner of Dutch needs. No study maps Douma's scores to CEFR levels, so these
 * bands are ours: from 80 up is Douma's "gemakkelijk" (texts for the last years of primary school), which is where
 * every plain letter of our annotated set lands (88–99) and no officialese one (32–52); below 60 Douma says
 * "tamelijk moeilijk" or worse. The bands are an indication for the writer, not a CEFR test.
 */
const LEVELS: ReadonlyArray<readonly [minimum: number, level: ReadingLevel]> = [
  [80, 'B1'],
  [60, 'B2'],
  [-Infinity, 'C1'],
];

export function readingLevel(fleschDoumaScore: number): ReadingLevel {
  return LEVELS.find(([minimum]) => fleschDoumaScore >= minimum)![1];
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
    level: readingLevel(fd),
  };
}
