/** Read one input as text, or say in Dutch and English why it cannot be checked. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { decodeTextFile } from '../files/text-file';
import { nl } from '../locales/nl';
import { printable } from './format';

export type Input = { ok: true; text: string } | { ok: false; message: string };

/**
 * The largest input the CLI checks. The whole text and its findings are held in memory: measured with Dutch
 * letter text (`npm run bench:cli`), a 14 MB file peaks at 0.6 GB, 0.85–0.95 GB with --json; 16 MB goes over 1 GB.
 */
export const MAX_INPUT_MB = 14;
const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

export function decode(name: string, bytes: Uint8Array): Input {
  const decoded = decodeTextFile(bytes);
  if (decoded.ok) return decoded;
  return { ok: false, message: decoded.problem === 'binary' ? nl.cli.binaryFile(printable(name)) : nl.cli.invalidUtf8(printable(name)) };
}

/** Reads chunk by chunk and stops as soon as the limit is passed, so a huge stream never fills the memory. */
async function readLimited(name: string, chunks: AsyncIterable<Uint8Array | string>): Promise<Input> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += part.byteLength;
    if (size > MAX_INPUT_BYTES) return tooLarge(name);
    parts.push(part);
  }
  return decode(name, Buffer.concat(parts));
}

const tooLarge = (name: string): Input => ({ ok: false, message: nl.cli.tooLarge(printable(name), MAX_INPUT_MB) });

export async function readInput(name: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Input> {
  if (name === '-') return readLimited('stdin', stdin);
  try {
    const info = await stat(name);
    if (info.isDirectory()) return { ok: false, message: nl.cli.notAFile(printable(name)) };
    // Refuse a big file before reading any of it; a pipe or a device (size 0) is still read with the limit.
    if (info.size > MAX_INPUT_BYTES) return tooLarge(name);
    return await readLimited(name, createReadStream(name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: nl.cli.missingFile(printable(name)) };
    return { ok: false, message: nl.cli.unreadable(printable(name), code ?? String(error)) };
  }
}
