/** `npm run bench:large`: benchmarks that need the test environment (WXT's fake browser, fake IndexedDB). */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: { environment: 'node', benchmark: { include: ['tests/bench/large/*.bench.ts'] } },
});
