/**
 * Setup of every unit test (both the node and the jsdom project): fast-check's seed, and a fresh
 * store after each test.
 *
 * fast-check seed: fixed on CI (when `CI` is set), so a red build is the same red build when run
 * again; random locally, so every local run explores new cases. `FC_SEED=<n>` replays a run (and
 * `FC_PATH=<path>` jumps straight to the failing case; use it with `-t` on that one test). When a
 * property fails, the line to replay it is printed under the failure.
 */
import fc from 'fast-check';
import { afterEach, beforeEach } from 'vitest';
import { resetAppStore } from '../../src/store/store';

/** Any fixed 32-bit integer: changing it makes CI explore a different (but again fixed) set of cases. */
const CI_SEED = 20_261_210;

const isCi = (value = process.env.CI) => value !== undefined && !['', '0', 'false'].includes(value);

function seedFromEnv(): number | undefined {
  const given = process.env.FC_SEED;
  if (given === undefined || given === '') return undefined;
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${given}"`);
  return seed;
}

const seed = seedFromEnv() ?? (isCi() ? CI_SEED : (Math.random() * 2 ** 32) | 0);
const path = process.env.FC_PATH || undefined;
fc.configureGlobal({ seed, ...(path === undefined ? {} : { path }) });

beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    // fast-check's own report says "{ seed: …, path: "…" }"; say how to replay it from the shell.
    const report = task.result?.errors?.map((e) => e.message).find((m) => /Property failed after/.test(m));
    if (!report) return;
    const failedSeed = /seed: (-?\d+)/.exec(report)?.[1] ?? String(seed);
    const failedPath = /path: "([^"]*)"/.exec(report)?.[1];
    const where = task.file ? ` ${task.file.name}` : '';
    console.error(
      `fast-check: replay with FC_SEED=${failedSeed}${failedPath ? ` FC_PATH=${failedPath}` : ''} npx vitest run${where} -t ${JSON.stringify(task.name)}`,
    );
  });
});

afterEach(() => {
  resetAppStore();
});
