/**
 * The card that explains one finding and fixes it: the rule's message, why it matters, the suggestions as
 * buttons, and ignore / always ignore / switch the rule off. Props in, callbacks out; page text and
 * dictionary text are rendered as text, never as HTML. Every callback runs only for a real click or key press
 * of the user (`isTrusted`): in a web page, a script of the page must not be able to press anything.
 */
import { useEffect, useRef, type SyntheticEvent } from 'react';
import type { Finding } from '../engine/types';
import { nl } from '../locales/nl';
import { categoryOf } from './categories';

export interface SuggestionCardProps {
  finding: Finding;
  /** A line to show under the message (a fix that did not work, …). */
  notice?: string;
  /** Put the keyboard focus on the first button (when opened from the keyboard). */
  autoFocus?: boolean;
  onApply(suggestion: string): void;
  onIgnore(): void;
  onIgnoreWord(): void;
  onDisableRule(): void;
  onClose(): void;
}

export function SuggestionCard({ finding, notice, autoFocus, onApply, onIgnore, onIgnoreWord, onDisableRule, onClose }: SuggestionCardProps) {
  const first = useRef<HTMLButtonElement>(null);
  const texts = nl.rules[finding.rule];
  const category = categoryOf(finding.rule);
  const trusted = (action: () => void) => (e: SyntheticEvent) => {
    if (e.nativeEvent.isTrusted) action();
  };
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus, finding]);

  return (
    <div
      className="card"
      role="dialog"
      aria-label={nl.ui.card.label(texts.title)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.nativeEvent.isTrusted) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="title" style={{ borderColor: category.color }}>
        <span className="swatch" style={{ background: category.color }} aria-hidden="true" />
        {texts.title}
        <button className="close" type="button" aria-label={nl.ui.card.close} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
      <p className="message">{finding.message}</p>
      {finding.explanation && <p className="why">{finding.explanation}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="suggestions">
        {finding.suggestions.length === 0 && <p className="why">{nl.ui.card.noSuggestion}</p>}
        {finding.suggestions.map((s, i) => (
          <button
            key={s}
            ref={i === 0 ? first : undefined}
            type="button"
            className="suggestion"
            aria-label={nl.ui.card.apply(s)}
            onClick={trusted(() => onApply(s))}
          >
            {s}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" ref={finding.suggestions.length === 0 ? first : undefined} onClick={trusted(onIgnore)}>
          {nl.ui.card.ignore}
        </button>
        {finding.rule !== 'long-sentence' && (
          <button type="button" onClick={trusted(onIgnoreWord)}>
            {nl.ui.card.ignoreWord}
          </button>
        )}
        <button type="button" onClick={trusted(onDisableRule)}>
          {nl.ui.card.disableRule}
        </button>
      </div>
    </div>
  );
}

/** The card's styles, for the shadow root it lives in (no page CSS reaches it, none of ours leaks out). */
export const suggestionCardCss = `
.card{position:fixed;z-index:2147483647;max-width:340px;min-width:240px;background:#fff;color:#1f2937;border:1px solid #d1d5db;
  border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:12px 14px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;pointer-events:auto}
.title{display:flex;align-items:center;gap:8px;font-weight:600;border-bottom:3px solid;padding-bottom:6px;margin-bottom:8px}
.swatch{width:10px;height:10px;border-radius:50%;display:inline-block}
.close{margin-left:auto;border:0;background:none;font-size:20px;line-height:1;cursor:pointer;color:#4b5563;padding:0 4px}
.message{margin:0 0 6px}
.why{margin:0 0 8px;color:#4b5563;font-size:13px}
.notice{margin:0 0 8px;padding:6px 8px;background:#fef3c7;border-radius:6px;font-size:13px}
.suggestions{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.suggestion{background:#1d4ed8;color:#fff;border:0;border-radius:6px;padding:6px 10px;font:inherit;font-weight:600;cursor:pointer}
.suggestion:focus-visible,.actions button:focus-visible,.close:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;gap:6px}
.actions button{background:#f3f4f6;color:#1f2937;border:1px solid #d1d5db;border-radius:6px;padding:4px 8px;font:inherit;font-size:13px;cursor:pointer}
`;
