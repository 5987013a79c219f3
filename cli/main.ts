/** The `klaretaal` command: the same engine as the extension, for files and stdin. */
import { nl } from '../locales/nl';
import { parseArgs } from './args';
import { formatHuman, formatJson, formatSummary } from './format';
import { readInput } from './input';
import { createChecker } from '../engine/index';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
}

/** Returns the exit status: 0 no findings, 1 findings, 2 usage or input error. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${nl.cli.usage}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const checker = createChecker({ lang: parsed.lang });
  let findings = 0;
  let failed = false;
  for (const file of parsed.files) {
    const input = await readInput(file, io.stdin);
    if (!input.ok) {
      io.stderr.write(`${input.message}\n`);
      failed = true;
      continue;
    }
    const text = input.text; // TextDecoder already dropped a byte-order mark
    const result = checker.check(text);
    findings += result.findings.length;
    const name = file === '-' ? 'stdin' : file;
    if (parsed.json) io.stdout.write(`${formatJson(name, result)}\n`);
    else {
      for (const line of formatHuman(name, text, result)) io.stdout.write(`${line}\n`);
      io.stdout.write(`${formatSummary(name, result)}\n`);
    }
  }
  if (failed) return 2;
  return findings > 0 ? 1 : 0;
}
