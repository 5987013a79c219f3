/** Split a text into paragraphs at blank lines; offsets are UTF-16 indices into the text. */
export interface ParagraphSlice {
  start: number;
  end: number;
  text: string;
}

const BLANK_LINES = /(?:\r\n|\r|\n|\u2028|\u2029)(?:[ \t\u00A0]*(?:\r\n|\r|\n|\u2028|\u2029))+/g;

export function splitParagraphs(text: string): ParagraphSlice[] {
  const slices: ParagraphSlice[] = [];
  let start = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    if (match.index > start) slices.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) slices.push({ start, end: text.length, text: text.slice(start) });
  return slices.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}
