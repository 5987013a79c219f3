/**
 * Presentation mode: the keys a trainer presses in front of a group, and the "one category at a time" cycle.
 * Pure, so the rules are tested without a browser.
 */
import { RULE_IDS, RuleId } from '../../contract/index';

export type Action = 'next' | 'previous' | 'apply' | 'nextCategory' | 'previousCategory' | 'allCategories' | 'leave';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The element that has the focus (or its tag and editability). */
  target?: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

/** Inputs that take no typing: a key pressed on them may still be a command. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True while the trainer types: then no key is a command. */
export function isTyping(target: KeyPress['target']): boolean {
  if (!target) return false;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'INPUT') return !NOT_TYPED.has((target.type ?? 'text').toLowerCase());
  return tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true;
}

/** The command for a key, or undefined. Shortcuts of the browser (Ctrl, Alt, Cmd) stay the browser's. */
export function actionFor(press: KeyPress): Action | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey || isTyping(press.target)) return undefined;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'n':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'p':
      return 'previous';
    case 'v':
    case 'V':
      return 'apply';
    case 'c':
      return 'nextCategory';
    case 'C':
      return 'previousCategory';
    case 'a':
    case 'A':
      return 'allCategories';
    case 'Escape':
      return 'leave';
    default:
      return undefined;
  }
}

/** The one category shown on its own, if the hidden set shows exactly one of the present categories. */
export function soloCategory(present: readonly RuleId[], hidden: ReadonlySet<RuleId>): RuleId | undefined {
  const shown = present.filter((r) => !hidden.has(r));
  return shown.length === 1 && present.length > 1 ? shown[0] : undefined;
}

/**
 * The next hidden set in the cycle all → first category alone → … → last alone → all (or backwards with
 * step -1). `present` are the categories with findings, in legend order; only they take a turn.
 */
export function cycleCategory(present: readonly RuleId[], hidden: ReadonlySet<RuleId>, step: 1 | -1 = 1): Set<RuleId> {
  if (present.length === 0) return new Set();
  const solo = soloCategory(present, hidden);
  // Positions 0..n-1 are one category alone, position n is "all".
  const position = solo ? present.indexOf(solo) : present.length;
  const next = (position + step + present.length + 1) % (present.length + 1);
  if (next === present.length) return new Set();
  return new Set(RULE_IDS.filter((r) => r !== present[next]));
}

/** Index of the next (or previous) finding, going round; from nothing, next is the first and previous the last. */
export function step(current: number | undefined, count: number, by: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined || current >= count) return by === 1 ? 0 : count - 1;
  return (current + by + count) % count;
}
