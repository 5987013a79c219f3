/**
 * The user's keys and clicks on a page: Alt+Shift+K opens the next finding, Escape closes the card, a click on an
 * underlined word opens its card, typing in the field closes it. Only the user's own events count.
 */
import type { Card } from './card';
import type { FieldRegistry } from './fields';

export class Keys {
  /** Counts clicks and key presses, so a late click handler does not undo what a later key press did. */
  private interactions = 0;

  constructor(
    private readonly fields: FieldRegistry,
    private readonly card: Card,
  ) {}

  keydown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    this.interactions++;
    if (e.altKey && e.shiftKey && (e.key === 'K' || e.key === 'k' || e.code === 'KeyK')) {
      const field = this.fields.fromEvent(e) ?? this.card.field;
      const next = field?.nextFinding();
      if (!field || !next) return;
      e.preventDefault();
      e.stopPropagation();
      field.setActive(next);
      this.card.show(field, next, { autoFocus: true });
      return;
    }
    if (e.key === 'Escape' && this.card.field) return this.card.close();
    // Typing in the field makes the open card's finding stale.
    if (this.card.field && this.fields.fromEvent(e) === this.card.field && !e.altKey && !e.ctrlKey && !e.metaKey) this.card.close();
  }

  click(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const field = this.fields.fromEvent(e);
    if (!field) return;
    // Let the click place the caret first, then look at what is under it (unless the user already went on).
    const interaction = ++this.interactions;
    setTimeout(() => {
      if (interaction !== this.interactions) return;
      const finding = field.findingAtCaret();
      if (finding) {
        field.setActive(finding);
        this.card.show(field, finding, { autoFocus: false });
      } else if (this.card.field === field) {
        this.card.close();
      }
    }, 0);
  }
}
