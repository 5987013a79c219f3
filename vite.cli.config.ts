/**
 * `npm run build:cli`: the command-line tool as plain JavaScript for Node (dist/cli/main.js), built by the
 * same Vite as the extension. Packages stay imports (they are in node_modules); our own code and the word
 * data are bundled. Runs after `npm ci` (postinstall), so `npx klaretaal` works at once.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
  publicDir: false,
  logLevel: 'warn',
});
