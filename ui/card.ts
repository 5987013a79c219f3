/**
 * The card that explains one finding and fixes it: the rule's message, why it matters, the suggestions as
 * buttons, and ignore / always ignore / switch the rule off. Plain DOM, no framework, so that the page script
 * stays small (it starts when the user clicks in a field); the trainer page wraps it (SuggestionCard.tsx).
 * Page text and dictionary text are set as text, never as HTML. Every callback runs only for a real click or
 * key press of the user (`isTrusted`): in a web page, a script of the page must not be able to press anything.
 */
import type { Finding, RuleView } from '../contract/index';
import { nl } from '../locales/nl';

export interface CardProps {
  finding: Finding;
  /** The rule's name and colour. */
  view: RuleView;
  /** A line to show under the message (a fix that did not work, …). */
  notice?: string;
  /** Put the keyboard focus on the first button (when opened from the keyboard). */
  autoFocus?: boolean;
  /** Apply the finding's fix number `index` (the button with `suggestions[index]`). */
  onApply(index: number): void;
  onIgnore(): void;
  /** Without it (the welcome page's example), no "Negeer dit woord altijd" button. */
  onIgnoreWord?(): void;
  /** Without it, no "Zet deze controle uit" button. */
  onDisableRule?(): void;
  onClose(): void;
}

/** Render the card into `container` (replacing what was there). */
export function renderCard(container: HTMLElement, props: CardProps): void {
  const { finding, view, notice, autoFocus, onApply, onIgnore, onIgnoreWord, onDisableRule, onClose } = props;
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

  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', nl.ui.card.label(view.title));
  card.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.stopPropagation();
    onClose();
  });

  // The category's colour is the one value that is not in card.css.
  card.style.setProperty('--c', view.color);
  const title = el('div', 'title');
  const swatch = el('span', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  title.append(swatch, view.title, button('close', '×', onClose, nl.ui.card.close));
  card.append(title, el('p', 'message', finding.message));
  if (finding.explanation) card.append(el('p', 'why', finding.explanation));
  if (notice) {
    const line = el('p', 'notice', notice);
    line.setAttribute('role', 'status');
    card.append(line);
  }

  const suggestions = el('div', 'suggestions');
  if (finding.suggestions.length === 0) {
    suggestions.append(el('p', 'why', nl.ui.card.noSuggestion));
    // Advice without a button: the rule's own before and after shows what to do.
    if (view.example) suggestions.append(el('p', 'example', nl.ui.card.example(view.example.before, view.example.after)));
  }
  finding.suggestions.forEach((s, i) => suggestions.append(button('suggestion', s, () => onApply(i), nl.ui.card.apply(s))));
  const actions = el('div', 'actions');
  actions.append(button('', nl.ui.card.ignore, onIgnore));
  if (onIgnoreWord && finding.rule !== 'long-sentence') actions.append(button('', nl.ui.card.ignoreWord, onIgnoreWord));
  if (onDisableRule) actions.append(button('', nl.ui.card.disableRule, onDisableRule));
  card.append(suggestions, actions);

  container.replaceChildren(card);
  if (autoFocus) (card.querySelector('.suggestion, .actions button') as HTMLButtonElement | null)?.focus();
}
