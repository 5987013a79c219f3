/** The colours and line styles of the categories, with their Dutch names: the same in pages, popup and trainer page. */
import { CATEGORIES, textsOf } from './categories';
import { Swatch } from './Swatch';
import type { RuleId } from '../contract/index';

export function Legend({ counts }: { counts?: Partial<Record<RuleId, number>> }) {
  return (
    <ul className="legend" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 }}>
      {CATEGORIES.map((c) => (
        <li key={c.rule} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Swatch rule={c.rule} />
          <span>{textsOf(c.rule).title}</span>
          {counts && <span style={{ marginLeft: 'auto', fontVariantNumeric: 'tabular-nums' }}>{counts[c.rule] ?? 0}</span>}
        </li>
      ))}
    </ul>
  );
}
