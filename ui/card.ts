/**
 * The card that explains what is at one place and fixes it: per reason the rule's message (why it matters for the
 * first), the suggestions as buttons, and ignore / always ignore / switch the rule off. Plain DOM, no framework, so that the page script
 * stays small (it starts when the user clicks in a field); the trainer page wraps it (SuggestionCard.tsx).
 * Page text and dictionary text are set as text, never as HTML. Every callback runs only for a real click or
 * key press of the user (`isTrusted`): in a web page, a script of the page must not be able to press anything.
 */
import type { Finding, RuleView } from '../contract/index';
import { nl } from '../locales/nl';

/** One reason at the place: a finding and how its rule looks. */
export interface Reason {
  finding: Finding;
  view: RuleView;
}

export interface CardProps {
  /**
   * Every reason at this place, the most important first (contract's `reasonsAt`): one underline, all reasons on
   * the card, each with its own fixes.
   */
  reasons: Reason[];
  /** A line to show under the first message (a fix that did not work, …). */
  notice?: string;
  /** Put the keyboard focus on the first button (when opened from the keyboard). */
  autoFocus?: boolean;
  /** Apply `finding`'s fix number `index` (the button with `suggestions[index]`). */
  onApply(finding: Finding, index: number): void;
  onIgnore(finding: Finding): void;
  /** Without it (the welcome page's example), no "Negeer dit woord altijd" button. */
  onIgnoreWord?(finding: Finding): void;
  /** Without it, no "Zet deze controle uit" button. */
  onDisableRule?(finding: Finding): void;
  onClose(): void;
}

/** Render the card into `container` (replacing what was there). */
export function renderCard(container: HTMLElement, props: CardProps): void {
  const { reasons, notice, autoFocus, onApply, onIgnore, onIgnoreWord, onDisableRule, onClose } = props;
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (className: string, text: string, action: () => void, label?: string) => {
    const b = el('button', className, text);
    b.type = 'button';
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', (e) => {
      if (e.isTrusted) action();
    });
    return b;
  };
  const swatch = (view: RuleView) => {
    const dot = el('span', 'swatch');
    dot.setAttribute('aria-hidden', 'true');
    dot.style.setProperty('--c', view.color);
    return dot;
  };

  const [main] = reasons;
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', nl.ui.card.label(main.view.title, reasons.length - 1));
  card.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.stopPropagation();
    onClose();
  });
  // The category's colour is the one value that is not in card.css.
  card.style.setProperty('--c', main.view.color);
  const title = el('div', 'title');
  title.append(swatch(main.view), main.view.title, button('close', '×', onClose, nl.ui.card.close));
  card.append(title);

  reasons.forEach(({ finding, view }, i) => {
    const section = el('section', i === 0 ? 'reason' : 'reason other');
    section.dataset.rule = finding.rule;
    if (i > 0) {
      const heading = el('div', 'reason-title');
      heading.append(swatch(view), view.title);
      section.append(heading);
    }
    section.append(el('p', 'message', finding.message));
    if (i === 0 && finding.explanation) section.append(el('p', 'why', finding.explanation));
    if (i === 0 && notice) {
      const line = el('p', 'notice', notice);
      line.setAttribute('role', 'status');
      section.append(line);
    }
    const suggestions = el('div', 'suggestions');
    if (finding.suggestions.length === 0) {
      suggestions.append(el('p', 'why', nl.ui.card.noSuggestion));
      // Advice without a button: the rule's own before and after shows what to do.
      if (view.example) suggestions.append(el('p', 'example', nl.ui.card.example(view.example.before, view.example.after)));
    }
    finding.suggestions.forEach((s, k) => suggestions.append(button('suggestion', s, () => onApply(finding, k), nl.ui.card.apply(s))));
    const actions = el('div', 'actions');
    actions.append(button('', nl.ui.card.ignore, () => onIgnore(finding)));
    if (onIgnoreWord && finding.rule !== 'long-sentence') actions.append(button('', nl.ui.card.ignoreWord, () => onIgnoreWord(finding)));
    if (onDisableRule) actions.append(button('', nl.ui.card.disableRule, () => onDisableRule(finding)));
    section.append(suggestions, actions);
    card.append(section);
  });

  container.replaceChildren(card);
  if (autoFocus) (card.querySelector('.suggestion, .actions button') as HTMLButtonElement | null)?.focus();
}
