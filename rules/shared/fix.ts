/**
 * Building one-click fixes. A fix is a set of edits applied together ("dient … te betalen" → "moet …
 * betalen" is two); its label, on the card's button, is the new text from the first edit to the last. Rules
 * build edits with these helpers, in paragraph offsets; the engine moves them into the offsets of the text.
 */
import type { Edit, Fix } from '../../contract/index';
import type { Word } from './paragraph';

export type { Edit, Fix };

/** Replace one stretch. */
export const replace = (start: number, end: number, text: string): Edit => ({ start, end, text });

/**
 * Remove a word with one space next to it: the one after ("te betalen" → "betalen"), or, at the end of a
 * sentence or before punctuation, the one before.
 */
export function removeWord(text: string, word: Pick<Word, 'start' | 'end'>): Edit {
  if (text[word.end] === ' ') return { start: word.start, end: word.end + 1, text: '' };
  if (text[word.start - 1] === ' ') return { start: word.start - 1, end: word.end, text: '' };
  return { start: word.start, end: word.end, text: '' };
}

/** The edits in text order, or undefined when two of them overlap (then there is no safe fix). */
export function ordered(edits: readonly Edit[]): Edit[] | undefined {
  if (edits.length === 1) return [edits[0]];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return undefined;
  return sorted;
}

/** The text with the edits applied. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A fix applied to the text it was made for (its edits do not overlap; offsets are into `text`). */
export const applyFix = (text: string, fix: Fix): string => applyEdits(text, fix.edits);

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const LETTER_RE = /[\p{L}']/u;
/** A letter or apostrophe; ASCII is decided without the Unicode regex (this runs for every fix of every rule). */
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? true : c === 39;
  return LETTER_RE.test(ch);
}

// Word boundaries around an edit, as offsets: the words are compared only when their lengths match, so the usual
// case (different words) allocates nothing. This runs for every fix of every rule.
const skipSpacesBack = (text: string, at: number) => {
  while (at > 0 && text[at - 1] === ' ') at--;
  return at;
};
const skipSpaces = (text: string, at: number) => {
  while (at < text.length && text[at] === ' ') at++;
  return at;
};
const wordStart = (text: string, end: number) => {
  while (end > 0 && isLetter(text[end - 1])) end--;
  return end;
};
const wordEnd = (text: string, start: number) => {
  while (start < text.length && isLetter(text[start])) start++;
  return start;
};

/** text `a` [aStart, aEnd) and text `b` [bStart, bEnd) are the same word, in any case; an empty range is no word. */
function sameWord(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd === aStart || aEnd - aStart !== bEnd - bStart) return false;
  return a.slice(aStart, aEnd).toLowerCase() === b.slice(bStart, bEnd).toLowerCase();
}

/** The fix would write a word twice in a row: "tijdelijk" + "tijdelijk stoppen". */
export function doublesWord(text: string, edits: readonly Edit[]): boolean {
  for (const edit of edits) {
    if (!edit.text.trim()) continue;
    // The word before the edit against the edit's first word, the word after it against the edit's last word.
    const beforeEnd = skipSpacesBack(text, edit.start);
    const firstStart = skipSpaces(edit.text, 0);
    if (sameWord(text, wordStart(text, beforeEnd), beforeEnd, edit.text, firstStart, wordEnd(edit.text, firstStart))) return true;
    const afterStart = skipSpaces(text, edit.end);
    const lastEnd = skipSpacesBack(edit.text, edit.text.length);
    if (sameWord(text, afterStart, wordEnd(text, afterStart), edit.text, wordStart(edit.text, lastEnd), lastEnd)) return true;
  }
  return false;
}

/** Labels longer than this many words show only the changed words, with "…" between them. */
const LONG_LABEL = 4;

/**
 * A fix and its label: the changed stretch, from the first changed word to the last, as it reads after the fix
 * ("moet uw huur betalen"); a long stretch shows only the changed words ("zetten … verder").
 */
export function labelled(text: string, edits: readonly Edit[]): { label: string; fix: Fix } | undefined {
  const sorted = ordered(edits);
  if (!sorted || sorted.length === 0) return undefined;
  let from = sorted[0].start;
  let to = sorted[sorted.length - 1].end;
  while (from > 0 && WORD_CHAR.test(text[from - 1])) from--;
  while (to < text.length && WORD_CHAR.test(text[to])) to++;
  if (sorted.length === 1) {
    // One edit (most fixes): the label is the stretch around it, no copies of the edits needed.
    const one = sorted[0];
    const label = (text.slice(from, one.start) + one.text + text.slice(one.end, to)).trim();
    return label ? { label, fix: { edits: sorted } } : undefined;
  }
  const after = applyEdits(
    text.slice(from, to),
    sorted.map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
  );
  const label = after.trim().split(/\s+/).length > LONG_LABEL && sorted.length > 1 ? changedWords(after, sorted, from) : after.trim();
  return label ? { label, fix: { edits: sorted } } : undefined;
}

/**
 * The words each edit writes, in order, with "…" for what stays between them; a removal shows the word that now
 * stands in its place ("moet … betalen" for "dient … te betalen").
 */
function changedWords(after: string, sorted: readonly Edit[], from: number): string {
  const ranges: [number, number][] = [];
  let shift = -from;
  for (const edit of sorted) {
    let start = edit.start + shift;
    let end = start + edit.text.length;
    shift += edit.text.length - (edit.end - edit.start);
    while (start < end && /\s/.test(after[start])) start++;
    while (end > start && /\s/.test(after[end - 1])) end--;
    if (start === end) {
      // A removal: the word that now follows it; at the end of the stretch it shows nothing.
      while (end < after.length && /\s/.test(after[end])) end++;
      if (!WORD_CHAR.test(after[end] ?? '')) continue;
      start = end;
    }
    while (start > 0 && WORD_CHAR.test(after[start - 1])) start--;
    while (end < after.length && WORD_CHAR.test(after[end])) end++;
    const previous = ranges[ranges.length - 1];
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else ranges.push([start, end]);
  }
  return ranges
    .map(([start, end]) => after.slice(start, end).trim())
    .filter(Boolean)
    .join(' … ');
}
