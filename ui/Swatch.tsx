/**
 * A sample of a category's underline in its colour and line pattern, for the legends of the popup and the trainer
 * page: drawn from the same patterns as the underlines themselves (lines.css).
 */
import type { CSSProperties } from 'react';
import type { RuleId } from '../contract/index';
import { categoryOf } from './categories';
import './lines.css';
import './Swatch.css';

export function Swatch({ rule }: { rule: RuleId }) {
  const { color, line } = categoryOf(rule);
  return <span className="line-sample" data-line={line} data-rule={rule} style={{ '--c': color } as CSSProperties} aria-hidden="true" />;
}
