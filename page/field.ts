/**
 * One checked field: reads its text, checks it after a pause, paints the underlines and applies fixes.
 * The keystroke handler only marks the field dirty; checking waits for a pause and gives the page the main
 * thread back between paragraphs; painting happens once per animation frame. Between a keystroke and the
 * next check the underlines move with the text: live DOM ranges in rich editors, shifted offsets in text fields.
 */
import { byImportance, type Finding, type RuleId, type RuleView } from '../contract/index';
import { nl } from '../locales/nl';
import { applyToRange, applyToTextField, moved, stretchOf, type FixResult } from './apply-fix';
import { isTextField, type FieldKind, type TextField } from './eligibility';
import { clipBox, covered, frameOffset, visibleArea, type Box, type Clip } from './geometry';
import { oneMarkPerPlace } from './one-mark';
import { Mirror } from './mirror';
import type { Mark, Overlay } from './overlay';
import { onScreen, richPlacement, textPlacement, textRects, type Measure, type Placed, type Placement } from './placement';
import { rangeFor, readRichText, readRichTextSteps, type TextMap } from './text-map';
import { runInSlices } from '../engine/index';

let fieldCount = 0;

/** Pause after the last keystroke before checking. */
export const CHECK_DELAY_MS = 250;
/** Time per paint for asking the page what lies over our underlines (see `covered`). */
const OCCLUSION_BUDGET_MS = 4;
/** Time per task for making a rich editor's live ranges (a huge text has thousands of findings). */
const SLICE_MS = 8;
/**
 * A textarea or input with more text than this is not checked while the user writes: its words are laid out
 * again in our hidden copy for every paint, which takes longer than a task may (measured in Chromium: 0.4 s
 * for 2 MB, 25 ms for 100 kB). A notice says so. Rich editors have no such copy and no such limit.
 */
export const MAX_TEXT_FIELD_LENGTH = 50_000;

export interface FieldHost {
  /**
   * Check a text in the background; undefined when it was cancelled or could not be done. `stillWanted` says
   * whether asking again (when the background did not answer) still makes sense.
   */
  check(
    text: string,
    field: string,
    stillWanted: () => boolean,
  ): Promise<{ findings: Finding[]; more: boolean; views: Record<RuleId, RuleView> } | undefined>;
  /** An occurrence the user chose to ignore. */
  isIgnored(finding: Finding, text: string): boolean;
  /** Our layer on the page, where the underlines, the text fields' mirrors and the card live. */
  overlay(): Overlay;
  /** New findings; `previousText` is the text the old findings belonged to. */
  changed(field: FieldController, previousText: string): void;
}

