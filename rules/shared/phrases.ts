import type { Paragraph, Sentence } from './paragraph';

/**
 * Longest-match look-up of word sequences ("in het kader van") in a sentence.
 * Indexed by first word so a sentence is scanned in one pass.
 */
export interface PhraseMatch<T> {
  /** Number of words matched. */
  length: number;
  payload: T;
}

export class PhraseIndex<T> {
  private byFirst = new Map<string, { words: string[]; payload: T }[]>();

  /** `surface` is lower case, words separated by single spaces. */
  add(surface: string, payload: T): void {
    const words = surface.split(' ').filter(Boolean);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, payload });
    // Longest phrases first, so "te verzoeken" wins over "verzoeken".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  has(surface: string): boolean {
    const words = surface.split(' ');
    return (this.byFirst.get(words[0]) ?? []).some((c) => c.words.join(' ') === surface);
  }

  /** The longest phrase starting at `words[index]`, or undefined. */
  matchAt(words: readonly string[], index: number): PhraseMatch<T> | undefined {
    const candidates = this.byFirst.get(words[index]);
    if (!candidates) return undefined;
    outer: for (const candidate of candidates) {
      if (index + candidate.words.length > words.length) continue;
      for (let k = 1; k < candidate.words.length; k++) {
        if (words[index + k] !== candidate.words[k]) continue outer;
      }
      return { length: candidate.words.length, payload: candidate.payload };
    }
    return undefined;
  }
}

export interface PhraseHit<T> {
  payload: T;
  sentence: Sentence;
  /** Index of the first and last matched word in `sentence.words`. */
  first: number;
  last: number;
  /** Paragraph offsets of the matched words. */
  start: number;
  end: number;
}

function crossesBreak(words: readonly { breakBefore: boolean }[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (words[k].breakBefore) return true;
  return false;
}

/** Every longest, non-overlapping match of `index` in the paragraph, in text order. */
export function findPhrases<T>(paragraph: Paragraph, index: PhraseIndex<T>): (PhraseHit<T> & { words: readonly string[] })[] {
  const hits: (PhraseHit<T> & { words: readonly string[] })[] = [];
  for (const sentence of paragraph.sentences) {
    const words = sentence.lower;
    for (let i = 0; i < words.length; i++) {
      const match = index.matchAt(words, i);
      if (!match) continue;
      const last = i + match.length - 1;
      // A phrase never runs across a comma or bracket: "om 14 u, dient u" is not "u dient".
      if (crossesBreak(sentence.words, i, last)) continue;
      hits.push({ payload: match.payload, sentence, first: i, last, start: sentence.words[i].start, end: sentence.words[last].end, words });
      i = last;
    }
  }
  return hits;
}
