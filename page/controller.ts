/**
 * Klaretaal on one page: finds the field the user writes in (also in same-origin iframes and open shadow
 * roots), keeps a FieldController per field, shows the suggestion card and handles the keyboard. Started by
 * the page script once the user focuses an eligible field; it never sends text anywhere.
 */
import { renderCard } from '../ui/card';
import type { Finding, RuleId } from '../contract/index';
import { nl } from '../locales/nl';
import type { FixResult } from './apply-fix';
import { deepActiveElement, editableRoot, fieldKind } from './eligibility';
import { FieldController, type FieldHost } from './field';
import { frameOffset } from './geometry';
import { Overlay } from './overlay';

export interface PageOptions {
  /** Check a field's text (in the background, where the engine and the user's words are). */
  check: FieldHost['check'];
  /** Persist "always ignore this word" (through the background, in the extension's database); false when it failed. */
  ignoreWord(word: string): Promise<boolean>;
  /** Persist "switch this rule off"; false when it failed. */
  disableRule(rule: RuleId): Promise<boolean>;
}

interface CardState {
  field: FieldController;
  finding: Finding;
  notice?: string;
  autoFocus: boolean;
}

const FIX_NOTICES: Record<Exclude<FixResult, 'applied'>, string> = {
  stale: nl.ui.card.stale,
  failed: nl.ui.card.failed,
  unexpected: nl.ui.card.unexpected,
};

export class PageController implements FieldHost {
  /** The field the user wrote in last (for the popup's counts). */
  private lastField: FieldController | undefined;
  private readonly fields = new Map<Element, FieldController>();
  private readonly documents = new WeakSet<Document>();
  private readonly ignored = new Set<string>();
  private overlayInstance: Overlay | undefined;
  private cardSlot: HTMLElement | undefined;
  private card: CardState | undefined;
  private readonly abort = new AbortController();
  /** Counts clicks and key presses, so a late click handler does not undo what a later key press did. */
  private interactions = 0;

  constructor(
    private readonly top: Document,
    private readonly options: PageOptions,
  ) {
    this.attachDocument(top);
  }

  // FieldHost
  check(text: string, field: string) {
    return this.options.check(text, field);
  }

  overlay(): Overlay {
    this.overlayInstance ??= new Overlay(this.top);
    this.overlayInstance.ensureAttached(this.top);
    return this.overlayInstance;
  }

  isIgnored(finding: Finding, text: string): boolean {
    if (this.ignored.size === 0) return false;
    return this.ignored.has(occurrenceKey(finding, text));
  }

  changed(field: FieldController, previousText: string): void {
    // Keep the open card on its finding (which may have moved with an edit before it), or close it.
    const card = this.card;
    if (card?.field !== field) return;
    const shift = Math.abs(field.checkedText.length - previousText.length) + 2;
    const same = field.findings
      .filter((f) => f.rule === card.finding.rule && f.text === card.finding.text)
      .sort((a, b) => Math.abs(a.start - card.finding.start) - Math.abs(b.start - card.finding.start))[0];
    if (same && Math.abs(same.start - card.finding.start) <= shift) this.openCard(field, same, { autoFocus: false, notice: card.notice });
    else this.closeCard();
  }

  /** The settings or the words changed (here or in another tab): check every field again. */
  recheckAll(): void {
    for (const field of this.fields.values()) field.markDirty(0);
  }

