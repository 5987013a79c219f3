/**
 * Where the words of a textarea or input are on screen. Their text is not in the DOM, so a hidden "mirror"
 * element with the same font, padding, width and scroll position lays the same text out, and ranges over
 * the mirror's text give the rectangles. One mirror per field, reused; it lives in our closed layer.
 */
import type { Box, Clip } from './geometry';

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'overflowX',
  'overflowY',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'direction',
  'wordBreak',
  'overflowWrap',
] as const;

export class Mirror {
  private readonly mirror: HTMLDivElement;
  private readonly textNode: Text;
  private laidOut: string | undefined;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    this.mirror.append(this.textNode);
    container.append(this.mirror);
  }

  /** Lay out the field's current text; call once per paint, before `boxes`. */
  sync(): void {
    const field = this.field;
    const computed = field.ownerDocument.defaultView!.getComputedStyle(field);
    const style = this.mirror.style;
    for (const key of COPIED) style[key] = computed[key];
    const rect = field.getBoundingClientRect();
    style.position = 'fixed';
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.margin = '0';
    style.borderColor = 'transparent';
    const single = field.localName === 'input';
    style.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (single) style.overflow = 'hidden';
    // Firefox reports a textarea's overflow as visible (it scrolls an inner box): the copy must scroll too.
    else if (computed.overflowY === 'visible') {
      style.overflowY = 'auto';
      style.overflowX = 'hidden';
    }
    // A trailing newline in a textarea still takes a line; a zero-width space keeps it in the mirror. Set only
    // when the text changed: laying out a long text again is the costly part of a paint.
    const value = field.value;
    if (value !== this.laidOut) {
      this.laidOut = value;
      this.textNode.data = `${value}\u200b`;
    }
    this.mirror.scrollTop = field.scrollTop;
    this.mirror.scrollLeft = field.scrollLeft;
  }

  /** Viewport rectangles (of the field's own document) of the characters from `start` to `end`. */
  rects(start: number, end: number): Box[] {
    const length = this.textNode.data.length;
    if (start >= end || end > length) return [];
    const range = this.mirror.ownerDocument.createRange();
    range.setStart(this.textNode, start);
    range.setEnd(this.textNode, end);
    return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  }

  /** Viewport top of the character at `offset` (for finding what is on screen without measuring everything). */
  topOf(offset: number): number {
    const length = this.textNode.data.length;
    const at = Math.min(Math.max(0, offset), length - 1);
    const range = this.mirror.ownerDocument.createRange();
    range.setStart(this.textNode, at);
    range.setEnd(this.textNode, at + 1);
    return range.getBoundingClientRect().top;
  }

  /** The field's text area (inside borders and side padding), in its document's viewport. */
  textArea(): Clip {
    const rect = this.field.getBoundingClientRect();
    const cs = this.field.ownerDocument.defaultView!.getComputedStyle(this.field);
    const px = (v: string) => Number.parseFloat(v) || 0;
    return {
      left: rect.left + px(cs.borderLeftWidth) + px(cs.paddingLeft) - 1,
      top: rect.top + px(cs.borderTopWidth),
      right: rect.right - px(cs.borderRightWidth) - px(cs.paddingRight) + 1,
      bottom: rect.bottom - px(cs.borderBottomWidth),
    };
  }

  remove(): void {
    this.mirror.remove();
  }
}
