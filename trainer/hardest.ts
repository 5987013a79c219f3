/** The per-sentence view: which sentences are hardest to read. */
import type { SentenceStats } from '../engine/index';

export interface HardSentence {
  /** Place of the sentence in the text, 1-based, as a trainer would count. */
  number: number;
  start: number;
  end: number;
  text: string;
  words: number;
  fleschDouma: number;
}

/**
 * The `limit` hardest sentences: lowest Flesch-Douma first (lower is harder); on a tie the longer sentence first,
 * then the earlier one. Sentences without words are left out.
 */
export function hardestSentences(text: string, sentences: readonly SentenceStats[], limit = 5): HardSentence[] {
  return sentences
    .map((s, i) => ({ number: i + 1, start: s.start, end: s.end, text: text.slice(s.start, s.end).trim(), words: s.words, fleschDouma: s.fleschDouma }))
    .filter((s) => s.words > 0)
    .sort((a, b) => a.fleschDouma - b.fleschDouma || b.words - a.words || a.start - b.start)
    .slice(0, limit);
}

/** A sentence cut to about `words` words for a list, with "…" when it was longer. */
export function preview(sentence: string, words = 12): string {
  const parts = sentence.split(/\s+/).filter(Boolean);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}
