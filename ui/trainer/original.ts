/**
 * The "before" of before/after. The original is the text as it was loaded: an example letter, the text from
 * the context menu, the text in the box when the trainer says "make this the version from before", or a text
 * pasted (or dropped) into an empty box or over the whole text. Typing changes only the current text.
 */

/** The original after an edit in the text box (`inputType` of the InputEvent, e.g. 'insertFromPaste'). */
export function originalAfterEdit(
  original: string,
  previous: string,
  next: string,
  inputType: string | undefined,
  replacedAll = false,
): string {
  const fresh = (previous.trim() === '' || replacedAll) && next.trim() !== '';
  if (fresh && (inputType === 'insertFromPaste' || inputType === 'insertFromDrop')) return next;
  return original;
}
