/**
 * Findings belong to the text as it was checked; while the user types, the text on screen moves on. Until the
 * next check (a pause later), findings before the change keep their place, findings after it shift with it,
 * and findings the change touches are left out (page/field.ts).
 */

/** The one stretch where `before` and `after` differ: `[start, beforeEnd)` in before, `[start, afterEnd)` in after. */
export function changedStretch(before: string, after: string): { start: number; beforeEnd: number; afterEnd: number } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

/** `text` in pieces of at most `size` UTF-16 units, never between the two halves of a character (an emoji). */
export function splitText(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    const unit = text.charCodeAt(end - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}
