/**
 * `npm run bench:cli`: the `klaretaal` command on big files, run as a user runs it (a child process: wall time
 * and peak memory), against the bare retext-dutch parse of the same 1 MB text in a child of its own. Shows where
 * MAX_INPUT_MB sits: a file at the limit stays under about 1 GB, a 50 MB file is refused at once. Not a test:
 * it prints numbers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INPUT_MB } from '../../cli/input';
import { dutchText } from './corpus';

const MB = 1024 * 1024;
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'klaretaal-bench-cli-'));

// Peak memory of a child, from inside it: the same number as `/usr/bin/time -f %M` (getrusage), on any system.
const preload = join(dir, 'rss.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.KLARETAAL_RSS, String(process.resourceUsage().maxRSS)));\n",
);

const PARSE = `
import { readFileSync } from 'node:fs';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
const text = readFileSync(process.argv[1], 'utf8');
const bare = unified().use(retextDutch);
bare.runSync(bare.parse(text));
`;

/** Exactly `bytes` of Dutch letter paragraphs: cut after a whole paragraph, filled up with line breaks. */
function textFile(name: string, text: string, bytes: number): string {
  let buffer = Buffer.from(text);
  while (buffer.length < bytes) buffer = Buffer.concat([buffer, Buffer.from('\n\n'), buffer]);
  const cut = buffer.lastIndexOf('\n\n', bytes - 2);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([buffer.subarray(0, cut), Buffer.alloc(bytes - cut, '\n')]));
  return path;
}

interface Run {
  seconds: number;
  rssMb: number;
  status: number | null;
  stderr: string;
}

function run(args: string[]): Run {
  const rssFile = join(dir, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd: root,
    env: { ...process.env, KLARETAAL_RSS: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { seconds, rssMb, status: child.status, stderr: child.stderr };
}

const limit = MAX_INPUT_MB * MB;
console.log(`Writing Dutch letter text: 1 MB, ${MAX_INPUT_MB} MB (the limit) and 50 MB…`);
const corpus = dutchText(Math.ceil(limit / 5.5)); // about 5.7 bytes per word
const files = {
  small: textFile('1mb.txt', corpus, MB),
  limit: textFile('limit.txt', corpus, limit),
  huge: textFile('50mb.txt', corpus, 50 * MB),
};

const bin = join(root, 'bin', 'klaretaal.js');
const reference = run(['--input-type=module', '-e', PARSE, files.small]);
const rows: [string, string, Run][] = [
  ['1 MB', 'retext-dutch parse (reference)', reference],
  ['1 MB', 'klaretaal check', run([bin, 'check', files.small])],
  ['1 MB', 'klaretaal check --json', run([bin, 'check', '--json', files.small])],
  [`${MAX_INPUT_MB} MB`, 'klaretaal check', run([bin, 'check', files.limit])],
  [`${MAX_INPUT_MB} MB`, 'klaretaal check --json', run([bin, 'check', '--json', files.limit])],
  ['50 MB', 'klaretaal check', run([bin, 'check', files.huge])],
];

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
console.log(
  `\n${pad('input', 7)}${pad('run', 32)}${pad('wall s', 9)}${pad('peak MB', 10)}${pad('exit', 6)}vs parse of 1 MB (time, memory)`,
);
for (const [input, label, r] of rows) {
  const ratio = r === reference ? '' : `${num(r.seconds / reference.seconds)}×, ${num(r.rssMb / reference.rssMb)}×`;
  console.log(
    `${pad(input, 7)}${pad(label, 32)}${pad(num(r.seconds, 2), 9)}${pad(num(r.rssMb, 0), 10)}${pad(String(r.status), 6)}${ratio}`,
  );
}
const refused = rows[rows.length - 1][2];
console.log(`\n50 MB: ${refused.stderr.trim().split('\n').join(' / ')}`);
console.log("Wall time includes starting node (and tsx for the CLI); peak MB is the child's max RSS.");
rmSync(dir, { recursive: true, force: true });
