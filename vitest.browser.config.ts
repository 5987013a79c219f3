import { defineConfig } from 'vitest/config';

// Browser tests: the built test extensions in Debian's Chromium and Firefox ESR. Two test files at a time, each
// with its own browsers, profiles and fixture server: most of a browser test is waiting (for the pause after
// typing, a check, a page load), so two at once take about 4.6 minutes on 2 cores instead of 6.5 to 7.5.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // What a page shows a moment after a write or a check (a live query of 10,000 words, the next underline) can take
    // more than expect.poll's default second when two browsers share two busy cores; a wrong value still fails.
    expect: { poll: { timeout: 5_000 } },
    // Screenshots attached to tests (annotate) are copied here, with the other artifacts of the browser tests.
    attachmentsDir: 'tests/browser/.artifacts/attachments',
  },
});
