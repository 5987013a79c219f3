/**
 * Apply a fix through the editor's own input path, as one change, so its model stays in sync and one Ctrl+Z
 * brings the original back. A fix may change several places ("dient … te betalen" → "moet … betalen"): it is
 * applied as one stretch, from its first edit to its last. The stretch is selected and typed over
 * (`execCommand('insertText')`), or, for editors that only listen to `beforeinput` (CKEditor 5, Lexical,
 * Slate), sent as a `beforeinput` event with `insertReplacementText` and the target range. When the stretch
 * runs over formatting (a bold word, a link), the new stretch is inserted as the same markup with only the
 * edited words changed (`insertHTML`, or for those editors a paste of that markup), so nothing else is touched. Afterwards the field is read again to verify. Never
 * rewrite `value` or `innerHTML` wholesale: when the safe path does not work, report it and change nothing else.
 */
import type { Fix } from '../contract/index';
import type { TextField } from './eligibility';
import { offsetOf, rangeFor, readRichText } from './text-map';

/**
 * applied: the text now reads as expected. stale: the text changed since the check, nothing was done.
 * failed: the editor refused, the text is as it was. unexpected: the text changed, but not as expected
 * (the user is told to check it; Ctrl+Z undoes it).
 */
export type FixResult = 'applied' | 'stale' | 'failed' | 'unexpected';

/** Editors that take text input from `beforeinput` and ignore execCommand's DOM changes. */
const BEFOREINPUT_EDITORS = '.ck-editor__editable, [data-lexical-editor="true"], [data-slate-editor="true"]';

/** A fix as one stretch of the checked text: where it is, what it holds now, what it becomes, and the edits in it. */
export interface Stretch {
  start: number;
  end: number;
  old: string;
  replacement: string;
  /** The fix's edits, with offsets relative to `start`. */
  edits: { start: number; end: number; text: string }[];
}

export function stretchOf(checked: string, fix: Fix): Stretch {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const start = edits[0].start;
  const end = edits[edits.length - 1].end;
  const relative = edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  return { start, end, old: checked.slice(start, end), replacement: applyRelative(checked.slice(start, end), relative), edits: relative };
}

function applyRelative(text: string, edits: Stretch['edits']): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The stretch grown to the whole words around it, so it neither starts nor ends with a space. */
export function toWholeWords(text: string, stretch: Stretch): Stretch {
  let { start, end } = stretch;
  const edge = /\s/;
  if (edge.test(stretch.old.at(-1) ?? '') || edge.test(stretch.replacement.at(-1) ?? '')) {
    while (end < text.length && edge.test(text[end])) end++;
    while (end < text.length && !edge.test(text[end])) end++;
  }
  if (edge.test(stretch.old[0] ?? '') || edge.test(stretch.replacement[0] ?? '')) {
    while (start > 0 && edge.test(text[start - 1])) start--;
    while (start > 0 && !edge.test(text[start - 1])) start--;
  }
  const shift = stretch.start - start;
  return {
    start,
    end,
    old: text.slice(start, end),
    replacement: text.slice(start, stretch.start) + stretch.replacement + text.slice(stretch.end, end),
    edits: stretch.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })),
  };
}

/** The stretch moved by `shift` (the text before it changed since the check). */
export const moved = (stretch: Stretch, shift: number): Stretch => ({ ...stretch, start: stretch.start + shift, end: stretch.end + shift });

/** A textarea or input: the stretch in the field's value now. */
export function applyToTextField(field: TextField, stretch: Stretch): FixResult {
  const { start, end, old, replacement } = stretch;
  if (field.value.slice(start, end) !== old) return 'stale';
  const before = field.value;
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const done = field.ownerDocument.execCommand('insertText', false, replacement);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  if (field.value === expected) return 'applied';
  // execCommand did nothing (an old browser): the field is untouched, so nothing is lost.
  return field.value === before || !done ? 'failed' : 'unexpected';
}

/** A rich editor: `anchor` is the finding's live range, `anchorStart` where the finding was in the checked text. */
export function applyToRange(root: HTMLElement, anchor: Range, anchorStart: number, stretch: Stretch): FixResult {
  const map = readRichText(root);
  // The text before the finding may have changed since the check: the live range says where it is now.
  const now = offsetOf(map, anchor.startContainer, anchor.startOffset);
  if (now < 0) return 'stale';
  const here = moved(stretch, now - anchorStart);
  if (map.text.slice(here.start, here.end) !== here.old || here.old.includes('\n')) return 'stale';
  const viaEvents = root.closest(BEFOREINPUT_EDITORS) !== null;
  // Over formatting, those editors get a paste, which loses spaces at its edges: the stretch runs on to whole words.
  const overFormatting = rangeFor(map, here.start, here.end)?.startContainer !== rangeFor(map, here.start, here.end)?.endContainer;
  const { start, end, old, replacement, edits } = viaEvents && overFormatting ? toWholeWords(map.text, here) : here;
  // A fresh range over the same text nodes: the live one may have been stretched by edits at its edges.
  const target = rangeFor(map, start, end);
  if (!target) return 'stale';
  const html = target.startContainer === target.endContainer ? undefined : markupFor(target, { start, end, old, replacement, edits });
  if (html === null) return 'failed';
  select(root, target);
  if (viaEvents) viaBeforeInput(root, target, replacement, html);
  else viaTyping(root, replacement, html);
  const after = readRichText(root).text;
  if (after === map.text) return 'failed'; // the editor refused: nothing changed
  const expected = map.text.slice(0, start) + replacement + map.text.slice(end);
  return sameWords(after, expected) ? 'applied' : 'unexpected';
}

