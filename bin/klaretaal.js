#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx klaretaal` works right after `npm ci` without a build step.
import { register } from 'tsx/esm/api';

// `klaretaal check … | head` closes the pipe before everything is written: that is what the reader wanted, so
// stop quietly (no stack trace), with the status of what was checked so far, or 1 when cut off mid-way.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 1);
  });
}

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
