/**
 * A contenteditable element as one flat string, with a map back to its text nodes. Blocks (paragraphs, list
 * items, divs) are separated by a blank line, so the engine sees them as paragraphs; `<br>` is a line break.
 * Offsets in the flat string map to (text node, offset) for DOM ranges. Nothing in the editor is changed.
 */

export interface Segment {
  node: Text;
  /** Offsets of this node's text in the flat string. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'textarea', 'select', 'button', 'iframe']);
const PARAGRAPH_BREAK = '\n\n';
const NODES_PER_STEP = 2000;

export function readRichText(root: Element): TextMap {
  const read = readRichTextSteps(root);
  for (;;) {
    const step = read.next();
    if (step.done) return step.value;
  }
}

/** The same as `readRichText`, as steps of a few thousand nodes (a pasted document has tens of thousands). */
export function* readRichTextSteps(root: Element): Generator<void, TextMap> {
  const segments: Segment[] = [];
  // The pieces of the text, joined once at the end (a string built by += is flattened later, in one go).
  const parts: string[] = [];
  let length = 0;
  // A pending separator is written only before the next text, so the string never starts or ends with one.
  let pending = '';
  let visited = 0;
  // Depth first, without recursion: a stack of the next sibling to visit and whether it closes a block.
  const stack: { node: Node | null; block: boolean }[] = [{ node: root.firstChild, block: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top.node;
    if (!node) {
      stack.pop();
      if (top.block) pending = PARAGRAPH_BREAK;
      continue;
    }
    top.node = node.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) continue;
      if (pending && length > 0) {
        parts.push(pending);
        length += pending.length;
      }
      pending = '';
      segments.push({ node: node as Text, start: length, end: length + value.length });
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName;
    if (SKIP.has(name)) continue;
    // Widgets inside the editor (mentions, chips) are not the user's prose.
    if (el.getAttribute('contenteditable') === 'false') continue;
    if (name === 'br') {
      if (pending !== PARAGRAPH_BREAK) pending = '\n';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) pending = PARAGRAPH_BREAK;
    stack.push({ node: el.firstChild, block });
  }
  return { text: parts.join(''), segments };
}

/** The segment holding `offset`; with `end`, the one that ends at or after it (so a range can end at a node's end). */
function segmentAt(map: TextMap, offset: number, end: boolean): Segment | undefined {
  const { segments } = map;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = segments[mid];
    if (end ? offset <= s.start : offset < s.start) high = mid - 1;
    else if (end ? offset > s.end : offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}

/** A DOM range over flat offsets, or null when they fall outside the text (the text changed). */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const first = segmentAt(map, start, false);
  const last = segmentAt(map, end, true);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/** The flat offset of a DOM position (a caret), or -1 when it is not in one of the map's text nodes. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const segment = map.segments.find((s) => s.node === node);
    return segment ? segment.start + Math.min(offset, segment.end - segment.start) : -1;
  }
  // A position between children: take the start of the child after it, or the end of the one before.
  const child = node.childNodes[offset];
  const probe = child ?? node.childNodes[offset - 1];
  if (!probe) return -1;
  for (const s of map.segments) {
    if (probe === s.node || probe.contains(s.node)) return child ? s.start : s.end;
  }
  return -1;
}
