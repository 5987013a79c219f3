/**
 * One checked field: reads its text, checks it after a pause, paints the underlines and applies fixes.
 * The keystroke handler only marks the field dirty; checking waits for a pause and gives the page the main
 * thread back between paragraphs; painting happens once per animation frame.
 */
import type { Checker } from '../engine/check';
import type { Finding } from '../engine/types';
import { applyFix, type FixResult } from './apply-fix';
import { isTextField, type FieldKind, type TextField } from './eligibility';
import { FieldHighlights, isShadowRoot } from './highlights';
import { Mirror, type Box } from './mirror';
import { checkInSlices } from './slices';
import { offsetOf, rangeFor, readRichText, type TextMap } from './text-map';

/** Pause after the last keystroke before checking. */
export const CHECK_DELAY_MS = 250;

export interface FieldHost {
  checker(): Checker;
  /** An occurrence the user chose to ignore. */
  isIgnored(field: Element, finding: Finding, text: string): boolean;
  /** Where a text field's mirror and underline boxes live (our own shadow root). */
  overlay(): { mirrors: HTMLElement; paintBoxes(field: Element, boxes: { rule: Finding['rule']; box: Box }[]): void };
  /** New findings; `previousText` is the text the old findings belonged to. */
  changed(field: FieldController, previousText: string): void;
}

export class FieldController {
  findings: Finding[] = [];
  /** The text the findings belong to. */
  checkedText = '';
  active: Finding | undefined;
  private map: TextMap | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private generation = 0;
  private readonly highlights: FieldHighlights | undefined;
  private mirror: Mirror | undefined;
  private observer: MutationObserver | undefined;
  private readonly abort = new AbortController();

  constructor(
    readonly element: Element,
    readonly kind: FieldKind,
    private readonly host: FieldHost,
  ) {
    const signal = this.abort.signal;
    const dirty = () => this.markDirty();
    element.addEventListener('input', dirty, { signal });
    if (kind === 'rich') {
      this.highlights = new FieldHighlights(element);
      // Editors also change their DOM without input events (undo, API calls, collaborative edits).
      this.observer = new (element.ownerDocument.defaultView as Window & typeof globalThis).MutationObserver(dirty);
      this.observer.observe(element, { characterData: true, childList: true, subtree: true });
    } else {
      const repaint = () => this.schedulePaint();
      element.addEventListener('scroll', repaint, { signal, passive: true });
      element.ownerDocument.defaultView?.addEventListener('resize', repaint, { signal, passive: true });
      element.ownerDocument.addEventListener('scroll', repaint, { signal, passive: true, capture: true });
    }
    this.markDirty(0);
  }

  /** The field's text now. */
  read(): string {
    if (isTextField(this.element)) return this.element.value;
    this.map = readRichText(this.element);
    return this.map.text;
  }

  /** Keystroke path: only (re)start the timer. */
  markDirty(delay = CHECK_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  async run(): Promise<void> {
    const generation = ++this.generation;
    if (!this.element.isConnected) return this.destroy();
    const text = this.read();
    const result = await checkInSlices(this.host.checker(), text, () => generation === this.generation && this.element.isConnected);
    if (!result) return; // the text changed or the field went away while we were checking
    const previousText = this.checkedText;
    this.checkedText = text;
    this.findings = result.findings.filter((f) => !this.host.isIgnored(this.element, f, text));
    if (this.active && !this.findings.some((f) => sameFinding(f, this.active!))) this.active = undefined;
    this.schedulePaint();
    this.host.changed(this, previousText);
  }

  schedulePaint(): void {
    if (this.frame) return;
    const win = this.element.ownerDocument.defaultView ?? window;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    if (!this.element.isConnected) return this.destroy();
    // Paint only what belongs to the text on screen now; a newer check is on its way otherwise.
    if (this.read() !== this.checkedText) return;
    if (this.kind === 'rich') {
      const ranges = this.findings.flatMap((f) => {
        const range = this.map && rangeFor(this.map, f.start, f.end);
        return range ? [{ rule: f.rule, range }] : [];
      });
      const active = this.active && this.map ? (rangeFor(this.map, this.active.start, this.active.end) ?? undefined) : undefined;
      this.highlights!.paint(ranges, active);
      return;
    }
    const overlay = this.host.overlay();
    this.mirror ??= new Mirror(this.element as TextField, overlay.mirrors);
    this.mirror.sync();
    const boxes = this.onScreen().flatMap((f) => this.mirror!.boxes(f.start, f.end).map((box) => ({ rule: f.rule, box })));
    overlay.paintBoxes(this.element, boxes);
  }

  /**
   * The findings of a text field that can be on screen: measuring every finding of a 1 MB text would block
   * the page, so find the first one near the visible area by bisection and stop below it.
   */
  private onScreen(): Finding[] {
    const mirror = this.mirror!;
    const findings = this.findings;
    if (findings.length < 200) return findings;
    const { top, bottom } = mirror.visibleArea();
    const margin = bottom - top; // one field height above: a long sentence may start there
    let low = 0;
    let high = findings.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (mirror.topOf(findings[mid].start) < top - margin) low = mid + 1;
      else high = mid;
    }
    const visible: Finding[] = [];
    for (let i = low; i < findings.length && mirror.topOf(findings[i].start) <= bottom; i++) visible.push(findings[i]);
    return visible;
  }

  /** Viewport rectangles of a finding (for placing the card). */
  rectsOf(finding: Finding): DOMRect[] | Box[] {
    if (this.kind === 'rich') {
      const range = this.map && rangeFor(this.map, finding.start, finding.end);
      return range ? [...range.getClientRects()] : [];
    }
    this.mirror?.sync();
    return this.mirror?.boxes(finding.start, finding.end) ?? [];
  }

  /** Offset of the caret in the field's text, or -1. */
  caretOffset(): number {
    if (isTextField(this.element)) return this.element.selectionStart ?? -1;
    const selection = selectionOf(this.element);
    if (!selection || selection.rangeCount === 0 || !this.map) return -1;
    const range = selection.getRangeAt(0);
    if (!this.element.contains(range.startContainer)) return -1;
    return offsetOf(this.map, range.startContainer, range.startOffset);
  }

  findingAt(offset: number): Finding | undefined {
    // The shortest finding around the caret: a word inside a long sentence wins.
    return this.findings
      .filter((f) => f.start <= offset && offset <= f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  /** The next finding after the caret (wrapping around), for keyboard navigation. */
  nextFinding(): Finding | undefined {
    if (this.findings.length === 0) return undefined;
    const from = this.active ? this.active.start + 1 : Math.max(0, this.caretOffset());
    return this.findings.find((f) => f.start >= from) ?? this.findings[0];
  }

  setActive(finding: Finding | undefined): void {
    this.active = finding;
    this.schedulePaint();
  }

  apply(finding: Finding, replacement: string): FixResult {
    const result = applyFix(this.element, finding, replacement);
    // Whatever happened, the text on screen decides: check again right away.
    this.active = undefined;
    this.markDirty(0);
    return result;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    this.observer?.disconnect();
    this.highlights?.clear();
    this.mirror?.remove();
    if (this.kind === 'text') this.host.overlay().paintBoxes(this.element, []);
    this.findings = [];
    this.generation++;
  }
}

/** The selection as seen from inside the field's shadow root (Chromium retargets `document.getSelection()`). */
export function selectionOf(element: Element): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return isShadowRoot(root) && typeof root.getSelection === 'function' ? root.getSelection() : element.ownerDocument.getSelection();
}

export const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
