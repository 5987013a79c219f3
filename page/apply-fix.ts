/**
 * Replace exactly the checked span through the editor's own input path, so its model stays in sync and Ctrl+Z
 * brings the original back: select the range, then `execCommand('insertText')`, or, for editors that only
 * listen to `beforeinput` (CKEditor 5, Lexical, Slate), a `beforeinput` event with `insertReplacementText`,
 * the text and the target range. Afterwards read the field again to verify. Never rewrite `value` or
 * `innerHTML` wholesale: when the safe path does not work, report it and change nothing else.
 */
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

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A textarea or input: `span` is where the finding is in the field's value now. */
export function applyToTextField(field: TextField, span: Span, replacement: string): FixResult {
  if (field.value.slice(span.start, span.end) !== span.text) return 'stale';
  const before = field.value;
  field.focus({ preventScroll: true });
  field.setSelectionRange(span.start, span.end);
  const done = field.ownerDocument.execCommand('insertText', false, replacement);
  const expected = before.slice(0, span.start) + replacement + before.slice(span.end);
  if (field.value === expected) return 'applied';
  // execCommand did nothing (an old browser): the field is untouched, so nothing is lost.
  return field.value === before || !done ? 'failed' : 'unexpected';
}

/** A rich editor: `range` is the finding's live range, `text` the words it must still hold. */
export function applyToRange(root: HTMLElement, range: Range, text: string, replacement: string): FixResult {
  const map = readRichText(root);
  const start = offsetOf(map, range.startContainer, range.startOffset);
  const end = offsetOf(map, range.endContainer, range.endOffset);
  if (start < 0 || end < 0 || map.text.slice(start, end) !== text) return 'stale';
  // A fresh range over the same text nodes: the live one may have been stretched by edits at its edges.
  const target = rangeFor(map, start, end);
  if (!target) return 'stale';
  select(root, target);
  if (root.closest(BEFOREINPUT_EDITORS)) viaBeforeInput(root, target, replacement);
  else viaTyping(root, replacement);
  const after = readRichText(root).text;
  if (after === map.text) return 'failed'; // the editor refused: nothing changed
  const expected = map.text.slice(0, start) + replacement + map.text.slice(end);
  return sameWords(after, expected) ? 'applied' : 'unexpected';
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
function viaBeforeInput(root: HTMLElement, range: Range, replacement: string): void {
  const win = root.ownerDocument.defaultView!;
  const data = new win.DataTransfer();
  data.setData('text/plain', replacement);
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
 * then `execCommand('insertText')`, which goes through the browser's editing path and fires the input events
 * every editor listens to. Synchronous from start to end, so the result can be read back right after.
 */
function viaTyping(root: HTMLElement, replacement: string): void {
  const win = root.ownerDocument.defaultView!;
  const key = replacement.charAt(0) || ' ';
  const init = { key, code: `Key${key.toUpperCase()}`, bubbles: true, cancelable: true, composed: true };
  const down = new win.KeyboardEvent('keydown', init);
  root.dispatchEvent(down);
  if (!down.defaultPrevented) root.dispatchEvent(new win.KeyboardEvent('keypress', { ...init, charCode: key.charCodeAt(0) }));
  root.ownerDocument.execCommand('insertText', false, replacement);
}
