/**
 * Cut one part of a letter into the pieces the engine checks and caches. A part is usually one paragraph, but one
 * very long paragraph (a pasted document without blank lines, a base64 blob) is cut into pieces of at most
 * `MAX_PIECE` characters: at a sentence end where possible, else at a line break, else at a space, else (one
 * endless "word") anywhere. No piece ever takes long to check. Offsets are UTF-16 indices into the whole text.
 */
export interface ParagraphSlice {
  start: number;
  end: number;
  text: string;
}

/** Characters per piece: checking one takes a few milliseconds (retext parses ~1 MB/s here). */
export const MAX_PIECE = 5000;
const MIN_PIECE = MAX_PIECE / 2;

/** The pieces of `text[start, end)` that hold a letter or digit. */
export function piecesOf(text: string, start: number, end: number): ParagraphSlice[] {
  const slices: ParagraphSlice[] = [];
  cut(text, start, end, (from, to) => {
    const piece = text.slice(from, to);
    if (/[\p{L}\p{N}]/u.test(piece)) slices.push({ start: from, end: to, text: piece });
  });
  return slices;
}

/** `text[start, end)` in pieces of at most MAX_PIECE characters. */
function cut(text: string, start: number, end: number, push: (start: number, end: number) => void): void {
  while (end - start > MAX_PIECE) {
    const at = cutPoint(text.slice(start + MIN_PIECE, start + MAX_PIECE)) + start + MIN_PIECE;
    push(start, at);
    start = at;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) push(start, end);
}

/** Where to end a piece inside `window`: after the last sentence end, line break or space, else at its end. */
function cutPoint(window: string): number {
  for (const pattern of [/[.!?]["’”)]*\s/g, /\n/g, /\s/g]) {
    let last = -1;
    for (const m of window.matchAll(pattern)) last = m.index + m[0].length - 1;
    if (last > 0) return last;
  }
  return window.length;
}
