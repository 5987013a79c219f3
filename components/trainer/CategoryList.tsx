/** The categories with their line, count and a show/hide checkbox each. */
import type { RuleId } from '../../engine/index';
import { nl } from '../../locales/nl';
import { CATEGORIES } from '../categories';

export function CategoryList({ counts, hidden, onToggle }: { counts: Partial<Record<RuleId, number>>; hidden: ReadonlySet<RuleId>; onToggle(rule: RuleId): void }) {
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{nl.ui.trainer.categories}</h2>
      <ul className="categories">
        {CATEGORIES.map((c, i) => (
          <li key={c.rule} className={counts[c.rule] ? undefined : 'none'}>
            <label>
              <input type="checkbox" checked={!hidden.has(c.rule)} onChange={() => onToggle(c.rule)} aria-label={nl.ui.trainer.show(nl.rules[c.rule].title)} />
              <span className="tag" aria-hidden="true">
                {i + 1}
              </span>
              <span className="swatch" style={{ borderBottom: `3px ${c.line === 'wavy' ? 'dashed' : c.line} ${c.color}` }} aria-hidden="true" />
              {nl.rules[c.rule].title}
              <span className="count" data-rule={c.rule}>
                {counts[c.rule] ?? 0}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
