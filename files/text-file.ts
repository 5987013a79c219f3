/**
 * The bytes of a text file as a string: UTF-8 (with or without a byte-order mark), or UTF-16 when it starts
 * with one (what Windows Notepad and Excel's "Unicode text" write). Shared by the CLI and the word-list import,
 * which each say in their own words what went wrong.
 */
export type DecodedFile = { ok: true; text: string } | { ok: false; problem: 'binary' | 'encoding' };

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  const encoding = encodingOf(bytes);
  // Without a UTF-16 mark, a NUL byte means an image, a PDF, a Word file…
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false, problem: 'binary' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes); // drops the byte-order mark
  } catch {
    return { ok: false, problem: 'encoding' };
  }
  if (encoding !== 'utf-8' && text.includes('\0')) return { ok: false, problem: 'binary' };
  return { ok: true, text };
}
