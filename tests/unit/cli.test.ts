import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

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
    expect(gelieve).toContain('wilt u …?'); // advice only: no one-click replacement
    expect(gelieve).not.toContain('→');
    expect(out).toMatch(new RegExp(`${letter}:3:23  jargon  .+  → terug te sturen`));
    expect(out).toMatch(new RegExp(`${letter}:3:39  abbreviation  .+  → onder andere`));
  });

  it('prints one JSON object per file with --json', async () => {
    const clean = file('schoon.txt', 'Wij bellen u morgen.');
    const { code, out } = await run(['check', '--json', letter, clean]);
    expect(code).toBe(1);
    const [a, b] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.file).toBe(letter);
    expect(a.language).toBe('nl');
    expect(a.findings.map((f: { text: string }) => f.text)).toEqual(['Gelieve', 'te retourneren', 'o.a.']);
    expect(Object.keys(a.stats).sort()).toEqual(['brouwer', 'fleschDouma', 'level', 'sentences', 'syllables', 'words']);
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
});

describe('npx klaretaal (the bin script)', () => {
  it('runs the TypeScript CLI through tsx', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'klaretaal.js');
    const result = await promisify(execFile)(process.execPath, [bin, 'check', '--json', letterPath()]).catch((e) => e);
    expect(result.code ?? 0).toBe(1);
    expect(JSON.parse(result.stdout).findings.length).toBeGreaterThan(0);
  });
});

function letterPath() {
  return file('bin-brief.txt', 'Wij sturen u reeds de brief.');
}