  /** Findings per rule in the field the user wrote in last (what the popup shows). */
  counts(): Partial<Record<RuleId, number>> | undefined {
    const field = this.lastField;
    if (!field || !field.element.isConnected) return undefined;
    const counts: Partial<Record<RuleId, number>> = {};
    for (const f of field.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    return counts;
  }

  /** Start on the field that has focus now (the user may already be typing when we arrive). */
  attachActive(): void {
    this.considerFocus(this.top);
  }

  destroy(): void {
    this.abort.abort();
    for (const field of this.fields.values()) field.destroy();
    this.fields.clear();
    this.overlayInstance?.remove();
  }

  private attachDocument(doc: Document): void {
    if (this.documents.has(doc)) return;
    this.documents.add(doc);
    const win = doc.defaultView;
    const signal = this.abort.signal;
    doc.addEventListener('focusin', () => this.considerFocus(doc), { capture: true, signal });
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    doc.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
    // Focus moving into an iframe shows in the parent only as a blur of its window.
    win?.addEventListener('blur', () => setTimeout(() => this.considerFocus(doc), 0), { signal });
  }

  private considerFocus(doc: Document): void {
    const active = deepActiveElement(doc);
    if (!active) return;
    if (active.localName === 'iframe' || active.localName === 'frame') {
      const inner = sameOriginDocument(active as HTMLIFrameElement);
      if (inner) {
        this.attachDocument(inner);
        this.considerFocus(inner);
      }
      return;
    }
    const field = this.fieldFor(active);
    if (field) this.lastField = field;
  }

  private fieldFor(el: Element): FieldController | undefined {
    const root = editableRoot(el);
    const existing = this.fields.get(root);
    if (existing) return existing;
    const kind = fieldKind(root);
    if (!kind) return undefined;
    // Forget fields that left the page (webmail closes compose windows without a reload).
    for (const [element, field] of this.fields) if (!element.isConnected) this.forget(element, field);
    const field = new FieldController(root, kind, this);
    this.fields.set(root, field);
    return field;
  }

  private forget(element: Element, field: FieldController): void {
    field.destroy();
    this.fields.delete(element);
    if (this.lastField === field) this.lastField = undefined;
    if (this.card?.field === field) this.closeCard();
  }

  private fieldFromEvent(e: Event): FieldController | undefined {
    const target = e.composedPath()[0];
    if (!(target && typeof (target as Element).closest === 'function')) return undefined;
    return this.fields.get(editableRoot(target as Element)) ?? this.fieldFor(target as Element);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    this.interactions++;
    if (e.altKey && e.shiftKey && (e.key === 'K' || e.key === 'k' || e.code === 'KeyK')) {
      const field = this.fieldFromEvent(e) ?? this.card?.field;
      const next = field?.nextFinding();
      if (!field || !next) return;
      e.preventDefault();
      e.stopPropagation();
      field.setActive(next);
      this.openCard(field, next, { autoFocus: true });
      return;
    }
    if (e.key === 'Escape' && this.card) {
      this.closeCard();
      return;
    }
    // Typing in the field makes the open card's finding stale.
    if (this.card && this.fieldFromEvent(e) === this.card.field && !e.altKey && !e.ctrlKey && !e.metaKey) this.closeCard();
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const field = this.fieldFromEvent(e);
    if (!field) return;
    // Let the click place the caret first, then look at what is under it (unless the user already went on).
    const interaction = ++this.interactions;
    setTimeout(() => {
      if (interaction !== this.interactions) return;
      const finding = field.findingAtCaret();
      if (finding) {
        field.setActive(finding);
        this.openCard(field, finding, { autoFocus: false });
      } else if (this.card?.field === field) {
        this.closeCard();
      }
    }, 0);
  }

  private openCard(field: FieldController, finding: Finding, { autoFocus, notice }: { autoFocus: boolean; notice?: string }): void {
    this.card = { field, finding, autoFocus, notice };
    const overlay = this.overlay();
    if (!this.cardSlot) {
      this.cardSlot = this.top.createElement('div');
      this.cardSlot.className = 'card-slot';
      overlay.cardMount.append(this.cardSlot);
    }
    const anchor = field.boxesOf(finding)[0] ?? topViewportBox(field.element);
    const view = this.top.defaultView!;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - 360));
    const below = anchor.top + anchor.height + 8;
    const top = below + 220 > view.innerHeight ? Math.max(8, anchor.top - 228) : below;
    this.cardSlot.style.cssText = `left:${left}px;top:${top}px`;
    renderCard(this.cardSlot, {
      finding,
      notice,
      autoFocus,
      onApply: (suggestion) => this.applySuggestion(suggestion),
      onIgnore: () => this.ignoreOccurrence(),
      onIgnoreWord: () => void this.ignoreWord(),
      onDisableRule: () => void this.disableRule(),
      onClose: () => this.closeCard(true),
    });
  }

  private closeCard(refocus = false): void {
    const card = this.card;
    this.card = undefined;
    this.cardSlot?.replaceChildren();
    if (card) {
      card.field.setActive(undefined);
      if (refocus) (card.field.element as HTMLElement).focus({ preventScroll: true });
    }
  }

  /** Called by the card, which passes on only real clicks and key presses of the user. */
  private applySuggestion(suggestion: string): void {
    const card = this.card;
    if (!card) return;
    const result = card.field.apply(card.finding, suggestion);
    if (result === 'applied') this.closeCard();
    else this.openCard(card.field, card.finding, { autoFocus: false, notice: FIX_NOTICES[result] });
  }

  private ignoreOccurrence(): void {
    const card = this.card;
    if (!card) return;
    this.ignored.add(occurrenceKey(card.finding, card.field.checkedText));
    this.closeCard(true);
    card.field.markDirty(0);
  }

  /** Store the word first: when that fails (a full disk), the underline stays and the card says why. */
  private async ignoreWord(): Promise<void> {
    const card = this.card;
    if (!card) return;
    const word = card.finding.text.toLowerCase();
    if (!(await this.options.ignoreWord(word))) return this.stillOpen(card, nl.ui.card.ignoreFailed);
    if (this.card === card) this.closeCard(true);
    this.recheckAll();
  }

  private async disableRule(): Promise<void> {
    const card = this.card;
    if (!card) return;
    if (!(await this.options.disableRule(card.finding.rule))) return this.stillOpen(card, nl.ui.card.disableFailed);
    if (this.card === card) this.closeCard(true);
    this.recheckAll();
  }

  /** Show `notice` on the card, if the user did not move on meanwhile. */
  private stillOpen(card: CardState, notice: string): void {
    if (this.card === card) this.openCard(card.field, card.finding, { autoFocus: false, notice });
  }
}

/** One occurrence: the rule, the words and a little of what comes before, so it survives edits elsewhere. */
function occurrenceKey(finding: Finding, text: string): string {
  return `${finding.rule}\u0000${finding.text}\u0000${text.slice(Math.max(0, finding.start - 24), finding.start)}`;
}

/** A field's border box in the top window's viewport (when the finding itself is not on screen). */
function topViewportBox(element: Element): { left: number; top: number; width: number; height: number } {
  const r = element.getBoundingClientRect();
  const { x, y } = frameOffset(element.ownerDocument);
  return { left: r.left + x, top: r.top + y, width: r.width, height: r.height };
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
