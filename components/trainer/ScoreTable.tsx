/** The scores of the original ("Voor") beside those of the current text ("Nu"). */
import { nl } from '../../locales/nl';
import type { Summary } from '../../trainer/compare';

const t = nl.ui.trainer;
type Row = [label: string, key: string, value: (s: Summary) => string];
const ROWS: Row[] = [
  [t.words, 'words', (s) => String(s.words)],
  [t.sentences, 'sentences', (s) => String(s.sentences)],
  [t.averageLength, 'average', (s) => s.average.toFixed(1)],
  [t.longShare, 'long', (s) => `${s.longShare}%`],
  [t.fleschDouma, 'fleschDouma', (s) => String(s.fleschDouma)],
  [t.brouwer, 'brouwer', (s) => String(s.brouwer)],
  [t.level, 'level', (s) => s.level],
  [t.findingsTotal, 'findings', (s) => String(s.findings)],
];

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
          {ROWS.map(([label, key, value]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td data-score-before={key}>{before ? value(before) : '–'}</td>
              <td data-score={key}>{value(now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