export class FieldController {
  findings: Finding[] = [];
  /** The text the findings belong to. */
  checkedText = '';
  active: Finding | undefined;
  /** Rich editors: a live DOM range per finding (same index), which moves with the editor's own changes. */
  private ranges: (Range | undefined)[] = [];
  /** Rich editors: the DOM changed since the text was last read. */
  private mutated = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private generation = 0;
  private mirror: Mirror | undefined;
  /** How many marks the last paint drew. */
  private painted = 0;
  /** Each rule's name and look, as the background sent them with the findings. */
  views: Partial<Record<RuleId, RuleView>> = {};
  /** A text field too long to check while writing: a notice instead of underlines. */
  private tooLong = false;
  /** More findings than the background sends: a notice that only the first ones are shown. */
  private more = false;
  /** This field, for the background (which cancels an older check of the same field). */
  private readonly id = `field-${++fieldCount}`;
  /** Gone (the field left the page, or Klaretaal stopped): nothing is scheduled or drawn any more. */
  private destroyed = false;
  /** The field's text changed since the last paint. */
  private textChanged = true;
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
      this.textChanged = true;
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
    // Layout that moves the field or covers it without an event of its own.
    this.watchdog = setInterval(() => this.refresh(), 500);
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
    if (this.destroyed) return;
    const generation = ++this.generation;
    if (!this.element.isConnected) return this.destroy();
    const stillWanted = () => generation === this.generation && this.element.isConnected && !this.mutated;
    this.mutated = false;
    let map: TextMap | undefined;
    if (!isTextField(this.element)) {
      map = await runInSlices(readRichTextSteps(this.element), stillWanted);
      if (!map) return; // the editor changed while we read it: a newer check is on its way
    }
    const text = map ? map.text : (this.element as TextField).value;
    if (!map) {
      this.tooLong = text.length > MAX_TEXT_FIELD_LENGTH;
      if (this.tooLong) return this.clear();
    }
    const result = await this.host.check(text, this.id, () => generation === this.generation && this.element.isConnected);
    // The text changed or the field went away while we were checking: a newer check is on its way.
    if (!result || generation !== this.generation || !this.element.isConnected) return;
    if (this.mutated || (map === undefined && (this.element as TextField).value !== text)) return;
    this.more = result.more;
    this.views = result.views;
    const findings = result.findings.filter((f) => !this.host.isIgnored(f, text));
    // Rich editors: live ranges, a few milliseconds of them per task. The old findings stay on screen until
    // the new ones are complete.
    const ranges: (Range | undefined)[] = [];
    if (map) {
      let sliceStart = performance.now();
      for (let i = 0; i < findings.length; i++) {
        ranges.push(rangeFor(map, findings[i].start, findings[i].end) ?? undefined);
        if (i % 100 === 99 && performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (generation !== this.generation || this.mutated || !this.element.isConnected) return;
          sliceStart = performance.now();
        }
      }
    }
    const previousText = this.checkedText;
    this.checkedText = text;
    this.findings = findings;
    this.ranges = ranges;
    if (this.active) this.active = this.findings.find((f) => sameFinding(f, this.active!));
    this.schedulePaint();
    this.host.changed(this, previousText);
  }

  /**
   * Paint in the next frame. After the page's own text changed, wait until the browser has laid it out in that
   * frame: measuring earlier would make us do the page's layout work inside our task.
   */
  schedulePaint(): void {
    if (this.frame || this.destroyed) return;
    const win = this.element.ownerDocument.defaultView ?? window;
    this.frame = win.requestAnimationFrame(() => {
      if (!this.textChanged) {
        this.frame = 0;
        return this.paint();
      }
      setTimeout(() => {
        this.frame = 0;
        this.paint();
      }, 0);
    });
  }

  /**
   * Every half second while underlines are shown: paint again, so they follow layout changes that fire no
   * event we hear (a panel opening above the field) and hide under a menu the page opens over the text.
   */
  private refresh(): void {
    if (!this.element.isConnected) return this.destroy();
    if (this.painted > 0 || this.findings.length > 0) this.schedulePaint();
  }

  /** Where each finding is now (see placement.ts). */
  private placement(): Placement {
    if (this.kind === 'rich') return richPlacement(this.findings, this.ranges);
    const value = (this.element as TextField).value;
    // Too long to lay out in our copy: nothing is drawn (a notice says so once the check sees it).
    if (value.length > MAX_TEXT_FIELD_LENGTH) return { count: 0, at: () => undefined };
    return textPlacement(this.findings, this.checkedText, value);
  }

  private placedAt(finding: Finding): Placed | undefined {
    const i = this.findings.indexOf(finding);
    return i < 0 ? undefined : this.placement().at(i);
  }

  /** Every placed finding (for look-ups by the caret; a field the user works in has few). */
  private placed(): Placed[] {
    const { count, at } = this.placement();
    const out: Placed[] = [];
    for (let i = 0; i < count; i++) {
      const p = at(i);
      if (p) out.push(p);
    }
    return out;
  }

  private paint(): void {
    if (this.destroyed) return;
    if (!this.element.isConnected) return this.destroy();
    this.textChanged = false;
    const overlay = this.host.overlay();
    const offset = frameOffset(this.element.ownerDocument);
    const marks: Mark[] = [];
    const placement = this.placement();
    if (placement.count > 0) {
      if (this.kind === 'text') {
        this.mirror ??= new Mirror(this.element as TextField, overlay.mirrors);
        this.mirror.sync();
      }
      const clip = visibleArea(this.element, this.mirror?.textArea());
      const occlusion = { until: performance.now() + OCCLUSION_BUDGET_MS };
      const measure = this.measure();
      for (const { item, rects } of onScreen(placement, { top: clip.top - offset.y, bottom: clip.bottom - offset.y }, measure)) {
        const active = this.active !== undefined && sameFinding(item.finding, this.active);
        const look = this.views[item.finding.rule];
        if (!look) continue;
        for (const box of this.visibleBoxes(rects, clip, offset, overlay, occlusion))
          marks.push({ rule: item.finding.rule, look, box, active });
      }
    }
    const shown = oneMarkPerPlace(marks);
    overlay.paint(this.element, shown);
    this.painted = shown.length;
    const box = this.element.getBoundingClientRect();
    const notice = this.tooLong ? nl.ui.page.tooLong(MAX_TEXT_FIELD_LENGTH) : this.more ? nl.ui.page.more(this.findings.length) : undefined;
    overlay.notice(
      this.element,
      notice,
      { left: box.left + offset.x, top: box.top + offset.y, width: box.width, height: box.height },
      nl.ui.card.close,
    );
  }

  /** How to measure this field's findings: their live ranges, or the mirror of a text field. */
  private measure(): Measure {
    const mirror = this.mirror;
    return {
      rects: (item) => (item.range ? textRects(item.range) : (mirror?.rects(item.start, item.end) ?? [])),
      top: (item) => (item.range ? item.range.getBoundingClientRect().top : (mirror?.topOf(item.start) ?? 0)),
    };
  }

  /** Its rectangles in top-viewport coordinates, clipped, and without the parts something of the page covers. */
  private visibleBoxes(rects: Box[], clip: Clip, offset: { x: number; y: number }, overlay: Overlay, occlusion: { until: number }): Box[] {
    const boxes: Box[] = [];
    for (const r of rects) {
      const box = clipBox({ left: r.left + offset.x, top: r.top + offset.y, width: r.width, height: r.height }, clip);
      if (!box) continue;
      // Hit testing is quick in a letter and slow in a document of megabytes: look while the budget lasts.
      if (
        performance.now() < occlusion.until &&
        covered(this.element, box.left + box.width / 2 - offset.x, box.top + box.height / 2 - offset.y, overlay.host)
      )
        continue;
      boxes.push(box);
    }
    return boxes;
  }

  /** Top-viewport rectangles of a finding where it is now (for placing the card). */
  boxesOf(finding: Finding): Box[] {
    const item = this.placedAt(finding);
    if (!item) return [];
    if (this.kind === 'text') {
      this.mirror ??= new Mirror(this.element as TextField, this.host.overlay().mirrors);
      this.mirror.sync();
    }
    const { x, y } = frameOffset(this.element.ownerDocument);
    return this.measure()
      .rects(item)
      .map((r) => ({ left: r.left + x, top: r.top + y, width: r.width, height: r.height }));
  }

  /** The most important finding at the caret (the one whose underline is drawn there), or undefined. */
  findingAtCaret(): Finding | undefined {
    const caret = this.caret();
    if (!caret) return undefined;
    return this.placed()
      .filter((p) => (p.range ? p.range.comparePoint(caret.node, caret.offset) === 0 : p.start <= caret.offset && caret.offset <= p.end))
      .sort((a, b) => byImportance(a.finding, b.finding))[0]?.finding;
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

  /** Apply the finding's fix number `index`: all its edits as one change. */
  apply(finding: Finding, index: number): FixResult {
    const item = this.placedAt(finding);
    const fix = finding.fixes[index];
    let result: FixResult = 'stale';
    if (item && fix) {
      const stretch = stretchOf(this.checkedText, fix);
      if (item.range) result = applyToRange(this.element as HTMLElement, item.range, finding.start, stretch);
      // A text field: the finding's place now says how far the text before it moved since the check.
      else result = applyToTextField(this.element as TextField, moved(stretch, item.start - finding.start));
    }
    // Whatever happened, the text on screen decides: check again right away.
    this.active = undefined;
    this.markDirty(0);
    return result;
  }

  /** No findings and no underlines (until the next check). */
  private clear(): void {
    this.more = false;
    this.findings = [];
    this.ranges = [];
    this.checkedText = '';
    this.active = undefined;
    this.schedulePaint();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.timer);
    clearInterval(this.watchdog);
    this.abort.abort();
    for (const observer of this.observers) observer.disconnect();
    this.mirror?.remove();
    this.host.overlay().paint(this.element, []);
    this.host.overlay().notice(this.element, undefined, { left: 0, top: 0, width: 0, height: 0 }, '');
    this.findings = [];
    this.ranges = [];
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

/** The selection as seen from inside the field's shadow root (Chromium retargets `document.getSelection()`). */
export function selectionOf(element: Element): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root.nodeType === 11 && typeof root.getSelection === 'function' ? root.getSelection() : element.ownerDocument.getSelection();
}

export const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
