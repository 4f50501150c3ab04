import { defineConfig } from '@playwright/test';
import { APP_ORIGIN, CHROMIUM_PATH, E2E_PORT } from './tests/e2e/env';

const CI = Boolean(process.env.CI);

/** Browser tests in Debian's Chromium (never a downloaded browser) against the built app. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  reporter: CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: APP_ORIGIN,
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: APP_ORIGIN,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
