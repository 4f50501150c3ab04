import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';
import { PRODUCTION_ORIGIN, PRODUCTION_PORT } from '../e2e/env';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Inside dist/, which git, ESLint and Prettier already leave alone; build:e2e empties it again. */
const OUT_DIR = 'dist/production';

/**
 * The production build's smoke test (`npm run test:smoke`): a plain `vite build` and its prerender
 * (not the e2e build, so no `window.__cy`), served by `vite preview` on E2E_PORT + 1, in the same Chromium and settings
 * as the browser tests.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${ROOT}test-results/smoke`,
  workers: 1,
  use: { ...base.use, baseURL: PRODUCTION_ORIGIN },
  webServer: {
    command: [
      `npx vite build --outDir ${OUT_DIR} --emptyOutDir --logLevel error`,
      // As `npm run build` does: the default view prerendered into the page.
      `npx tsx scripts/prerender.ts --out-dir=${OUT_DIR}`,
      `npx vite preview --host 127.0.0.1 --port ${PRODUCTION_PORT} --strictPort --outDir ${OUT_DIR}`,
    ].join(' && '),
    cwd: ROOT,
    url: PRODUCTION_ORIGIN,
    reuseExistingServer: false,
    // The build runs first.
    timeout: 180_000,
  },
});
