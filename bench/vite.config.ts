/**
 * The micro-benchmark page (bench/index.html), a separate Vite entry built to bench-results/page/
 * (ignored by git, ESLint and Prettier) and served by scripts/bench.mjs at /bench/.
 *
 *   vite build --config bench/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../bench-results/page', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
