/** The categories with their line, count, a show/hide checkbox and "alleen deze" (show only this one) each. */
import type { RuleId } from '../../contract/index';
import { nl } from '../../locales/nl';
import { CATEGORIES, textsOf } from '../categories';
import { Swatch } from '../Swatch';

export interface CategoryListProps {
  counts: Partial<Record<RuleId, number>>;
  hidden: ReadonlySet<RuleId>;
  onToggle(rule: RuleId): void;
  onOnly(rule: RuleId): void;
  onShowAll(): void;
}

export function CategoryList({ counts, hidden, onToggle, onOnly, onShowAll }: CategoryListProps) {
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{nl.ui.trainer.categories}</h2>
      {hidden.size > 0 && (
        <button type="button" className="show-all no-print" onClick={onShowAll}>
          {nl.ui.trainer.showAll}
        </button>
      )}
      <ul className="categories">
        {CATEGORIES.map((c, i) => (
          <li key={c.rule} className={counts[c.rule] ? undefined : 'none'}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.has(c.rule)}
                onChange={() => onToggle(c.rule)}
                aria-label={nl.ui.trainer.show(textsOf(c.rule).title)}
              />
              <span className="tag" aria-hidden="true">
                {i + 1}
              </span>
              <Swatch rule={c.rule} />
              {textsOf(c.rule).title}
              <span className="count" data-rule={c.rule}>
                {counts[c.rule] ?? 0}
              </span>
            </label>
            <button
              type="button"
              className="only no-print"
              aria-label={nl.ui.trainer.showOnly(textsOf(c.rule).title)}
              onClick={() => onOnly(c.rule)}
            >
              {nl.ui.trainer.only}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
