import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_MB } from '../../cli/input';
import { main } from '../../cli/main';
import { nl } from '../../locales/nl';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';

const dir = mkdtempSync(join(tmpdir(), 'klaretaal-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: (async function* () {
      if (stdin) yield Buffer.from(stdin);
    })(),
  });
  return { code, out, err };
}

describe('klaretaal check', () => {
  const letter = file('brief.txt', 'Beste mevrouw,\n\nGelieve het formulier te retourneren, o.a. uw loonbrief.\n');

  it('prints file:line:column  rule  message  → suggestion and exits 1 on findings', async () => {
    const { code, out, err } = await run(['check', letter]);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.trim().split('\n');
    const gelieve = lines.find((l) => l.startsWith(`${letter}:3:1  jargon  `));
    // The label of the first fix: the words it changes, from the first to the last edit.
    expect(gelieve).toContain('→ Stuur het formulier terug');
    expect(out).toMatch(new RegExp(`${letter}:3:23  jargon  .+  → terug te sturen`));
    expect(out).toMatch(new RegExp(`${letter}:3:39  abbreviation  .+  → onder andere`));
    // The last line sums up: findings per rule, the level in words, the body's size, numbers the Dutch way.
    expect(lines.at(-1)).toBe(
      `${letter}: 3 opmerkingen (jargon 2, abbreviation 1) · ${nl.ui.levels.C1.label}: ${nl.ui.levels.C1.note} · 8 woorden, 1 zin, Flesch-Douma 45,4`,
    );
  });

  it('prints one JSON object per file with --json', async () => {
    const clean = file('schoon.txt', 'Wij bellen u morgen.');
    const { code, out } = await run(['check', '--json', letter, clean]);
    expect(code).toBe(1);
    const [a, b] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(a.file).toBe(letter);
    expect(a.language).toBe('nl');
    expect(a.findings.map((f: { text: string }) => f.text)).toEqual(['Gelieve', 'te retourneren', 'o.a.']);
    // The fixes as edits into the file's text: "Gelieve … te retourneren" → "Stuur … terug" is two edits.
    expect(a.findings[0].fixes[0].edits).toHaveLength(2);
    expect(a.findings[2].fixes).toEqual([{ edits: [{ start: 54, end: 58, text: 'onder andere' }] }]);
    expect(Object.keys(a.stats).sort()).toEqual(['brouwer', 'fleschDouma', 'level', 'sentences', 'syllables', 'words']);
    expect(a.stats.level).toBe('C1');
    // The parts of the letter, as offsets into the file's text.
    expect(a.blocks).toEqual([
      { kind: 'greeting', start: 0, end: 14 },
      { kind: 'body', start: 16, end: 72 },
    ]);
    expect(b).toMatchObject({ file: clean, findings: [] });
  });

  it('exits 0 without findings and reads stdin from -', async () => {
    expect((await run(['check', '-'], 'Wij bellen u morgen.')).code).toBe(0);
    const { code, out } = await run(['check', '--json', '-'], 'Wij sturen u reeds de brief.');
    expect(code).toBe(1);
    expect(JSON.parse(out).file).toBe('stdin');
  });

  it('honours --lang', async () => {
    const english = file('en.txt', 'The form was sent by our office in order to utilize the new system.');
    const auto = JSON.parse((await run(['check', '--json', english])).out);
    expect(auto.language).toBe('en');
    const forced = JSON.parse((await run(['check', '--json', '--lang', 'nl', english])).out);
    expect(forced.language).toBe('nl');
  });

  it('explains input errors in Dutch and English and exits 2', async () => {
    const missing = await run(['check', join(dir, 'bestaat-niet.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Bestand niet gevonden');
    expect(missing.err).toContain('File not found');

    const binary = await run(['check', file('foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))]);
    expect(binary.code).toBe(2);
    expect(binary.err).toContain('geen tekstbestand');

    const latin1 = await run(['check', file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))]);
    expect(latin1.code).toBe(2);
    expect(latin1.err).toContain('geen geldige UTF-8');
    expect(latin1.err).toContain('not valid UTF-8');

    mkdirSync(join(dir, 'map'), { recursive: true });
    expect((await run(['check', join(dir, 'map')])).err).toContain('geen bestand maar een map');
  });

  it('still checks the good files when one input is bad', async () => {
    const { code, out, err } = await run(['check', '--json', join(dir, 'weg.txt'), letter]);
    expect(code).toBe(2);
    expect(err).toContain('Bestand niet gevonden');
    expect(JSON.parse(out).file).toBe(letter);
  });

  it('explains usage errors and exits 2', async () => {
    for (const argv of [[], ['lint', 'a.txt'], ['check'], ['check', '--lang', 'fr', 'a.txt'], ['check', '--wat', 'a.txt']]) {
      const { code, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.length).toBeGreaterThan(10);
    }
    expect((await run(['--help'])).code).toBe(0);
  });

  it('reads a UTF-8 byte-order mark, CRLF line ends and keeps columns right', async () => {
    const bom = file('bom.txt', '\uFEFFBeste mevrouw,\r\n\r\nWij sturen u reeds de brief.\r\n');
    const { out } = await run(['check', bom]);
    expect(out).toMatch(new RegExp(`${bom}:3:14  jargon`));
  });

  it('reads UTF-16 with a byte-order mark (little and big endian)', async () => {
    const utf16 = Buffer.from('\uFEFFBeste mevrouw,\r\n\r\nWij sturen u reeds de brief.\r\n', 'utf16le');
    for (const [name, bytes] of [
      ['le.txt', utf16],
      ['be.txt', Buffer.from(utf16).swap16()],
    ] as const) {
      const path = file(name, bytes);
      const { code, out, err } = await run(['check', path]);
      expect(err).toBe('');
      expect(code).toBe(1);
      expect(out).toMatch(new RegExp(`${path}:3:14  jargon`));
    }
  });

  it(`refuses a file above ${MAX_INPUT_MB} MB without reading it`, async () => {
    // A sparse file: it takes no disk space, and read it would be NUL bytes ("geen tekstbestand").
    const big = file('groot.txt', '');
    truncateSync(big, 50 * 1024 * 1024);
    const { code, out, err } = await run(['check', big, letter]);
    expect(code).toBe(2);
    expect(err).toBe(nl.cli.tooLarge(big, MAX_INPUT_MB) + '\n');
    expect(err).toContain(`tot ${MAX_INPUT_MB} MB`);
    expect(err).toContain(`up to ${MAX_INPUT_MB} MB`);
    expect(out).toContain(`${letter}:3:1  jargon`); // the other file is still checked
  });

  it(`stops reading standard input as soon as it passes ${MAX_INPUT_MB} MB`, async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let pulled = 0;
    const stdin = (async function* () {
      for (; pulled < 50;) {
        pulled++;
        yield chunk;
      }
    })();
    let err = '';
    const code = await main(['check', '-'], { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, stdin });
    expect(code).toBe(2);
    expect(err).toContain('stdin is te groot');
    expect(pulled).toBe(MAX_INPUT_MB + 1);
  });

  it('prints control characters in file names escaped', async () => {
    const name = file('brief\u001b[31m\u202e.txt', 'Wij sturen u reeds de brief.');
    const escaped = name.replace('\u001b', '\\u001b').replace('\u202e', '\\u202e');
    const human = await run(['check', name]);
    expect(human.out.startsWith(`${escaped}:1:14  jargon`)).toBe(true);
    // eslint-disable-next-line no-control-regex -- these tests look for control characters
    expect(human.out).not.toMatch(/[\u001b\u202e]/);
    // JSON keeps the real name (JSON.stringify escapes the control characters itself).
    const json = await run(['check', '--json', name]);
    expect(json.out).toContain('\\u001b');
    expect(JSON.parse(json.out).file).toBe(name);

    for (const argv of [
      ['check', join(dir, 'weg\u0007\n.txt')],
      ['check', '--wat\u001b', 'a.txt'],
      ['lint\u001b', 'a.txt'],
    ]) {
      const { code, err } = await run(argv);
      expect(code).toBe(2);
      expect(err).toMatch(/\\u00(07|1b)/);
      // eslint-disable-next-line no-control-regex -- these tests look for control characters
      expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/); // only the line breaks of the message itself
    }
  });
});

describe('npx klaretaal (the bin script)', () => {
  it('runs the built CLI', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'klaretaal.js');
    const result = await promisify(execFile)(process.execPath, [bin, 'check', '--json', letterPath()]).catch((e) => e);
    expect(result.code ?? 0).toBe(1);
    expect(JSON.parse(result.stdout).findings.length).toBeGreaterThan(0);
  });

  it('ends quietly when the reader closes the pipe (| head -1)', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'klaretaal.js');
    // Officialese letters: about 4 lines of output per 1 KB, far more than a pipe buffers.
    const big = file(
      'veel-brieven.txt',
      Array.from({ length: 60 }, (_, i) => EXAMPLE_LETTERS[i % EXAMPLE_LETTERS.length].text).join('\n\n'),
    );
    const child = spawn(process.execPath, [bin, 'check', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy()); // like `head -1`: read a little, then close
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(err).toBe('');
    expect(signal).toBeNull();
    expect(code).toBe(1);
  });
});

function letterPath() {
  return file('bin-brief.txt', 'Wij sturen u reeds de brief.');
}
