/** Read one input as text, or say in Dutch and English why it cannot be checked. */
import { readFile, stat } from 'node:fs/promises';
import { nl } from '../locales/nl';

export type Input = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(name: string, bytes: Uint8Array): Input {
  // A NUL byte does not occur in text files: this is an image, a PDF, a Word file…
  if (bytes.includes(0)) return { ok: false, message: nl.cli.binaryFile(name) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: nl.cli.invalidUtf8(name) };
  }
}

export async function readInput(name: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Input> {
  if (name === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return decode('stdin', Buffer.concat(chunks));
  }
  try {
    if ((await stat(name)).isDirectory()) return { ok: false, message: nl.cli.notAFile(name) };
    return decode(name, await readFile(name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: nl.cli.missingFile(name) };
    return { ok: false, message: nl.cli.unreadable(name, code ?? String(error)) };
  }
}
