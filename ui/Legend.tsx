/** The colours and line styles of the categories, with their Dutch names: the same in pages, popup and trainer page. */
import { CATEGORIES, textsOf } from './categories';
import { Swatch } from './Swatch';
import type { RuleId } from '../contract/index';
import './Legend.css';

export function Legend({ counts }: { counts?: Partial<Record<RuleId, number>> }) {
  return (
    <ul className="legend">
      {CATEGORIES.map((c) => (
        <li key={c.rule}>
          <Swatch rule={c.rule} />
          <span>{textsOf(c.rule).title}</span>
          {counts && <span className="count">{counts[c.rule] ?? 0}</span>}
        </li>
      ))}
    </ul>
  );
}
