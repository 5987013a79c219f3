/**
 * The card on a page: where it opens (beside the finding, inside our layer), and what its buttons do. The card
 * itself (ui/card.ts) passes on only the user's own clicks and keys.
 */
import { reasonsAt, type Finding, type RuleId } from '../contract/index';
import { IgnoredPlaces } from '../engine/index';
import { nl } from '../locales/nl';
import { renderCard, type Reason } from '../ui/card';
import type { FixResult } from './apply-fix';
import type { FieldController } from './field';
import { frameOffset, type Box } from './geometry';
import type { Overlay } from './overlay';

/** What the card's choices need from outside: storing them (through the background), and checking again. */
export interface CardActions {
  /** Store "always ignore this word"; false when it failed. */
  ignoreWord(word: string): Promise<boolean>;
  /** Store "switch this rule off"; false when it failed. */
  disableRule(rule: RuleId): Promise<boolean>;
  /** The settings or words changed: check every field again. */
  recheckAll(): void;
}

interface Open {
  field: FieldController;
  finding: Finding;
  notice?: string;
}

const FIX_NOTICES: Record<Exclude<FixResult, 'applied'>, string> = {
  stale: nl.ui.card.stale,
  failed: nl.ui.card.failed,
  unexpected: nl.ui.card.unexpected,
};

export class Card {
  /** Places the user chose to ignore once ("Negeer"), for as long as the page is open. */
  readonly ignored = new IgnoredPlaces();
  private open: Open | undefined;
  private slot: HTMLElement | undefined;

  constructor(
    private readonly overlay: () => Overlay,
    private readonly actions: CardActions,
  ) {}

  get field(): FieldController | undefined {
    return this.open?.field;
  }

  show(field: FieldController, finding: Finding, { autoFocus, notice }: { autoFocus: boolean; notice?: string }): void {
    this.open = { field, finding, notice };
    const overlay = this.overlay();
    if (!this.slot) {
      this.slot = overlay.host.ownerDocument.createElement('div');
      this.slot.className = 'card-slot';
      overlay.cardMount.append(this.slot);
    }
    const anchor = field.boxesOf(finding)[0] ?? topViewportBox(field.element);
    const win = overlay.host.ownerDocument.defaultView!;
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - 360));
    const below = anchor.top + anchor.height + 8;
    const top = below + 220 > win.innerHeight ? Math.max(8, anchor.top - 228) : below;
    this.slot.style.cssText = `left:${left}px;top:${top}px`;
    // Every reason at this place, each with its own fixes (one underline is drawn for all of them).
    const reasons: Reason[] = [];
    for (const f of reasonsAt(field.findings, finding)) {
      const view = field.views[f.rule];
      if (view) reasons.push({ finding: f, view });
    }
    if (reasons.length === 0) return;
    renderCard(this.slot, {
      reasons,
      notice,
      autoFocus,
      onApply: (f, index) => this.apply(f, index),
      onIgnore: (f) => this.ignoreOnce(f),
      onIgnoreWord: (f) => void this.ignoreWord(f),
      onDisableRule: (f) => void this.disableRule(f),
      onClose: () => this.close(true),
    });
  }

  close(refocus = false): void {
    const open = this.open;
    this.open = undefined;
    this.slot?.replaceChildren();
    if (!open) return;
    open.field.setActive(undefined);
    if (refocus) (open.field.element as HTMLElement).focus({ preventScroll: true });
  }

  /** The field was checked again: keep the card on its finding (which may have moved with an edit), or close it. */
  follow(field: FieldController, previousText: string): void {
    const open = this.open;
    if (open?.field !== field) return;
    const shift = Math.abs(field.checkedText.length - previousText.length) + 2;
    const same = field.findings
      .filter((f) => f.rule === open.finding.rule && f.text === open.finding.text)
      .sort((a, b) => Math.abs(a.start - open.finding.start) - Math.abs(b.start - open.finding.start))[0];
    if (same && Math.abs(same.start - open.finding.start) <= shift) this.show(field, same, { autoFocus: false, notice: open.notice });
    else this.close();
  }

  private apply(finding: Finding, index: number): void {
    const open = this.open;
    if (!open) return;
    const result = open.field.apply(finding, index);
    if (result === 'applied') this.close();
    else this.show(open.field, open.finding, { autoFocus: false, notice: FIX_NOTICES[result] });
  }

  private ignoreOnce(finding: Finding): void {
    const open = this.open;
    if (!open) return;
    this.ignored.add(finding, open.field.checkedText);
    this.close(true);
    open.field.markDirty(0);
  }

  /** Store the word first: when that fails (a full disk), the underline stays and the card says why. */
  private async ignoreWord(finding: Finding): Promise<void> {
    const open = this.open;
    if (!open) return;
    if (!(await this.actions.ignoreWord(finding.text.toLowerCase()))) return this.stillOpen(open, nl.ui.card.ignoreFailed);
    if (this.open === open) this.close(true);
    this.actions.recheckAll();
  }

  private async disableRule(finding: Finding): Promise<void> {
    const open = this.open;
    if (!open) return;
    if (!(await this.actions.disableRule(finding.rule))) return this.stillOpen(open, nl.ui.card.disableFailed);
    if (this.open === open) this.close(true);
    this.actions.recheckAll();
  }

  /** Show `notice` on the card, if the user did not move on meanwhile. */
  private stillOpen(open: Open, notice: string): void {
    if (this.open === open) this.show(open.field, open.finding, { autoFocus: false, notice });
  }
}

/** A field's border box in the top window's viewport (when the finding itself is not on screen). */
function topViewportBox(element: Element): Box {
  const r = element.getBoundingClientRect();
  const { x, y } = frameOffset(element.ownerDocument);
  return { left: r.left + x, top: r.top + y, width: r.width, height: r.height };
}
