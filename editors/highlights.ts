/**
 * Underlines in contenteditable fields with the CSS Custom Highlight API: ranges are registered by name and
 * painted by `::highlight()` rules, so the editor's DOM is never touched. The registry and the style rules
 * are per document (an editor in an iframe has its own) and shadow roots get the rules too.
 */
import { CATEGORIES } from '../components/categories';
import type { RuleId } from '../engine/types';

/** Unique per page load: the registry is shared with the page, which must not be able to guess our names. */
const suffix = Math.random().toString(36).slice(2, 8);
export const highlightName = (rule: RuleId) => `klaretaal-${rule}-${suffix}`;
/** The finding the keyboard or the card is on: drawn with a background as well. */
export const activeHighlightName = `klaretaal-active-${suffix}`;

function styleRules(): string {
  const underline = CATEGORIES.map(
    (c) =>
      `::highlight(${highlightName(c.rule)}){text-decoration:underline ${c.line} ${c.color};text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}`,
  );
  return [...underline, `::highlight(${activeHighlightName}){background-color:rgba(250,204,21,.45)}`].join('\n');
}

export function highlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

interface Registry {
  highlights: Map<string, Highlight>;
  style: HTMLStyleElement;
}

const registries = new WeakMap<Document, Registry>();
const styledRoots = new WeakSet<ShadowRoot>();

function registryFor(doc: Document): Registry | undefined {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !highlightsSupported(win)) return undefined;
  let registry = registries.get(doc);
  if (!registry) {
    const style = doc.createElement('style');
    style.textContent = styleRules();
    style.dataset.klaretaal = 'highlights';
    registry = { highlights: new Map(), style };
    registries.set(doc, registry);
  }
  // Pages that rewrite <head> or clear the registry (single-page webmail) lose our entries: put them back.
  if (!registry.style.isConnected) (doc.head ?? doc.documentElement).append(registry.style);
  for (const name of [...CATEGORIES.map((c) => highlightName(c.rule)), activeHighlightName]) {
    let highlight = registry.highlights.get(name);
    if (!highlight) {
      highlight = new win.Highlight();
      registry.highlights.set(name, highlight);
    }
    if (win.CSS.highlights.get(name) !== highlight) win.CSS.highlights.set(name, highlight);
  }
  return registry;
}

/** Duck typing: nodes of an iframe come from another window's ShadowRoot class. */
export const isShadowRoot = (node: Node): node is ShadowRoot => node.nodeType === 11 && 'host' in node;

/** Make the underline rules apply inside a shadow root too (Firefox does not inherit them). */
function styleShadowRoot(root: ShadowRoot): void {
  if (styledRoots.has(root)) return;
  const win = root.ownerDocument.defaultView as Window & typeof globalThis;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(styleRules());
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styledRoots.add(root);
}

/** The ranges one field has painted, so it can take exactly those away again. */
export class FieldHighlights {
  private painted: { name: string; range: Range }[] = [];

  constructor(private readonly element: Element) {}

  /** Replace this field's underlines. Returns false when the browser has no Highlight API. */
  paint(ranges: { rule: RuleId; range: Range }[], active?: Range): boolean {
    const registry = registryFor(this.element.ownerDocument);
    if (!registry) return false;
    const root = this.element.getRootNode();
    if (isShadowRoot(root)) styleShadowRoot(root);
    this.clear();
    for (const { rule, range } of ranges) this.add(registry, highlightName(rule), range);
    if (active) this.add(registry, activeHighlightName, active);
    return true;
  }

  clear(): void {
    const registry = registries.get(this.element.ownerDocument);
    for (const { name, range } of this.painted) registry?.highlights.get(name)?.delete(range);
    this.painted = [];
  }

  private add(registry: Registry, name: string, range: Range): void {
    registry.highlights.get(name)!.add(range);
    this.painted.push({ name, range });
  }
}
