/**
 * The text of the trainer page cut into pieces for marking. A finding may overlap others (a long sentence holds
 * jargon); each piece shows the most important finding that covers it (contract's MARK_PRIORITY, then the
 * shortest), so one place has one underline and small problems stay visible inside big ones.
 */
import { byImportance, type Finding } from '../../contract/index';

export interface Segment {
  start: number;
  end: number;
  finding?: Finding;
}

export interface SegmentOptions {
  /** This finding wins wherever it covers a piece (the finding the trainer is showing now). */
  prefer?: Finding;
  /** Extra places to cut (e.g. the bounds of a sentence to point at), so no piece crosses them. */
  cuts?: readonly number[];
}

export function segments(text: string, findings: readonly Finding[], options: SegmentOptions = {}): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) cuts.add(f.start).add(f.end);
  for (const c of options.cuts ?? []) if (c > 0 && c < text.length) cuts.add(c);
  const points = [...cuts].sort((a, b) => a - b);
  const { prefer } = options;
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    let finding: Finding | undefined;
    if (prefer && prefer.start <= start && end <= prefer.end) finding = prefer;
    else for (const f of findings) if (f.start <= start && end <= f.end && (!finding || byImportance(f, finding) < 0)) finding = f;
    out.push({ start, end, finding });
  }
  return out;
}

/** Findings in reading order: the order of the keyboard's next/previous. */
export function inReadingOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
}
