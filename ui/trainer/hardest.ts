/** The per-sentence view: which sentences are hardest to read. */
import type { SentenceStats } from '../../contract/index';

export interface HardSentence {
  /** Place of the sentence in the text, 1-based, as a trainer would count. */
  number: number;
  start: number;
  end: number;
  text: string;
  words: number;
  fleschDouma: number;
}

/** A sentence ends like one; a greeting, a signature or a heading does not, and is no sentence to rewrite. */
export const endsLikeSentence = (sentence: string) => /[.!?…]["'’”)]*$/.test(sentence.trim());

/**
 * The `limit` hardest sentences: lowest Flesch-Douma first (lower is harder); on a tie the longer sentence first,
 * then the earlier one. Only sentences with words that end like a sentence; when there are none (a text of
 * bullet points), all sentences with words.
 */
export function hardestSentences(text: string, sentences: readonly SentenceStats[], limit = 5): HardSentence[] {
  const all = sentences
    .map((s, i) => ({
      number: i + 1,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end).trim(),
      words: s.words,
      fleschDouma: s.fleschDouma,
    }))
    .filter((s) => s.words > 0);
  const proper = all.filter((s) => endsLikeSentence(s.text));
  return (proper.length ? proper : all)
    .sort((a, b) => a.fleschDouma - b.fleschDouma || b.words - a.words || a.start - b.start)
    .slice(0, limit);
}

/** A sentence cut to about `words` words for a list, with "…" when it was longer. */
export function preview(sentence: string, words = 12): string {
  const parts = sentence.split(/\s+/).filter(Boolean);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}
