import { defineConfig } from 'vitest/config';

// Browser tests: the built test extension in Debian's Chromium. One browser at a time (2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
