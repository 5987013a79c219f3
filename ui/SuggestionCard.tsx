/** The suggestion card (card.ts) in a React page: the trainer page. */
import { useEffect, useRef } from 'react';
import { renderCard, type CardProps } from './card';
import { viewOf } from './categories';
import './card.css';

export type SuggestionCardProps = Omit<CardProps, 'view'>;

export function SuggestionCard(props: SuggestionCardProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // Callbacks through a ref: a new render of the page does not rebuild the card (and steal the focus).
  const canIgnoreWord = props.onIgnoreWord !== undefined;
  const canDisableRule = props.onDisableRule !== undefined;
  useEffect(() => {
    renderCard(host.current!, {
      finding: props.finding,
      view: viewOf(props.finding.rule),
      notice: props.notice,
      autoFocus: props.autoFocus,
      onApply: (s) => latest.current.onApply(s),
      onIgnore: () => latest.current.onIgnore(),
      onIgnoreWord: canIgnoreWord ? () => latest.current.onIgnoreWord?.() : undefined,
      onDisableRule: canDisableRule ? () => latest.current.onDisableRule?.() : undefined,
      onClose: () => latest.current.onClose(),
    });
  }, [props.finding, props.notice, props.autoFocus, canIgnoreWord, canDisableRule]);
  return <div ref={host} />;
}
