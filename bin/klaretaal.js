#!/usr/bin/env node
// The command-line tool, built to plain JavaScript by `npm run build:cli` (which `npm ci` runs after installing).

// `klaretaal check … | head` closes the pipe before everything is written: that is what the reader wanted, so
// stop quietly (no stack trace), with the status of what was checked so far, or 1 when cut off mid-way.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 1);
  });
}

const built = new URL('../dist/cli/main.js', import.meta.url);
let cli;
try {
  cli = await import(built.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('Klaretaal is nog niet gebouwd. Voer eerst "npm ci" of "npm run build:cli" uit in de map van Klaretaal.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
