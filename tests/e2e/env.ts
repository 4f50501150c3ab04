/**
 * Where the browser tests find the app and the browser. Both come from the environment so that two
 * checkouts can run their suites side by side: `E2E_PORT` (default 4173) is the app's port (the e2e
 * build), the production build's smoke test uses the port above it, and the cross-origin host pages
 * use the two ports 7 and 8 above it; `CHROMIUM_PATH` (default Debian's `/usr/bin/chromium`) is the
 * browser.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const APP_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
export const PRODUCTION_PORT = E2E_PORT + 1;
export const PRODUCTION_ORIGIN = `http://127.0.0.1:${PRODUCTION_PORT}`;
export const HOST_PORT = E2E_PORT + 7;
export const THIRD_PORT = E2E_PORT + 8;
export { CHROMIUM_PATH } from '../../scripts/chromium.mjs';
