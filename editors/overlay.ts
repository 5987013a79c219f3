/**
 * Our own layer on the page: an open shadow root (a style boundary: no page CSS in, none of ours out) that
 * holds the underline boxes of text fields, their hidden mirrors and the suggestion card.
 */
import { categoryOf } from '../components/categories';
import { suggestionCardCss } from '../components/SuggestionCard';
import type { RuleId } from '../engine/types';
import type { Box } from './mirror';

const CSS = `
:host{all:initial}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646;overflow:hidden}
.box{position:fixed;pointer-events:none;border-bottom-width:2px}
.mirrors{position:fixed;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none}
${suggestionCardCss}`;

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

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLDivElement;
  readonly mirrors: HTMLDivElement;
  readonly cardMount: HTMLDivElement;
  private readonly groups = new Map<Element, HTMLDivElement>();

  constructor(doc: Document) {
    this.host = doc.createElement('klaretaal-overlay');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'mirrors';
    this.cardMount = doc.createElement('div');
    this.root.append(style, this.mirrors, this.layer, this.cardMount);
    doc.documentElement.append(this.host);
  }

  /** Keep our host in the page: some single-page apps replace the whole body or document element. */
  ensureAttached(doc: Document): void {
    if (!this.host.isConnected) doc.documentElement.append(this.host);
  }

  /** Replace the underline boxes of one text field (boxes in the field's own viewport). */
  paintBoxes(field: Element, boxes: { rule: RuleId; box: Box }[]): void {
    let group = this.groups.get(field);
    if (boxes.length === 0) {
      group?.remove();
      this.groups.delete(field);
      return;
    }
    if (!group) {
      group = this.host.ownerDocument.createElement('div');
      this.groups.set(field, group);
      this.layer.append(group);
    }
    const { x, y } = frameOffset(field.ownerDocument);
    const doc = this.host.ownerDocument;
    const nodes = boxes.map(({ rule, box }) => {
      const category = categoryOf(rule);
      const div = doc.createElement('div');
      div.className = 'box';
      div.dataset.rule = rule;
      div.style.cssText = `left:${box.left + x}px;top:${box.top + y}px;width:${box.width}px;height:${box.height}px;border-bottom-style:${category.line === 'wavy' ? 'dashed' : category.line === 'double' ? 'double' : category.line};border-bottom-color:${category.color};${category.line === 'double' ? 'border-bottom-width:3px' : ''}`;
      return div;
    });
    group.replaceChildren(...nodes);
  }

  remove(): void {
    this.host.remove();
  }
}
