// Lighthouse 12.8.2 through npx (never a dependency of the project: see docs/performance.md),
// mobile (its default: simulated slow 4G and 4× CPU slowdown) and --preset=desktop, in Debian's
// Chromium. A failure (npx cannot fetch it, Chromium does not start…) is reported, not thrown.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { median } from './stats.mjs';

const VERSION = '12.8.2';
const CHROME_FLAGS = CHROMIUM_ARGS.join(' ');

function run(args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn('npx', args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutMs / 1000} s)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, output: String(err) });
    });
  });
}

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

async function runOnce(url, file, form, timeoutMs) {
  rmSync(file, { force: true });
  const started = Date.now();
  const { code, output } = await run(
    [
      '--yes',
      `lighthouse@${VERSION}`,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ],
    timeoutMs,
  );
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0 || !existsSync(file)) {
    const tail = output.trim().split('\n').slice(-6).join('\n');
    return { error: `lighthouse exited with ${code}: ${tail}`, seconds };
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => {
    const value = report.categories?.[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  return {
    version: report.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, report.audits?.[id]?.numericValue ?? null]),
    ),
    // The longest main-thread task while the page loads (Lighthouse's long-tasks audit; on mobile,
    // under its 4× CPU slowdown).
    longestTask: Math.max(0, ...(report.audits?.['long-tasks']?.details?.items ?? []).map((t) => t.duration)),
    runtimeError: report.runtimeError?.message ?? null,
    seconds,
    report: file,
  };
}

/**
 * `runs` runs per form (mobile, then desktop); each score and each metric is reported as its median
 * over the runs (the mobile figures move with the machine's load), with every run's performance
 * score alongside. The reports stay in `outDir`.
 */
export async function lighthouse(url, outDir, { runs: count = 3, timeoutMs = 240_000, log } = {}) {
  const results = {};
  for (const form of ['mobile', 'desktop']) {
    const runs = [];
    for (let i = 0; i < count; i++) {
      const result = await runOnce(url, join(outDir, `lighthouse-${form}-${i + 1}.json`), form, timeoutMs);
      if (result.error) {
        log?.(`  lighthouse ${form}: FAILED (${result.error.split('\n').pop()})`);
        if (!runs.length) runs.push(result);
        break;
      }
      runs.push(result);
      log?.(
        `  lighthouse ${form} run ${i + 1}: performance ${result.performance}, accessibility ${result.accessibility}, FCP ${Math.round(result.metrics.fcp)} ms, LCP ${Math.round(result.metrics.lcp)} ms, TBT ${Math.round(result.metrics.tbt)} ms, CLS ${result.metrics.cls?.toFixed(3)}, longest task ${Math.round(result.longestTask)} ms (${result.seconds.toFixed(0)} s)`,
      );
    }
    const ok = runs.filter((r) => !r.error);
    if (!ok.length) {
      results[form] = runs[0];
      continue;
    }
    const of = (pick) => median(ok.map(pick));
    results[form] = {
      version: ok[0].version,
      runs: ok.length,
      performanceRuns: ok.map((r) => r.performance),
      performance: of((r) => r.performance),
      accessibility: of((r) => r.accessibility),
      bestPractices: of((r) => r.bestPractices),
      seo: of((r) => r.seo),
      metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, of((r) => r.metrics[k])])),
      longestTask: of((r) => r.longestTask),
      reports: ok.map((r) => r.report),
    };
  }
  return results;
}
