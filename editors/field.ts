/**
 * One checked field: reads its text, checks it after a pause, paints the underlines and applies fixes.
 * The keystroke handler only marks the field dirty; checking waits for a pause and gives the page the main
 * thread back between paragraphs; painting happens once per animation frame. Between a keystroke and the
 * next check the underlines move with the text: live DOM ranges in rich editors, shifted offsets in text fields.
 */
import type { Checker } from '../engine/check';
import type { Finding } from '../engine/types';
import { applyToRange, applyToTextField, type FixResult } from './apply-fix';
import { isTextField, type FieldKind, type TextField } from './eligibility';
import { clipBox, covered, frameOffset, visibleArea, type Box, type Clip } from './geometry';
import { Mirror } from './mirror';
import type { Mark, Overlay } from './overlay';
import { carryOver } from './positions';
import { checkInSlices } from './slices';
import { rangeFor, readRichText } from './text-map';

/** Pause after the last keystroke before checking. */
export const CHECK_DELAY_MS = 250;
/** Above this many findings, only those near the visible part are measured (measuring is layout work). */
const MEASURE_ALL_BELOW = 200;

export interface FieldHost {
  checker(): Checker;
  /** An occurrence the user chose to ignore. */
  isIgnored(finding: Finding, text: string): boolean;
  /** Our layer on the page, where the underlines, the text fields' mirrors and the card live. */
  overlay(): Overlay;
  /** New findings; `previousText` is the text the old findings belonged to. */
  changed(field: FieldController, previousText: string): void;
}

/** A finding where it is now: offsets into the current text (text fields) or a live range (rich editors). */
interface Placed {
  finding: Finding;
  start: number;
  end: number;
  range?: Range;
}

export class FieldController {
  findings: Finding[] = [];
  /** The text the findings belong to. */
  checkedText = '';
  active: Finding | undefined;
  /** Rich editors: a live DOM range per finding, which moves with the editor's own changes. */
  private ranges = new Map<Finding, Range>();
  /** Rich editors: the DOM changed since the text was last read. */
  private mutated = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private generation = 0;
  private mirror: Mirror | undefined;
  private lastBox = '';
  private readonly abort = new AbortController();
  private readonly observers: { disconnect(): void }[] = [];
  private readonly watchdog: ReturnType<typeof setInterval>;

  constructor(
    readonly element: Element,
    readonly kind: FieldKind,
    private readonly host: FieldHost,
  ) {
    const signal = this.abort.signal;
    const win = element.ownerDocument.defaultView as Window & typeof globalThis;
    const edited = () => {
      this.mutated = true;
      this.markDirty();
      this.schedulePaint();
    };
    element.addEventListener('input', edited, { signal });
    if (kind === 'rich') {
      // Editors also change their DOM without input events (undo, API calls, collaborative edits).
      const observer = new win.MutationObserver(edited);
      observer.observe(element, { characterData: true, childList: true, subtree: true });
      this.observers.push(observer);
    }
    // Underlines are drawn over the page: follow every scroll and resize of the field, its frames and the page.
    const repaint = () => this.schedulePaint();
    for (let w: Window | null = win; w; w = parentWindow(w)) {
      w.addEventListener('scroll', repaint, { signal, passive: true, capture: true });
      w.addEventListener('resize', repaint, { signal, passive: true });
    }
    const resize = new win.ResizeObserver(repaint);
    resize.observe(element);
    this.observers.push(resize);
    // Layout that moves the field without a scroll or a resize of its own (a panel opening above it).
    this.watchdog = setInterval(() => this.repaintIfMoved(), 500);
    this.markDirty(0);
  }

  /** The field's text now. */
  read(): string {
    if (isTextField(this.element)) return this.element.value;
    this.mutated = false;
    return readRichText(this.element).text;
  }

