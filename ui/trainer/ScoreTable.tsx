/**
 * The scores of the original ("Voor") beside those of the current text ("Nu"), written the Dutch way (16,2),
 * with a short explanation of each. `data-value` holds the plain number, for tests and tools.
 */
import { formatNumber, levelLabel, nl } from '../../locales/nl';
import type { Summary } from './compare';

const t = nl.ui.trainer;
type Row = [label: string, key: keyof Summary, show: (value: number | string) => string];
const number = (v: number | string) => (typeof v === 'number' ? formatNumber(v) : v);
const ROWS: Row[] = [
  [t.words, 'words', number],
  [t.sentences, 'sentences', number],
  [t.averageLength, 'average', (v) => (typeof v === 'number' ? formatNumber(v).replace(/^(\d+)$/, '$1,0') : v)],
  [t.longShare, 'longShare', (v) => `${number(v)}%`],
  [t.fleschDouma, 'fleschDouma', number],
  [t.brouwer, 'brouwer', number],
  [t.level, 'level', (v) => levelLabel(String(v))],
  [t.findingsTotal, 'findings', number],
];
/** The attribute names the page always had (tests and the print report use them). */
const ATTRIBUTE: Partial<Record<keyof Summary, string>> = { longShare: 'long' };

export function ScoreTable({ before, now }: { before?: Summary; now: Summary }) {
  return (
    <section aria-labelledby="scores-title">
      <h2 id="scores-title">{t.scores}</h2>
      <table className="scores">
        <thead>
          <tr>
            <td />
            <th scope="col">{t.original}</th>
            <th scope="col">{t.current}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([label, key, show]) => {
            const name = ATTRIBUTE[key] ?? key;
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td data-score-before={name} data-value={before ? String(before[key]) : undefined}>
                  {before ? show(before[key]) : '–'}
                </td>
                <td data-score={name} data-value={String(now[key])}>
                  {show(now[key])}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="score-help no-print">
        <summary>{t.scoresHelp}</summary>
        <dl>
          {t.scoreExplanations.map(([term, meaning]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
