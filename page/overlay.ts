/**
 * Our own layer on the page: one element with a closed shadow root, so the page can neither read nor press
 * what is in it (the underlines, the hidden copies of text fields, the suggestion card) and no page CSS
 * reaches it. Underlines are boxes in this layer, drawn over the words: nothing in the page's own DOM or in
 * the page's highlight registry says which words Klaretaal marks.
 */
import overlayCss from './overlay.css?inline';
import cardCss from '../ui/card.css?inline';
import linesCss from '../ui/lines.css?inline';
import type { Look, RuleId } from '../contract/index';
import type { Box } from './geometry';

export interface Mark {
  rule: RuleId;
  look: Look;
  box: Box;
  /** The finding the card or the keyboard is on: drawn with a background as well. */
  active?: boolean;
}

/** Styles for a root of ours: a constructed sheet (no page CSP applies to it), else a style element. */
function style(root: ShadowRoot, css: string): void {
  const win = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const element = root.ownerDocument.createElement('style');
    element.textContent = css;
    root.prepend(element);
  }
}

export class Overlay {
  readonly host: HTMLElement;
  readonly mirrors: HTMLDivElement;
  readonly cardMount: HTMLDivElement;
  private readonly root: ShadowRoot;
  private readonly all: HTMLDivElement;
  private readonly layer: HTMLDivElement;
  private readonly groups = new Map<Element, HTMLDivElement>();
  private readonly notices = new Map<Element, { element: HTMLDivElement; dismissed: boolean }>();

  constructor(doc: Document) {
    this.host = doc.createElement('klaretaal-overlay');
    // Closed: the page's scripts get no handle on what is inside (element.shadowRoot is null for them).
    this.root = this.host.attachShadow({ mode: 'closed' });
    style(this.root, linesCss + overlayCss + cardCss);
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'mirrors';
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.cardMount = doc.createElement('div');
    this.all = doc.createElement('div');
    this.all.className = 'all';
    this.all.append(this.mirrors, this.layer, this.cardMount);
    this.root.append(this.all);
    doc.documentElement.append(this.host);
  }

  /** Keep our host in the page: some single-page apps replace the whole body or document element. */
  ensureAttached(doc: Document): void {
    if (!this.host.isConnected) doc.documentElement.append(this.host);
  }

  /** Replace the marks of one field (boxes in top-viewport coordinates). */
  paint(field: Element, marks: readonly Mark[]): void {
    let group = this.groups.get(field);
    if (marks.length === 0) {
      group?.remove();
      this.groups.delete(field);
      return;
    }
    if (!group) {
      group = this.host.ownerDocument.createElement('div');
      this.groups.set(field, group);
      this.layer.append(group);
    }
    const doc = this.host.ownerDocument;
    group.replaceChildren(
      ...marks.map(({ rule, look, box, active }) => {
        const div = doc.createElement('div');
        div.className = active ? 'mark active' : 'mark';
        div.dataset.rule = rule;
        div.dataset.line = look.line;
        div.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px;--c:${look.color}`;
        return div;
      }),
    );
  }

  /**
   * A short note of ours at the bottom of a field (`text` undefined: take it away). Its close button reacts to
   * the user's own clicks only.
   */
  notice(field: Element, text: string | undefined, at: Box, closeLabel: string): void {
    const shown = this.notices.get(field);
    if (text === undefined || shown?.dismissed) {
      if (text === undefined) this.notices.delete(field);
      shown?.element.remove();
      return;
    }
    const position = `left:${Math.max(8, at.left)}px;top:${Math.max(8, at.top + at.height - 8)}px`;
    if (shown) {
      shown.element.style.cssText = position;
      return;
    }
    const doc = this.host.ownerDocument;
    const note = doc.createElement('div');
    note.className = 'field-notice';
    note.setAttribute('role', 'status');
    note.style.cssText = position;
    const message = doc.createElement('span');
    message.textContent = text;
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', closeLabel);
    const entry = { element: note, dismissed: false };
    // Closed by the user: it stays away for this field until the text is short again.
    close.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      entry.dismissed = true;
      note.remove();
    });
    note.append(message, close);
    this.all.append(note);
    this.notices.set(field, entry);
  }

  /** The page script is alive: restart the expiry (a new animation name starts the 6 seconds again). */
  beat(): void {
    this.all.classList.toggle('beat');
  }

  remove(): void {
    this.host.remove();
  }
}
