/**
 * One place, one underline. Where the boxes of several findings lie on the same stretch of a line ("in behandeling
 * genomen kan worden": hard word, nominalization, passive; a hard word inside a long sentence), only the most
 * important finding is drawn there (contract's MARK_PRIORITY; the finding the card is on comes first); the others
 * keep the parts of their boxes outside it. The card lists every reason at the place.
 */
import { markRank } from '../contract/index';
import type { Box } from './geometry';
import type { Mark } from './overlay';

/** Narrower than this, a leftover piece of a box is no underline anyone can see. */
const MIN_WIDTH = 2;

export function oneMarkPerPlace(marks: readonly Mark[]): Mark[] {
  const ranked = [...marks].sort((a, b) => Number(b.active ?? false) - Number(a.active ?? false) || markRank(a.rule) - markRank(b.rule));
  const drawn: Box[] = [];
  const out: Mark[] = [];
  for (const mark of ranked) {
    let pieces = [mark.box];
    for (const taken of drawn) if (sameLine(taken, mark.box)) pieces = pieces.flatMap((piece) => subtract(piece, taken));
    for (const box of pieces) if (box.width >= MIN_WIDTH) out.push({ ...mark, box });
    drawn.push(mark.box);
  }
  return out;
}

/** Two boxes on one line of text: they overlap in height by at least half the lower one. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return overlap >= Math.min(a.height, b.height) / 2;
}

/** The parts of `box` left and right of `taken` (on the same line). */
function subtract(box: Box, taken: Box): Box[] {
  const right = box.left + box.width;
  const takenRight = taken.left + taken.width;
  if (takenRight <= box.left || taken.left >= right) return [box];
  const pieces: Box[] = [];
  if (taken.left > box.left) pieces.push({ ...box, width: taken.left - box.left });
  if (takenRight < right) pieces.push({ ...box, left: takenRight, width: right - takenRight });
  return pieces;
}