  /** Keystroke path: only (re)start the timer. */
  markDirty(delay = CHECK_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  async run(): Promise<void> {
    const generation = ++this.generation;
    if (!this.element.isConnected) return this.destroy();
    const map = isTextField(this.element) ? undefined : readRichText(this.element);
    this.mutated = false;
    const text = map ? map.text : (this.element as TextField).value;
    const result = await checkInSlices(this.host.checker(), text, () => generation === this.generation && this.element.isConnected);
    // The text changed or the field went away while we were checking: a newer check is on its way.
    if (!result || this.mutated || (map === undefined && (this.element as TextField).value !== text)) return;
    const previousText = this.checkedText;
    this.checkedText = text;
    this.findings = result.findings.filter((f) => !this.host.isIgnored(f, text));
    if (map) {
      this.ranges = new Map();
      for (const f of this.findings) {
        const range = rangeFor(map, f.start, f.end);
        if (range) this.ranges.set(f, range);
      }
    }
    if (this.active) this.active = this.findings.find((f) => sameFinding(f, this.active!));
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

  private repaintIfMoved(): void {
    if (this.findings.length === 0 || !this.element.isConnected) return;
    const r = this.element.getBoundingClientRect();
    const { x, y } = frameOffset(this.element.ownerDocument);
    const key = `${r.left + x},${r.top + y},${r.width},${r.height}`;
    if (key !== this.lastBox) this.schedulePaint();
  }

  /** Where each finding is now, in text order. */
  private placed(): Placed[] {
    if (this.kind === 'rich') {
      return this.findings.flatMap((finding) => {
        const range = this.ranges.get(finding);
        return range && !range.collapsed ? [{ finding, start: finding.start, end: finding.end, range }] : [];
      });
    }
    const items = this.findings.map((finding) => ({ finding, start: finding.start, end: finding.end }));
    return carryOver(items, this.checkedText, (this.element as TextField).value);
  }

  private paint(): void {
    if (!this.element.isConnected) return this.destroy();
    const overlay = this.host.overlay();
    const r = this.element.getBoundingClientRect();
    const offset = frameOffset(this.element.ownerDocument);
    this.lastBox = `${r.left + offset.x},${r.top + offset.y},${r.width},${r.height}`;
    const marks: Mark[] = [];
    const placed = this.placed();
    if (placed.length > 0) {
      if (this.kind === 'text') {
        this.mirror ??= new Mirror(this.element as TextField, overlay.mirrors);
        this.mirror.sync();
      }
      const clip = visibleArea(this.element, this.mirror?.textArea());
      for (const item of this.onScreen(placed, clip, offset)) {
        const active = this.active !== undefined && sameFinding(item.finding, this.active);
        for (const box of this.visibleBoxes(item, clip, offset, overlay)) marks.push({ rule: item.finding.rule, box, active });
      }
    }
    overlay.paint(this.element, marks);
  }

  /** Viewport rectangles of a placed finding, in its field's own document. */
  private rects(item: Placed): Box[] {
    if (item.range) return textRects(item.range);
    return this.mirror?.rects(item.start, item.end) ?? [];
  }

  /** Its rectangles in top-viewport coordinates, clipped, and without the parts something of the page covers. */
  private visibleBoxes(item: Placed, clip: Clip, offset: { x: number; y: number }, overlay: Overlay): Box[] {
    const boxes: Box[] = [];
    for (const r of this.rects(item)) {
      const box = clipBox({ left: r.left + offset.x, top: r.top + offset.y, width: r.width, height: r.height }, clip);
      if (!box) continue;
      if (covered(this.element, box.left + box.width / 2 - offset.x, box.top + box.height / 2 - offset.y, overlay.host)) continue;
      boxes.push(box);
    }
    return boxes;
  }

  /**
   * The findings that can be on screen: measuring every finding of a 1 MB text would block the page, so find
   * the first one near the visible area by bisection and stop below it.
   */
  private onScreen(placed: Placed[], clip: Clip, offset: { x: number; y: number }): Placed[] {
    if (placed.length < MEASURE_ALL_BELOW) return placed;
    const top = clip.top - offset.y;
    const bottom = clip.bottom - offset.y;
    const margin = bottom - top; // one field height above: a long sentence may start there
    const topOf = (item: Placed) => (item.range ? item.range.getBoundingClientRect().top : this.mirror!.topOf(item.start));
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (topOf(placed[mid]) < top - margin) low = mid + 1;
      else high = mid;
    }
    const visible: Placed[] = [];
    for (let i = low; i < placed.length && topOf(placed[i]) <= bottom; i++) visible.push(placed[i]);
    return visible;
  }

  /** Top-viewport rectangles of a finding where it is now (for placing the card). */
  boxesOf(finding: Finding): Box[] {
    const item = this.placed().find((p) => p.finding === finding);
    if (!item) return [];
    if (this.kind === 'text') {
      this.mirror ??= new Mirror(this.element as TextField, this.host.overlay().mirrors);
      this.mirror.sync();
    }
    const { x, y } = frameOffset(this.element.ownerDocument);
    return this.rects(item).map((r) => ({ left: r.left + x, top: r.top + y, width: r.width, height: r.height }));
  }

  /** The shortest finding at the caret (a word inside a long sentence wins), or undefined. */
  findingAtCaret(): Finding | undefined {
    const caret = this.caret();
    if (!caret) return undefined;
    return this.placed()
      .filter((p) => (p.range ? p.range.comparePoint(caret.node, caret.offset) === 0 : p.start <= caret.offset && caret.offset <= p.end))
      .sort((a, b) => a.finding.end - a.finding.start - (b.finding.end - b.finding.start))[0]?.finding;
  }

  /** The next finding after the active one or the caret (wrapping around), for keyboard navigation. */
  nextFinding(): Finding | undefined {
    const placed = this.placed();
    if (placed.length === 0) return undefined;
    const activeIndex = this.active ? placed.findIndex((p) => sameFinding(p.finding, this.active!)) : -1;
    if (activeIndex >= 0) return placed[(activeIndex + 1) % placed.length].finding;
    const caret = this.caret();
    const after = caret
      ? placed.find((p) => (p.range ? p.range.comparePoint(caret.node, caret.offset) <= 0 : p.start >= caret.offset))
      : undefined;
    return (after ?? placed[0]).finding;
  }

  /** The caret: an offset in a text field's value, or a DOM position in a rich editor. */
  private caret(): { node: Node; offset: number } | undefined {
    if (isTextField(this.element)) {
      const offset = this.element.selectionStart;
      return offset === null ? undefined : { node: this.element, offset };
    }
    const selection = selectionOf(this.element);
    if (!selection || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    return this.element.contains(range.startContainer) ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }

  setActive(finding: Finding | undefined): void {
    this.active = finding;
    this.schedulePaint();
  }

  apply(finding: Finding, replacement: string): FixResult {
    const item = this.placed().find((p) => p.finding === finding);
    let result: FixResult = 'stale';
    if (item?.range) result = applyToRange(this.element as HTMLElement, item.range, finding.text, replacement);
    else if (item) result = applyToTextField(this.element as TextField, { start: item.start, end: item.end, text: finding.text }, replacement);
    // Whatever happened, the text on screen decides: check again right away.
    this.active = undefined;
    this.markDirty(0);
    return result;
  }

  destroy(): void {
    clearTimeout(this.timer);
    clearInterval(this.watchdog);
    this.abort.abort();
    for (const observer of this.observers) observer.disconnect();
    this.mirror?.remove();
    this.host.overlay().paint(this.element, []);
    this.findings = [];
    this.ranges.clear();
    this.generation++;
  }
}

/** The same-origin parent window, or null at the top (or behind an origin boundary). */
function parentWindow(win: Window): Window | null {
  if (win === win.top) return null;
  try {
    return win.parent.document ? win.parent : null;
  } catch {
    return null;
  }
}

/** Rectangles of the text in a range, one per line fragment of each text node (not the boxes of elements). */
function textRects(range: Range): Box[] {
  const out: Box[] = [];
  const push = (r: Range) => {
    for (const rect of r.getClientRects()) if (rect.width > 0 && rect.height > 0) out.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
  };
  if (range.startContainer === range.endContainer && range.startContainer.nodeType === 3) {
    push(range);
    return out;
  }
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const part = doc.createRange();
    part.setStart(node, node === range.startContainer ? range.startOffset : 0);
    part.setEnd(node, node === range.endContainer ? range.endOffset : node.length);
    push(part);
  }
  return out;
}

/** The selection as seen from inside the field's shadow root (Chromium retargets `document.getSelection()`). */
export function selectionOf(element: Element): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root.nodeType === 11 && typeof root.getSelection === 'function' ? root.getSelection() : element.ownerDocument.getSelection();
}

export const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
