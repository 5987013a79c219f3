/**
 * One colour and one line style per rule, shared by the underlines in pages, the legend, the card and the
 * trainer page. Styles differ as well as colours, so the categories stay apart for colour-blind readers.
 */
import type { RuleId } from '../engine/types';

export interface Category {
  rule: RuleId;
  color: string;
  /** CSS `text-decoration-style` of the underline. */
  line: 'solid' | 'wavy' | 'dotted' | 'dashed' | 'double';
}

export const CATEGORIES: readonly Category[] = [
  { rule: 'jargon', color: '#c2410c', line: 'wavy' },
  { rule: 'long-sentence', color: '#1d4ed8', line: 'dotted' },
  { rule: 'passive-voice', color: '#15803d', line: 'solid' },
  { rule: 'nominalization', color: '#7e22ce', line: 'dashed' },
  { rule: 'abbreviation', color: '#0e7490', line: 'double' },
  { rule: 'stock-phrase', color: '#be185d', line: 'wavy' },
  { rule: 'double-negative', color: '#b91c1c', line: 'double' },
  { rule: 'pronoun-mix', color: '#4338ca', line: 'wavy' },
  { rule: 'long-word', color: '#a16207', line: 'dashed' },
];

export const categoryOf = (rule: RuleId): Category => CATEGORIES.find((c) => c.rule === rule)!;
