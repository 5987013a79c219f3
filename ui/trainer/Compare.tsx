/**
 * Before and after: the original beside the current text, word by word. Deleted words are struck through and
 * inserted words underlined and bold, and a screen reader hears "weg:" / "nieuw:", so colour is never the only cue.
 */
import { formatNumber, levelLabel, nl } from '../../locales/nl';
import { afterParts, beforeParts, changedPlaces, wordDiff, type DiffPart, type Summary } from './compare';

const t = nl.ui.trainer;

function Part({ part }: { part: DiffPart }) {
  if (part.kind === 'deleted')
    return (
      <del>
        <span className="sr-only">{t.deleted} </span>
        {part.text}
      </del>
    );
  if (part.kind === 'inserted')
    return (
      <ins>
        <span className="sr-only">{t.inserted} </span>
        {part.text}
      </ins>
    );
  return <span>{part.text}</span>;
}

function Side({ id, title, parts, summary }: { id: 'before' | 'after'; title: string; parts: DiffPart[]; summary: Summary }) {
  return (
    <section className="side" aria-labelledby={`compare-${id}`} data-compare={id}>
      <h3 id={`compare-${id}`}>{title}</h3>
      <p className="side-scores">
        {t.fleschDouma}{' '}
        <strong data-compare-score="fleschDouma" data-value={summary.fleschDouma}>
          {formatNumber(summary.fleschDouma)}
        </strong>{' '}
        ({levelLabel(summary.level)}) · {t.brouwer}{' '}
        <strong data-compare-score="brouwer" data-value={summary.brouwer}>
          {formatNumber(summary.brouwer)}
        </strong>{' '}
        · {t.findingsTotal} <strong data-compare-score="findings">{summary.findings}</strong>
      </p>
      <div className="compare-text">
        {parts.map((p, i) => (
          <Part key={i} part={p} />
        ))}
      </div>
    </section>
  );
}

export function Compare({ original, text, before, now }: { original: string; text: string; before: Summary; now: Summary }) {
  if (!original.trim())
    return (
      <section className="compare" aria-labelledby="compare-title">
        <h2 id="compare-title">{t.compare}</h2>
        <p>{t.noOriginal}</p>
      </section>
    );
  const parts = wordDiff(original, text);
  const places = changedPlaces(parts);
  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t.compare}</h2>
      <p>{places === 0 ? t.unchanged : t.changedPlaces(places)}</p>
      <div className="sides">
        <Side id="before" title={t.original} parts={beforeParts(parts)} summary={before} />
        <Side id="after" title={t.current} parts={afterParts(parts)} summary={now} />
      </div>
    </section>
  );
}
