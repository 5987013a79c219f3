/** Page-side measurements for the browser tests, computed independently of the extension's own code. */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Fixture text as its editor's own model has it, with trailing newlines and nbsp normalised. */
export async function modelText(page: Page): Promise<string> {
  const text = await page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text());
  return text.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}

export async function editableSelector(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixture: { editable: string } }).fixture.editable);
}

/** Offset of a frame's viewport inside the page's viewport. */
export async function frameOrigin(frame: Frame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement().catch(() => null);
  if (!element) return { x: 0, y: 0 };
  return element.evaluate((node) => {
    const el = node as Element;
    const r = el.getBoundingClientRect();
    return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
  });
}

/** Viewport rectangles of every occurrence of `word` in a rich editor (via its own text nodes). */
export async function wordRectsRich(frame: Frame, selector: string, word: string): Promise<Rect[]> {
  return frame.locator(selector).first().evaluate((el, word) => {
    const rects: { left: number; top: number; width: number; height: number }[] = [];
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = node.data.indexOf(word); i >= 0; i = node.data.indexOf(word, i + 1)) {
        const range = el.ownerDocument.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + word.length);
        const r = range.getBoundingClientRect();
        rects.push({ left: r.left, top: r.top, width: r.width, height: r.height });
      }
    }
    return rects;
  }, word);
}

/** Rectangles of the ranges in our highlight registry for `rule` that lie in the editable element. */
export async function highlightRects(frame: Frame, selector: string, rule: string): Promise<Rect[]> {
  return frame.locator(selector).first().evaluate((el, rule) => {
    const win = el.ownerDocument.defaultView as Window & typeof globalThis;
    const rects: { left: number; top: number; width: number; height: number }[] = [];
    for (const [name, highlight] of win.CSS.highlights) {
      if (!name.startsWith(`klaretaal-${rule}-`)) continue;
      for (const range of highlight as unknown as Set<Range>) {
        if (!el.contains(range.startContainer)) continue;
        const r = range.getBoundingClientRect();
        rects.push({ left: r.left, top: r.top, width: r.width, height: r.height });
      }
    }
    return rects.sort((a, b) => a.top - b.top || a.left - b.left);
  }, rule);
}

/** Where `word` is drawn in a single-line textarea/input, measured with a canvas and the field's own font. */
export async function wordRectsText(page: Page, selector: string, word: string): Promise<Rect[]> {
  return page.locator(selector).first().evaluate((el, word) => {
    const field = el as HTMLTextAreaElement | HTMLInputElement;
    const cs = getComputedStyle(field);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const r = field.getBoundingClientRect();
    const left0 = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) - field.scrollLeft;
    const top0 = r.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop);
    const rects: { left: number; top: number; width: number; height: number }[] = [];
    for (let i = field.value.indexOf(word); i >= 0; i = field.value.indexOf(word, i + 1)) {
      rects.push({
        left: left0 + context.measureText(field.value.slice(0, i)).width,
        top: top0,
        width: context.measureText(word).width,
        height: parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2,
      });
    }
    return rects;
  }, word);
}

/** The underline boxes our overlay drew for text fields, for one rule. */
export async function overlayBoxes(page: Page, rule: string): Promise<Rect[]> {
  return page.evaluate((rule) => {
    const root = document.querySelector('klaretaal-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>(`.box[data-rule="${rule}"]`) ?? [])]
      .map((b) => b.getBoundingClientRect())
      .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }))
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }, rule);
}

export function expectSameRects(actual: Rect[], expected: Rect[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    expect(Math.abs(a.left - e.left), `left of #${i}`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(a.width - e.width), `width of #${i}`).toBeLessThanOrEqual(tolerance);
    // Underlines sit on the line of the word.
    expect(a.top, `top of #${i}`).toBeGreaterThanOrEqual(e.top - tolerance - 4);
    expect(a.top, `top of #${i}`).toBeLessThanOrEqual(e.top + e.height);
  });
}

export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 6000): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (!ok(value) && Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
