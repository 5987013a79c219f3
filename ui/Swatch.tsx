/**
 * A sample of a category's underline in its colour and line style (wavy is wavy here too), for the legends of
 * the popup and the trainer page. Drawn as SVG so it sits on the text line like the label next to it.
 */
import type { RuleId } from '../contract/index';
import { categoryOf } from './categories';
import './Swatch.css';

const W = 32;

export function Swatch({ rule }: { rule: RuleId }) {
  const { color, line } = categoryOf(rule);
  const stroke = { stroke: color, fill: 'none', strokeWidth: 2.5 };
  return (
    <svg className="line-sample" width={W} height={12} viewBox={`0 0 ${W} 12`} aria-hidden="true">
      {line === 'wavy' && <path d={`M1 6 q 3.75 -5 7.5 0 t 7.5 0 t 7.5 0 t 7.5 0`} {...stroke} />}
      {line === 'solid' && <line x1={0} y1={6} x2={W} y2={6} {...stroke} strokeWidth={3} />}
      {line === 'dashed' && <line x1={0} y1={6} x2={W} y2={6} {...stroke} strokeWidth={3} strokeDasharray="7 4" />}
      {line === 'dotted' && <line x1={1.5} y1={6} x2={W} y2={6} {...stroke} strokeWidth={3} strokeDasharray="0 5" strokeLinecap="round" />}
      {line === 'double' && (
        <>
          <line x1={0} y1={3.5} x2={W} y2={3.5} {...stroke} strokeWidth={2} />
          <line x1={0} y1={8.5} x2={W} y2={8.5} {...stroke} strokeWidth={2} />
        </>
      )}
    </svg>
  );
}
