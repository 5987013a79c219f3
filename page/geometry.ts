/**
 * Where things are on screen, in the top window's viewport: frames offset their content, scrolling boxes
 * clip it, and other elements of the page may lie on top of it. Underlines are drawn in our own layer over
 * the page, so they must be clipped and hidden exactly where the text itself is not visible.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Clip {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Viewport offset of a document's frame within the top window (same-origin frames only). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let win: Window | null = doc.defaultView; win && win !== win.top; win = win.parent) {
    const frame = win.frameElement as HTMLElement | null;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
  }
  return { x, y };
}

const intersect = (a: Clip, b: Clip): Clip => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** The padding box of an element (inside its borders), in its own document's viewport. */
function paddingBox(el: Element): Clip {
  const rect = el.getBoundingClientRect();
  const left = rect.left + el.clientLeft;
  const top = rect.top + el.clientTop;
  // clientWidth is 0 for inline elements; then the border box is the best we have.
  const width = el.clientWidth || rect.width;
  const height = el.clientHeight || rect.height;
  return { left, top, right: left + width, bottom: top + height };
}

const clips = (el: Element) => {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
};

/** The parent element, crossing out of shadow roots. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/**
 * The part of the top viewport where `el`'s content can be seen: `own` (the element's own content area, for
 * text fields), every clipping ancestor, the viewport of each frame around it. In top-viewport coordinates.
 */
export function visibleArea(el: Element, own?: Clip): Clip {
  let clip: Clip = own ?? { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  let doc = el.ownerDocument;
  let node: Element | null = own ? parentOf(el) : el;
  for (;;) {
    for (; node; node = parentOf(node)) {
      if (node === doc.documentElement || node === doc.body) continue;
      if (clips(node)) clip = intersect(clip, paddingBox(node));
    }
    const view = doc.defaultView!;
    clip = intersect(clip, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
    const frame = view !== view.top ? (view.frameElement as Element | null) : null;
    if (!frame) return clip;
    // Into the parent document's coordinates: the frame's content box is where this viewport lies.
    const box = paddingBox(frame);
    clip = intersect(
      { left: clip.left + box.left, top: clip.top + box.top, right: clip.right + box.left, bottom: clip.bottom + box.top },
      box,
    );
    doc = frame.ownerDocument;
    node = parentOf(frame);
  }
}

/** `box` (top-viewport coordinates) cut to `clip`, or undefined when nothing of it is left. */
export function clipBox(box: Box, clip: Clip): Box | undefined {
  const left = Math.max(box.left, clip.left);
  const right = Math.min(box.left + box.width, clip.right);
  const top = Math.max(box.top, clip.top);
  const bottom = Math.min(box.top + box.height, clip.bottom);
  return right - left < 1 || bottom - top < 1 ? undefined : { left, top, width: right - left, height: bottom - top };
}

/**
 * Something of the page lies over the field at this point (a menu, a dialog), so an underline there would be
 * drawn over it. `x`, `y` are in the field's own viewport. Our own layer lets every click through, so it is
 * never what is found here (the card is: then the underline stays, under the card).
 */
export function covered(field: Element, x: number, y: number, ownHost: Element | undefined): boolean {
  const root = field.getRootNode() as Document | ShadowRoot;
  const hit = typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : field.ownerDocument.elementFromPoint(x, y);
  if (!hit) return true; // outside the viewport
  if (hit === field || field.contains(hit) || hit.contains(field) || hit === ownHost) return false;
  return true;
}
