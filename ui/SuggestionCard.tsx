/** The suggestion card (card.ts) in a React page: the trainer page and the welcome page. */
import { useEffect, useRef } from 'react';
import type { Finding } from '../contract/index';
import { renderCard, type CardProps } from './card';
import { viewOf } from './categories';
import './card.css';

export type SuggestionCardProps = Omit<CardProps, 'reasons'> & {
  /** Every finding at the place, the most important first (see contract's `reasonsAt`). */
  findings: Finding[];
};

export function SuggestionCard(props: SuggestionCardProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // Callbacks through a ref: a new render of the page does not rebuild the card (and steal the focus).
  const canIgnoreWord = props.onIgnoreWord !== undefined;
  const canDisableRule = props.onDisableRule !== undefined;
  // `findings` is a new array per render of the page: its members say whether the card must change.
  const place = props.findings.map((f) => `${f.rule}:${f.start}:${f.end}:${f.message}`).join('|');
  useEffect(() => {
    renderCard(host.current!, {
      reasons: props.findings.map((finding) => ({ finding, view: viewOf(finding.rule) })),
      notice: props.notice,
      autoFocus: props.autoFocus,
      onApply: (f, s) => latest.current.onApply(f, s),
      onIgnore: (f) => latest.current.onIgnore(f),
      onIgnoreWord: canIgnoreWord ? (f) => latest.current.onIgnoreWord?.(f) : undefined,
      onDisableRule: canDisableRule ? (f) => latest.current.onDisableRule?.(f) : undefined,
      onClose: () => latest.current.onClose(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `place` stands for `findings`
  }, [place, props.notice, props.autoFocus, canIgnoreWord, canDisableRule]);
  return <div ref={host} />;
}
