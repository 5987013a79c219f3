/**
 * The text with its findings marked in the categories' colours and line styles. Every finding is a focus stop
 * (its first piece); the finding being shown wins over findings inside it, so it is always visible, and gets one
 * box around all its pieces. A sentence chosen in the per-sentence view is framed, so the group sees where it is.
 */
import { forwardRef, type CSSProperties, type ReactNode } from 'react';
import type { Finding } from '../../contract/index';
import { nl } from '../../locales/nl';
import { segments, type Segment } from './segments';
import { CATEGORIES, categoryOf, textsOf } from '../categories';
import '../lines.css';

export interface MarkedTextProps {
  text: string;
  /** The visible findings in reading order; `data-finding` is the index in this list. */
  findings: readonly Finding[];
  current?: number;
  sentence?: { start: number; end: number };
  /** Marks only, no focus stops or buttons: the copy in the printed report. */
  report?: boolean;
  onOpen?(index: number): void;
}

/** Number of a category in the legend: printed after each finding, so a black-and-white print still tells them apart. */
const tagOf = (finding: Finding) => String(CATEGORIES.findIndex((c) => c.rule === finding.rule) + 1);

/** A range of the text drawn inside one element around its pieces. */
interface Frame {
  start: number;
  end: number;
  /** `at`: where the wrapped pieces start (a frame split in two is two elements). */
  wrap(children: ReactNode[], at: number): ReactNode;
}

/**
 * The pieces with each frame around the pieces inside it; the first frame is the outer one. A later frame that
 * crosses an earlier one's edge is split there (the pieces are cut at every frame's edges).
 */
function framed(pieces: readonly Segment[], frames: readonly Frame[], render: (piece: Segment) => ReactNode): ReactNode[] {
  if (frames.length === 0) return pieces.map(render);
  const [frame, ...inner] = frames;
  const first = pieces.findIndex((p) => frame.start <= p.start && p.end <= frame.end);
  if (first < 0) return framed(pieces, inner, render);
  let end = first;
  while (end < pieces.length && pieces[end].end <= frame.end) end++;
  return [
    ...framed(pieces.slice(0, first), inner, render),
    frame.wrap(framed(pieces.slice(first, end), inner, render), pieces[first].start),
    ...framed(pieces.slice(end), inner, render),
  ];
}

export const MarkedText = forwardRef<HTMLSpanElement, MarkedTextProps>(function MarkedText(
  { text, findings, current, sentence, report = false, onOpen },
  sentenceRef,
) {
  const shown = current === undefined ? undefined : findings[current];
  const cuts = sentence ? [sentence.start, sentence.end] : [];
  const pieces = segments(text, findings, { prefer: shown, cuts });
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
    const style = { '--c': c.color } as CSSProperties;
    const tag = last.has(piece) ? tagOf(finding) : undefined;
    if (report)
      return (
        <mark key={start} data-rule={finding.rule} data-tag={tag} data-line={c.line} style={style}>
          {value}
        </mark>
      );
    const i = index.get(finding)!;
    const isFirst = first.has(piece);
    return (
      <mark
        key={start}
        data-rule={finding.rule}
        data-finding={isFirst ? i : undefined}
        data-tag={tag}
        className={finding === shown ? 'current' : undefined}
        tabIndex={isFirst ? 0 : -1}
        role="button"
        aria-current={finding === shown && isFirst ? 'true' : undefined}
        aria-label={`${finding.text} (${textsOf(finding.rule).title})`}
        data-line={c.line}
        style={style}
        onClick={() => onOpen?.(i)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen?.(i);
          }
        }}
      >
        {value}
      </mark>
    );
  };

  if (!text.trim()) return <p className="marked empty">{nl.ui.trainer.empty}</p>;
  const frames: Frame[] = [];
  if (sentence && !report)
    frames.push({
      ...sentence,
      wrap: (children, at) => (
        <span key={`sentence-${at}`} className="sentence-focus" ref={sentenceRef} tabIndex={-1}>
          {children}
        </span>
      ),
    });
  if (shown && !report)
    frames.push({
      start: shown.start,
      end: shown.end,
      wrap: (children, at) => (
        <span key={`shown-${at}`} className="focus-box">
          {children}
        </span>
      ),
    });
  return <div className={report ? 'marked report' : 'marked'}>{framed(pieces, frames, render)}</div>;
});
