/**
 * Our own layer on the page: one element with a closed shadow root, so the page can neither read nor press
 * what is in it (the underlines, the hidden copies of text fields, the suggestion card) and no page CSS
 * reaches it. Underlines are boxes in this layer, drawn over the words: nothing in the page's own DOM or in
 * the page's highlight registry says which words Klaretaal marks.
 */
import cardCss from '../ui/card.css?inline';
import type { Look, RuleId } from '../contract/index';
import type { Box } from './geometry';

export interface Mark {
  rule: RuleId;
  look: Look;
  box: Box;
  /** The finding the card or the keyboard is on: drawn with a background as well. */
  active?: boolean;
}

/** Line styles as boxes: borders for solid, dotted, dashed and double; a zigzag of gradients for wavy. */
const LINE_CSS = `
.mark{position:fixed;pointer-events:none;box-sizing:border-box}
.mark::after{content:"";position:absolute;left:0;right:0;bottom:-2px;height:0;border-bottom:2px solid var(--c)}
.mark[data-line=dotted]::after{border-bottom-style:dotted;border-bottom-width:2.5px}
.mark[data-line=dashed]::after{border-bottom-style:dashed}
.mark[data-line=double]::after{border-bottom:4px double var(--c);bottom:-3px}
.mark[data-line=wavy]::after{border:0;height:4px;bottom:-3px;background:
  linear-gradient(135deg,transparent 35%,var(--c) 35%,var(--c) 60%,transparent 60%) 0 0/6px 4px repeat-x,
  linear-gradient(45deg,transparent 35%,var(--c) 35%,var(--c) 60%,transparent 60%) 3px 0/6px 4px repeat-x}
.mark.active{background:rgba(250,204,21,.4);mix-blend-mode:multiply;border-radius:2px}`;

const CSS = `
:host{all:initial}
.field-notice{position:fixed;z-index:2147483647;max-width:320px;background:#fff;color:#1f2937;border:1px solid #d1d5db;border-left:4px solid #c2410c;
  border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.15);padding:8px 10px;font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;pointer-events:auto;display:flex;gap:8px;align-items:flex-start}
.field-notice button{border:0;background:none;font-size:18px;line-height:1;cursor:pointer;color:#4b5563;padding:0 2px}
.field-notice button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
/* Everything of ours disappears by itself 6 s after the last heartbeat of the page script: a script of an
   extension that was updated or removed can no longer clean up (Firefox stops it at once). */
@keyframes expire-a{to{visibility:hidden}}
@keyframes expire-b{to{visibility:hidden}}
.all{animation:expire-a 0s 6s forwards}
.all.beat{animation-name:expire-b}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646;overflow:hidden}
.mirrors{position:fixed;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none}
${LINE_CSS}
.card-slot{position:fixed;z-index:2147483647}
${cardCss}`;

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
    style(this.root, CSS);
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
