/**
 * The text with its findings marked in the categories' colours and line styles. Every finding is a focus stop
 * (its first piece); the finding being shown wins over findings inside it, so it is always visible. A sentence
 * chosen in the per-sentence view is framed, so the group sees where it is.
 */
import { forwardRef, type CSSProperties } from 'react';
import type { Finding } from '../../contract/index';
import { nl } from '../../locales/nl';
import { segments, type Segment } from './segments';
import { CATEGORIES, categoryOf, textsOf } from '../categories';

export interface MarkedTextProps {
  text: string;
  /** The visible findings in reading order; `data-finding` is the index in this list. */
  findings: readonly Finding[];
  current?: number;
  sentence?: { start: number; end: number };
  onOpen(index: number): void;
}

/** Number of a category in the legend: printed after each finding, so a black-and-white print still tells them apart. */
const tagOf = (finding: Finding) => String(CATEGORIES.findIndex((c) => c.rule === finding.rule) + 1);

export const MarkedText = forwardRef<HTMLSpanElement, MarkedTextProps>(function MarkedText(
  { text, findings, current, sentence, onOpen },
  sentenceRef,
) {
  const shown = current === undefined ? undefined : findings[current];
  const pieces = segments(text, findings, { prefer: shown, cuts: sentence ? [sentence.start, sentence.end] : [] });
  const index = new Map(findings.map((f, i) => [f, i]));
  // The first piece of a finding takes the focus; the last one carries the printed number.
  const first = new Set<Segment>();
  const last = new Set<Segment>();
  const seen = new Set<Finding>();
  for (const p of pieces) {
    if (!p.finding || seen.has(p.finding)) continue;
    seen.add(p.finding);
    first.add(p);
  }
  seen.clear();
  for (const p of [...pieces].reverse()) {
    if (!p.finding || seen.has(p.finding)) continue;
    seen.add(p.finding);
    last.add(p);
  }

  const render = (piece: Segment) => {
    const { start, end, finding } = piece;
    const value = text.slice(start, end);
    if (!finding) return <span key={start}>{value}</span>;
    const c = categoryOf(finding.rule);
    const i = index.get(finding)!;
    const isFirst = first.has(piece);
    return (
      <mark
        key={start}
        data-rule={finding.rule}
        data-finding={isFirst ? i : undefined}
        data-tag={last.has(piece) ? tagOf(finding) : undefined}
        className={finding === shown ? 'current' : undefined}
        tabIndex={isFirst ? 0 : -1}
        role="button"
        aria-current={finding === shown && isFirst ? 'true' : undefined}
        aria-label={`${finding.text} (${textsOf(finding.rule).title})`}
        data-line={c.line}
        style={{ '--c': c.color } as CSSProperties}
        onClick={() => onOpen(i)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(i);
          }
        }}
      >
        {value}
      </mark>
    );
  };

  if (!text.trim()) return <p className="marked empty">{nl.ui.trainer.empty}</p>;
  if (!sentence) return <div className="marked">{pieces.map(render)}</div>;
  const inside = (p: Segment) => sentence.start <= p.start && p.end <= sentence.end;
  const firstInside = pieces.findIndex(inside);
  const count = pieces.filter(inside).length;
  return (
    <div className="marked">
      {pieces.slice(0, firstInside).map(render)}
      <span className="sentence-focus" ref={sentenceRef} tabIndex={-1}>
        {pieces.slice(firstInside, firstInside + count).map(render)}
      </span>
      {pieces.slice(firstInside + count).map(render)}
    </div>
  );
});
