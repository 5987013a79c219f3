/** The fields Klaretaal checks on a page: one controller per editable root, forgotten when it leaves the page. */
import type { RuleId } from '../contract/index';
import { editableRoot, fieldKind } from './eligibility';
import { FieldController, type FieldHost } from './field';

export class FieldRegistry {
  private readonly fields = new Map<Element, FieldController>();
  /** The field the user wrote in last (for the popup's counts). */
  last: FieldController | undefined;

  constructor(
    private readonly host: FieldHost,
    /** Called when a field goes away (its card must close). */
    private readonly forgotten: (field: FieldController) => void,
  ) {}

  /** The controller of the field around `el`, made when `el` is in a field Klaretaal may check. */
  fieldFor(el: Element): FieldController | undefined {
    const root = editableRoot(el);
    const existing = this.fields.get(root);
    if (existing) return existing;
    const kind = fieldKind(root);
    if (!kind) return undefined;
    // Forget fields that left the page (webmail closes compose windows without a reload).
    for (const [element, field] of this.fields) if (!element.isConnected) this.forget(element, field);
    const field = new FieldController(root, kind, this.host);
    this.fields.set(root, field);
    return field;
  }

  /** The field an event happened in (also inside open shadow roots), if it is one Klaretaal may check. */
  fromEvent(e: Event): FieldController | undefined {
    const target = e.composedPath()[0];
    if (!(target && typeof (target as Element).closest === 'function')) return undefined;
    return this.fields.get(editableRoot(target as Element)) ?? this.fieldFor(target as Element);
  }

  all(): Iterable<FieldController> {
    return this.fields.values();
  }

  /** Findings per rule in the field the user wrote in last. */
  counts(): Partial<Record<RuleId, number>> | undefined {
    const field = this.last;
    if (!field || !field.element.isConnected) return undefined;
    const counts: Partial<Record<RuleId, number>> = {};
    for (const f of field.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    return counts;
  }

  destroy(): void {
    for (const field of this.fields.values()) field.destroy();
    this.fields.clear();
    this.last = undefined;
  }

  private forget(element: Element, field: FieldController): void {
    field.destroy();
    this.fields.delete(element);
    if (this.last === field) this.last = undefined;
    this.forgotten(field);
  }
}
