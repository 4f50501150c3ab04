// Debian's Chromium, as every browser run of the project starts it (browser tests, the production
// smoke test, the benchmark, Lighthouse, screenshots): one list of flags, one path.
// CHROMIUM_PATH overrides the path; without the background-networking flags this machine's closed
// network refuses Chromium's own connections.

/** The browser: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (root), no GPU, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
