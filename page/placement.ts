/**
 * Where a field's findings are now, and which of them are on screen. Findings belong to the text as it was
 * checked; until the next check, rich editors have a live DOM range per finding (it moves with the editor's own
 * changes), and text fields shift the findings after the one stretch the user changed (see positions.ts).
 * A placement is a look-up by index: nothing is copied, so a paint of a text with thousands of findings only
 * touches those on screen.
 */
import type { Finding } from '../contract/index';
import type { Box } from './geometry';
import { changedStretch } from './positions';

/** A finding where it is now: offsets into the current text (text fields) or a live range (rich editors). */
export interface Placed {
  finding: Finding;
  start: number;
  end: number;
  range?: Range;
}

export interface Placement {
  count: number;
  /** The i-th finding where it is now, or undefined while the user is changing it. */
  at(i: number): Placed | undefined;
}

/** How to measure placed findings (viewport rectangles in the field's own document). */
export interface Measure {
  rects(item: Placed): Box[];
  /** The top of its first character (a cheap measurement, for bisection). */
  top(item: Placed): number;
}

/** Above this many findings, only those near the visible part are measured (measuring is layout work). */
const MEASURE_ALL_BELOW = 200;

export function richPlacement(findings: readonly Finding[], ranges: readonly (Range | undefined)[]): Placement {
  return {
    count: findings.length,
    at: (i) => {
      const range = ranges[i];
      return range && !range.collapsed ? { finding: findings[i], start: findings[i].start, end: findings[i].end, range } : undefined;
    },
  };
}

export function textPlacement(findings: readonly Finding[], checkedText: string, value: string): Placement {
  if (value === checkedText)
    return { count: findings.length, at: (i) => ({ finding: findings[i], start: findings[i].start, end: findings[i].end }) };
  const { start, beforeEnd, afterEnd } = changedStretch(checkedText, value);
  const shift = afterEnd - beforeEnd;
  return {
    count: findings.length,
    at: (i) => {
      const f = findings[i];
      if (f.end <= start) return { finding: f, start: f.start, end: f.end };
      if (f.start >= beforeEnd) return { finding: f, start: f.start + shift, end: f.end + shift };
      return undefined; // the user is changing it: it comes back with the next check
    },
  };
}

/**
 * The findings that can be between `visible.top` and `visible.bottom`, with their rectangles: measuring every
 * finding of a 1 MB text would block the page, so find the first one near the visible area by bisection and stop
 * below it. Each is measured once (in a huge text node every measurement costs the browser a walk through it).
 */
export function onScreen(
  { count, at }: Placement,
  visible: { top: number; bottom: number },
  measure: Measure,
): { item: Placed; rects: Box[] }[] {
  let low = 0;
  if (count >= MEASURE_ALL_BELOW) {
    const margin = visible.bottom - visible.top; // one field height above: a long sentence may start there
    // A finding the user is changing has no place: measure its neighbour instead (the order is the same).
    const topOf = (i: number): number => {
      for (let j = i; j < count; j++) {
        const p = at(j);
        if (p) return measure.top(p);
      }
      return Infinity;
    };
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (topOf(mid) < visible.top - margin) low = mid + 1;
      else high = mid;
    }
  }
  const shown: { item: Placed; rects: Box[] }[] = [];
  for (let i = low; i < count; i++) {
    const item = at(i);
    if (!item) continue;
    const rects = measure.rects(item);
    if (count >= MEASURE_ALL_BELOW && rects.length > 0 && rects[0].top > visible.bottom) break;
    shown.push({ item, rects });
  }
  return shown;
}

/** Rectangles of the text in a range, one per line fragment of each text node (not the boxes of elements). */
export function textRects(range: Range): Box[] {
  const out: Box[] = [];
  const push = (r: Range) => {
    for (const rect of r.getClientRects())
      if (rect.width > 0 && rect.height > 0) out.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
  };
  if (range.startContainer === range.endContainer && range.startContainer.nodeType === 3) {
    push(range);
    return out;
  }
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const part = doc.createRange();
    part.setStart(node, node === range.startContainer ? range.startOffset : 0);
    part.setEnd(node, node === range.endContainer ? range.endOffset : node.length);
    push(part);
  }
  return out;
}
