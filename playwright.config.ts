import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { APP_ORIGIN, CHROMIUM_PATH, E2E_PORT } from './tests/e2e/env';

const CI = Boolean(process.env.CI);

/**
 * Browser tests in Debian's Chromium (never a downloaded browser) against the e2e build (`npm run
 * build:e2e`, which exposes `window.__cy`). On CI a failed test is retried twice, and the first
 * retry records a trace (test-results/…/trace.zip; open it with `npx playwright show-trace`).
 * The production build has its own smoke test: tests/smoke/playwright.config.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  forbidOnly: CI,
  retries: CI ? 2 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: APP_ORIGIN,
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: CI ? 'on-first-retry' : 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: APP_ORIGIN,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