/** Inline formatting a fix may carry over between its edits; anything else (a widget, an image) is not written again. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'mark',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
]);
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/)/i;

/**
 * The stretch's markup with the edits made in its text nodes: "<b>dient</b> het formulier te betalen" becomes
 * "<b>moet</b> het formulier betalen". The new words go in as text (escaped when serialised), the page's markup
 * only as inline formatting without event handlers or script links. Null when the markup holds anything else or
 * text the check did not see (a widget): then there is no fix over it.
 */
export function markupFor(target: Range, stretch: Stretch): string | null {
  const doc = target.startContainer.ownerDocument!;
  const fragment = target.cloneContents();
  for (const el of fragment.querySelectorAll('*')) {
    if (!INLINE.has(el.localName)) return null;
    if (el.localName === 'a' && el.hasAttribute('href') && !SAFE_LINK.test(el.getAttribute('href')!.trim())) return null;
    for (const { name } of [...el.attributes]) if (/^on/i.test(name)) el.removeAttribute(name);
  }
  const walker = doc.createTreeWalker(fragment, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  if (nodes.map((n) => n.data).join('') !== stretch.old) return null;
  // Each edit goes into the node where it starts; what it removes from later nodes is cut there.
  let offset = 0;
  const spans = nodes.map((node) => {
    const span = { node, from: offset, to: offset + node.data.length };
    offset = span.to;
    return span;
  });
  for (const edit of [...stretch.edits].sort((a, b) => b.start - a.start)) {
    for (const { node, from, to } of spans) {
      const cutFrom = Math.max(edit.start, from);
      const cutTo = Math.min(edit.end, to);
      const owns = edit.start >= from && (edit.start < to || (edit.start === to && to === offset));
      if (cutFrom > cutTo || (cutFrom === cutTo && !owns)) continue;
      node.data = node.data.slice(0, cutFrom - from) + (owns ? edit.text : '') + node.data.slice(cutTo - from);
    }
  }
  const box = doc.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

function select(root: HTMLElement, range: Range): void {
  root.focus({ preventScroll: true });
  const selection = root.ownerDocument.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Editors may turn spaces around the change into nbsp (or back): compare the words. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  return words(a) === words(b);
}

/** CKEditor 5, Lexical, Slate: they build the change from `beforeinput`, with both the selection and the target range. */
function viaBeforeInput(root: HTMLElement, range: Range, replacement: string, html: string | undefined): void {
  const win = root.ownerDocument.defaultView!;
  const data = new win.DataTransfer();
  data.setData('text/plain', replacement);
  if (html !== undefined) {
    // Over formatting, a paste of the markup over the selection: the replacement-text path keeps plain text only.
    data.setData('text/html', html);
    // The editor takes its selection from `selectionchange`, which the browser fires later: say it now.
    root.ownerDocument.dispatchEvent(new win.Event('selectionchange'));
    // Chromium carries `clipboardData`; Firefox empties it in a made event and carries Gecko's `dataType` + `data`.
    const init = { clipboardData: data, dataType: 'text/html', data: html, bubbles: true, cancelable: true, composed: true };
    root.dispatchEvent(new win.ClipboardEvent('paste', init as ClipboardEventInit));
    return;
  }
  root.dispatchEvent(
    new win.InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: replacement,
      dataTransfer: data,
      targetRanges: [new win.StaticRange(range)],
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/**
 * Type the replacement over the selection, as the user would: the key events first (editors with their own
 * undo history, such as Squire, RoosterJS/Outlook and TinyMCE, take their undo step there, before the change),
 * then `execCommand('insertText')` (or `insertHTML` for a stretch over formatting), which goes through the browser's editing path and fires the input events
 * every editor listens to. Synchronous from start to end, so the result can be read back right after.
 */
function viaTyping(root: HTMLElement, replacement: string, html: string | undefined): void {
  const win = root.ownerDocument.defaultView!;
  const key = replacement.charAt(0) || ' ';
  const init = { key, code: `Key${key.toUpperCase()}`, bubbles: true, cancelable: true, composed: true };
  const down = new win.KeyboardEvent('keydown', init);
  root.dispatchEvent(down);
  if (!down.defaultPrevented) root.dispatchEvent(new win.KeyboardEvent('keypress', { ...init, charCode: key.charCodeAt(0) }));
  if (html !== undefined) root.ownerDocument.execCommand('insertHTML', false, html);
  else root.ownerDocument.execCommand('insertText', false, replacement);
}
