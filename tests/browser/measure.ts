/**
 * Measurements for the browser tests, computed independently of the extension's own code: where a word is
 * drawn (from the page's own text nodes, or a canvas with a text field's font), what the editor's own model
 * holds, and our marks and card as the extension reads them (see drivers/probe.ts).
 */
import { expect } from 'vitest';
import type { MarkInfo, Rect, TestPage } from './drivers';

type Fixture = {
  fixture: { text(): string; setText(t: string, html?: string): void; html?(): string; editable: string; frame?: string };
};

/** Fixture text as its editor's own model has it, with trailing newlines and nbsp normalised. */
export async function modelText(page: TestPage): Promise<string> {
  const text = await page.evaluate(() => (window as unknown as Fixture).fixture.text());
  return text.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}

export const setText = (page: TestPage, text: string) => page.evaluate((t) => (window as unknown as Fixture).fixture.setText(t), text);

/** Set the editor's content as HTML (fixtures that take HTML: the contenteditable ones, Squire, CKEditor 5, TinyMCE). */
export const setHtml = (page: TestPage, html: string) => page.evaluate((h) => (window as unknown as Fixture).fixture.setText('', h), html);

/** The editor's content as HTML, as the editor itself serialises it. */
export const modelHtml = (page: TestPage) => page.evaluate(() => (window as unknown as Fixture).fixture.html!());

export const editableSelector = (page: TestPage) => page.evaluate(() => (window as unknown as Fixture).fixture.editable);

/** Rectangles of every occurrence of `word` in a rich editor, in the page's viewport (via its own text nodes). */
export async function wordRectsRich(page: TestPage, word: string): Promise<Rect[]> {
  const selector = await editableSelector(page);
  const origin = await page.editorOrigin();
  const rects = await page.evaluateInEditor(
    ({ selector, word }) => {
      // Playwright's CSS pierces open shadow roots; here we do it by hand for the shadow fixture.
      const find = (root: Document | ShadowRoot, sel: string): Element | null => {
        const [host, ...rest] = sel.split(' ');
        if (rest.length === 0) return root.querySelector(sel);
        const el = root.querySelector(host);
        return el?.shadowRoot ? find(el.shadowRoot, rest.join(' ')) : root.querySelector(sel);
      };
      const el = find(document, selector)!;
      const out: { left: number; top: number; width: number; height: number }[] = [];
      const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = node.data.indexOf(word); i >= 0; i = node.data.indexOf(word, i + 1)) {
          const range = el.ownerDocument.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          const r = range.getBoundingClientRect();
          out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
        }
      }
      return out;
    },
    { selector, word },
  );
  return rects.map((r) => ({ ...r, left: r.left + origin.x, top: r.top + origin.y }));
}

/** The caret's offset in the focused field's text (a text field, or a rich editor's root, also inside a shadow root). */
export async function caretOffset(page: TestPage): Promise<number> {
  return page.evaluateInEditor(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.selectionEnd ?? -1;
    if (!el) return -1;
    // A shadow root has its own getSelection in Chromium; Firefox answers through the document.
    const root = el.getRootNode() as { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (!selection || selection.rangeCount === 0) return -1;
    const caret = selection.getRangeAt(0);
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(caret.endContainer, caret.endOffset);
    return before.toString().length;
  }, undefined);
}

/** Where `word` is drawn in a single-line textarea or input, measured with a canvas and the field's own font. */
export async function wordRectsText(page: TestPage, selector: string, word: string): Promise<Rect[]> {
  return page.evaluate(
    ({ selector, word }) => {
      const field = document.querySelector(selector) as HTMLTextAreaElement | HTMLInputElement;
      const cs = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = field.getBoundingClientRect();
      const left0 = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) - field.scrollLeft;
      const top0 = r.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop);
      const out: { left: number; top: number; width: number; height: number }[] = [];
      for (let i = field.value.indexOf(word); i >= 0; i = field.value.indexOf(word, i + 1)) {
        out.push({
          left: left0 + context.measureText(field.value.slice(0, i)).width,
          top: top0,
          width: context.measureText(word).width,
          height: parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2,
        });
      }
      return out;
    },
    { selector, word },
  );
}

/** Our underline boxes for one rule, top to bottom. */
export async function marks(page: TestPage, rule: string): Promise<MarkInfo[]> {
  return (await page.probe()).marks.filter((m) => m.rule === rule);
}

/** Click the middle of a rectangle (in the page's viewport). */
export const clickAt = (page: TestPage, r: Rect) => page.click(r.left + r.width / 2, r.top + r.height / 2);

/** Click the editable element of the fixture near its start, as a user does before typing. */
export async function focusEditor(page: TestPage): Promise<void> {
  const selector = await editableSelector(page);
  const origin = await page.editorOrigin();
  const r = await page.evaluateInEditor((sel) => {
    const find = (root: Document | ShadowRoot, s: string): Element | null => {
      const [host, ...rest] = s.split(' ');
      if (rest.length === 0) return root.querySelector(s);
      const el = root.querySelector(host);
      return el?.shadowRoot ? find(el.shadowRoot, rest.join(' ')) : root.querySelector(s);
    };
    const rect = find(document, sel)!.getBoundingClientRect();
    return { left: rect.left, top: rect.top, width: rect.width, height: Math.min(rect.height, 40) };
  }, selector);
  await page.click(origin.x + r.left + Math.min(40, r.width / 2), origin.y + r.top + r.height / 2);
}

/** Press a button of our card, found by its accessible name or its text, with a real mouse click. */
export async function pressCardButton(page: TestPage, name: string): Promise<void> {
  const card = await until(
    () => page.probe().then((p) => p.card),
    (c) => c !== null && c.buttons.some((b) => b.name === name || b.text === name),
  );
  const button = card?.buttons.find((b) => b.name === name || b.text === name);
  if (!button) throw new Error(`no button "${name}" on the card`);
  await clickAt(page, button);
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

export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (!ok(value) && Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rectangle of the first element matching `selector` whose accessible name (label, aria-label or text) is `name`. */
export async function findByName(page: TestPage, selector: string, name: string): Promise<Rect | undefined> {
  return page.evaluate(
    ({ selector, name }) => {
      const nameOf = (el: Element) => {
        const labelled = el.getAttribute('aria-label');
        if (labelled) return labelled.trim();
        const id = el.getAttribute('id');
        const label = (id && document.querySelector(`label[for="${id}"]`)) || el.closest('label');
        if (label && el.matches('input, textarea, select')) return (label.firstChild?.textContent ?? label.textContent ?? '').trim();
        return (el.textContent ?? '').trim();
      };
      const el = [...document.querySelectorAll(selector)].find((e) => nameOf(e) === name);
      if (!el) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
    { selector, name },
  );
}

/** Click a button by its accessible name, as a user does. */
export async function clickButton(page: TestPage, name: string): Promise<void> {
  const r = await until(
    () => findByName(page, 'button', name),
    (x) => x !== undefined,
  );
  if (!r) throw new Error(`no button "${name}"`);
  await clickAt(page, r);
}

/** Type into a form field found by its label, as a user does. */
export async function fillIn(page: TestPage, label: string, text: string): Promise<void> {
  const r = await until(
    () => findByName(page, 'input, textarea', label),
    (x) => x !== undefined,
  );
  if (!r) throw new Error(`no field "${label}"`);
  await clickAt(page, r);
  await page.type(text);
}
