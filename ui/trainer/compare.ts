/** Before and after: the original text against the current one, word by word, and both sets of scores. */
import { diffWordsWithSpace } from 'diff';
import type { CheckResult, ReadingLevel } from '../../contract/index';

export interface DiffPart {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/** Word-level changes from `before` to `after`; white space counts, so the texts read back exactly. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value }));
}

/** The text as it was: what is the same plus what was deleted. */
export const beforeParts = (parts: readonly DiffPart[]) => parts.filter((p) => p.kind !== 'inserted');
/** The text as it is now: what is the same plus what was inserted. */
export const afterParts = (parts: readonly DiffPart[]) => parts.filter((p) => p.kind !== 'deleted');

/** How many places changed: changed pieces with only white space between them are one place. */
export function changedPlaces(parts: readonly DiffPart[]): number {
  let places = 0;
  let inChange = false;
  for (const p of parts) {
    if (p.kind !== 'same') {
      if (!inChange) places++;
      inChange = true;
    } else if (p.text.trim() !== '') inChange = false;
  }
  return places;
}

/** A sentence longer than this counts as long in the scores (the same limit as the long-sentence rule's default). */
export const LONG_SENTENCE_WORDS = 20;

export interface Summary {
  words: number;
  sentences: number;
  /** Words per sentence, one decimal. */
  average: number;
  /** Share of long sentences, in whole percent. */
  longShare: number;
  fleschDouma: number;
  brouwer: number;
  level: ReadingLevel | '';
  findings: number;
}

export function summarize(result: CheckResult): Summary {
  const { stats, sentences } = result;
  const long = sentences.filter((s) => s.words > LONG_SENTENCE_WORDS).length;
  return {
    words: stats.words,
    sentences: stats.sentences,
    average: stats.sentences ? Math.round((stats.words / stats.sentences) * 10) / 10 : 0,
    longShare: stats.sentences ? Math.round((long / stats.sentences) * 100) : 0,
    fleschDouma: stats.fleschDouma,
    brouwer: stats.brouwer,
    level: stats.level,
    findings: result.findings.length,
  };
}
