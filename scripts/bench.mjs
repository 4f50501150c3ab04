// `npm run bench`: a real-browser benchmark of the production build in Debian's Chromium.
// Run it through npm, which first builds dist/ in e2e mode (window.__cy exposed). What each number
// means, and the latest figures: docs/performance.md. Not part of `npm test`.
//
//   node scripts/bench.mjs [--runs=3] [--only=app,micro,memory,networks,bundle,lighthouse]
//                          [--app-sizes=500,2000,5000] [--micro-sizes=200,500,2000,5000]
//                          [--network-sizes=500,2000,3000,5000,10000] [--network-timeout=240]
//                          [--baselines=all]   (adds react-cytoscapejs with hidden-class elements)
//                          [--app-dir=path]    (measure another build, e.g. an older commit's)
//                          [--webgl]           (also the large networks with Cytoscape's WebGL renderer)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureApp, measureMemory } from './bench/app.mjs';
import { measureNetwork } from './bench/networks.mjs';
import { bundleReport, shellComposition } from './bench/bundle.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { APPROACHES, DEFAULT_APPROACHES, measureMicro } from './bench/micro.mjs';
import { serveStatic } from './bench/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { fmt, kB, MB, table } from './bench/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-results');
const BROWSER = CHROMIUM_PATH;
const ARGS = CHROMIUM_ARGS;
const TARGETS = {
  heapBuiltInMB: 50,
  toggleSyncSpeedup: 3,
  initialJsGzipKB: 120,
  lighthouseDesktop: 100,
  lighthouseMobile: 98,
  accessibility: 100,
  mobileFcpMs: 1200,
  mobileLcpMs: 1500,
  mobileTbtMs: 100,
  mobileCls: 0.02,
  mobileLongestTaskMs: 200,
  networkDrawnSeconds: 5,
  networkLongestTaskMs: 500,
  networkToggleMs: 300,
  networkHeapMB: 300,
};

const opts = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [k, v = 'true'] = arg.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const list = (v, fallback) => (v ? v.split(',').map((s) => s.trim()) : fallback);
const RUNS = Math.max(1, Number(opts.runs ?? 3));
const ONLY = new Set(list(opts.only, ['app', 'micro', 'memory', 'networks', 'bundle', 'lighthouse']));
const APP_SIZES = list(opts['app-sizes'], ['500', '2000', '5000']).map(Number);
const NETWORK_SIZES = list(opts['network-sizes'], ['500', '2000', '3000', '5000', '10000']).map(Number);
const NETWORK_TIMEOUT = Number(opts['network-timeout'] ?? 240) * 1000;
const MICRO_SIZES = list(opts['micro-sizes'], ['200', '500', '2000', '5000']).map(Number);
const APPROACHES_RUN = opts.baselines === 'all' ? APPROACHES : DEFAULT_APPROACHES;
// A partial run (--only, other sizes, fewer runs) does not replace the figures of the last full one.
const FULL =
  !opts.only &&
  !opts['app-sizes'] &&
  !opts['micro-sizes'] &&
  !opts['network-sizes'] &&
  !opts['app-dir'] &&
  !opts.webgl &&
  RUNS >= 3;

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

function step(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed (${res.status})`);
  }
  return res.stdout;
}

function chromiumVersion() {
  const res = spawnSync(BROWSER, ['--version'], { encoding: 'utf8' });
  return (res.stdout ?? '').trim() || null;
}

async function main() {
  const dist = opts['app-dir'] ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} has no build: run \`npm run bench\` (it builds it)`);
  const entry = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  if (!entry.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes('__cy')))
    throw new Error('dist/ was not built with --mode e2e (window.__cy missing): run `npm run bench`');

  mkdirSync(OUT, { recursive: true });
  // A snapshot of the build: other work in this tree may rebuild dist/ while the bench runs.
  const app = join(OUT, 'app');
  rmSync(app, { recursive: true, force: true });
  cpSync(dist, app, { recursive: true });

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      browser: chromiumVersion(),
      flags: ARGS,
      rendering: 'headless Chromium, --disable-gpu (software rendering)',
      viewport: '1280×800',
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    runs: RUNS,
  };

  const needBrowser = ['app', 'micro', 'memory', 'networks'].some((k) => ONLY.has(k));
  let server = null;
  let browser = null;
  try {
    if (needBrowser || ONLY.has('lighthouse')) {
      if (ONLY.has('micro')) {
        log('building the micro-benchmark page (bench/ → bench-results/page/)');
        step(process.execPath, [
          join(ROOT, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          'bench/vite.config.ts',
        ]);
      }
      const appSizes = ONLY.has('app') || ONLY.has('memory') ? APP_SIZES : [];
      if (appSizes.length) {
        log(`generating models of ${appSizes.join(', ')} nodes (bench-results/models/)`);
        results.models = JSON.parse(
          step(join(ROOT, 'node_modules/.bin/tsx'), [
            'scripts/bench/write-models.ts',
            join(OUT, 'models'),
            ...appSizes.map(String),
          ]),
        ).map(({ file: _file, ...m }) => m);
      }
      server = await serveStatic({ '/': app, '/bench/': join(OUT, 'page'), '/bench-models/': join(OUT, 'models') });
      log(`serving the build at ${server.origin}/`);
    }
    if (needBrowser) {
      browser = await chromium.launch({ executablePath: BROWSER, headless: true, args: ARGS });
      const models = [
        { name: 'built-in', url: `${server.origin}/` },
        ...APP_SIZES.map((n) => ({ name: `n${n}`, url: `${server.origin}/?pathway=bench-models/n${n}.json` })),
      ];

      if (ONLY.has('app')) {
        log(`app: load, toggle, select (${RUNS} fresh pages per model)`);
        results.app = [];
        for (const model of models) results.app.push(await measureApp(browser, { ...model, runs: RUNS, log }));
      }
      if (ONLY.has('micro')) {
        log(`micro: ours vs react-cytoscapejs, 10 off/on cycles, ${RUNS} runs per size`);
        results.micro = await measureMicro(browser, {
          pageUrl: `${server.origin}/bench/index.html`,
          sizes: MICRO_SIZES,
          runs: RUNS,
          approaches: APPROACHES_RUN,
          log,
        });
      }
      if (ONLY.has('memory')) {
        log('memory: JS heap after load and after 100 toggles');
        results.memory = [];
        const largest = models[models.length - 1];
        for (const model of largest === models[0] ? [models[0]] : [models[0], largest])
          results.memory.push(await measureMemory(browser, { ...model, toggles: 100, log }));
      }
      if (ONLY.has('networks')) {
        const networks = JSON.parse(
          step(join(ROOT, 'node_modules/.bin/tsx'), [
            'scripts/bench/write-networks.ts',
            join(OUT, 'networks'),
            ...NETWORK_SIZES.map(String),
          ]),
        );
        const real = networks.filter((n) => n.real);
        log(
          `networks: ${networks.length} GraphML files opened with Open… (${RUNS} fresh pages each)` +
            (real.length ? '' : '; no real network in bench/networks/ (see its SOURCES.md)'),
        );
        results.networks = [];
        for (const n of networks) {
          const measured = await measureNetwork(browser, {
            name: n.name,
            url: `${server.origin}/`,
            file: n.file,
            nodes: n.nodes,
            runs: RUNS,
            timeout: NETWORK_TIMEOUT,
            log,
          });
          results.networks.push({ ...measured, edges: n.edges, bytes: n.bytes, real: n.real });
          if (opts.webgl) {
            const gl = await measureNetwork(browser, {
              name: `${n.name} (WebGL)`,
              url: `${server.origin}/`,
              file: n.file,
              nodes: n.nodes,
              runs: RUNS,
              timeout: NETWORK_TIMEOUT,
              webgl: true,
              log,
            });
            results.networks.push({ ...gl, edges: n.edges, bytes: n.bytes, real: n.real, webgl: true });
          }
        }
      }
      await browser.close();
      browser = null;
    }
    if (ONLY.has('bundle')) {
      log('bundle: gzip sizes from the build, and what the entry chunk is made of');
      results.bundle = bundleReport(app);
      results.bundle.composition = await shellComposition(ROOT, results.bundle.initialJsGzip);
    }
    if (ONLY.has('lighthouse')) {
      log('lighthouse 12.8.2 (npx), mobile and desktop');
      const reports = join(OUT, FULL ? 'lighthouse' : 'lighthouse-partial');
      rmSync(reports, { recursive: true, force: true });
      mkdirSync(reports, { recursive: true });
      results.lighthouse = await lighthouse(`${server.origin}/`, reports, { runs: 3, log });
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close();
  }

  results.seconds = (Date.now() - started) / 1000;
  results.machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  results.targets = evaluateTargets(results);
  const file = FULL ? 'latest.json' : 'latest-partial.json';
  results.full = FULL;
  writeFileSync(join(OUT, file), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  log(`wrote bench-results/${file} (${results.seconds.toFixed(0)} s in all)`);
}

function evaluateTargets(r) {
  const out = [];
  const add = (name, target, value, met, note = '') =>
    out.push({ name, target, value, met: value === null || value === undefined ? null : met, note });

  const flat = (m) => m.steadyGrowth !== null && m.steadyGrowth <= Math.max(1e6, 0.02 * m.warm.usedSize);
  const builtIn = r.memory?.find((m) => m.name === 'built-in');
  if (builtIn) {
    const peak = Math.max(builtIn.before.usedSize, builtIn.after.usedSize) / 1e6;
    add('JS heap, built-in model', `≤ ${TARGETS.heapBuiltInMB} MB`, peak, peak <= TARGETS.heapBuiltInMB);
  }
  for (const m of r.memory ?? []) {
    add(
      `heap flat over toggles ${m.warmup}→${m.toggles} (${m.name})`,
      'growth ≤ max(1 MB, 2 %)',
      MB(m.steadyGrowth),
      flat(m),
      `load → ${m.toggles} toggles: ${fmt(MB(m.growth))} MB (${fmt(m.growthPercent)} %), mostly the first ${m.warmup} toggles`,
    );
  }
  const at2000 = r.micro?.find((m) => m.nodes === 2000);
  if (at2000) {
    const entries = Object.entries(at2000.ratios);
    const weakest = Math.min(...entries.map(([, x]) => x.sync));
    add(
      'toggle sync vs react-cytoscapejs at 2,000 nodes',
      `≥ ${TARGETS.toggleSyncSpeedup}× faster`,
      weakest,
      weakest >= TARGETS.toggleSyncSpeedup,
      entries.map(([name, x]) => `${name} ${fmt(x.sync)}×`).join(', '),
    );
  }
  const target = r.networks?.find((n) => n.name === 'network 3000');
  if (target) {
    const note = `generated, ${target.nodes} nodes, ${target.edges} edges`;
    for (const [name, unit, value, limit] of [
      [
        '3,000-node network drawn after the file is chosen',
        's',
        target.drawn && target.drawn / 1000,
        TARGETS.networkDrawnSeconds,
      ],
      ['longest main-thread task while it loads', 'ms', target.longestTask, TARGETS.networkLongestTaskMs],
      ['layer toggle painted, 3,000 nodes', 'ms', target.toggle, TARGETS.networkToggleMs],
    ])
      add(name, `≤ ${limit} ${unit}`, value, value <= limit, note);
  }
  const largest = r.networks?.find((n) => n.name === 'network 10000');
  if (largest) {
    const mb = MB(largest.heap);
    add('JS heap at 10,000 nodes', `≤ ${TARGETS.networkHeapMB} MB`, mb, mb <= TARGETS.networkHeapMB);
  }
  if (r.bundle) {
    const v = kB(r.bundle.initialJsGzip);
    add('initial JS (gzip -9)', `≤ ${TARGETS.initialJsGzipKB} kB`, v, v <= TARGETS.initialJsGzipKB);
  }
  if (r.lighthouse) {
    const d = r.lighthouse.desktop;
    const m = r.lighthouse.mobile;
    const runs = (l) => `median of ${l?.performanceRuns?.join(', ') ?? '–'}`;
    add(
      'Lighthouse performance, desktop',
      `≥ ${TARGETS.lighthouseDesktop}`,
      d?.performance,
      d?.performance >= TARGETS.lighthouseDesktop,
      runs(d),
    );
    add(
      'Lighthouse performance, mobile',
      `≥ ${TARGETS.lighthouseMobile}`,
      m?.performance,
      m?.performance >= TARGETS.lighthouseMobile,
      runs(m),
    );
    add('Lighthouse accessibility, desktop', '= 100', d?.accessibility, d?.accessibility >= TARGETS.accessibility);
    add('Lighthouse accessibility, mobile', '= 100', m?.accessibility, m?.accessibility >= TARGETS.accessibility);
    for (const [name, value, limit] of [
      ['mobile first contentful paint (ms)', m?.metrics?.fcp, TARGETS.mobileFcpMs],
      ['mobile largest contentful paint (ms)', m?.metrics?.lcp, TARGETS.mobileLcpMs],
      ['mobile total blocking time (ms)', m?.metrics?.tbt, TARGETS.mobileTbtMs],
      ['mobile cumulative layout shift', m?.metrics?.cls, TARGETS.mobileCls],
      ['mobile longest task while loading (ms, 4× CPU)', m?.longestTask, TARGETS.mobileLongestTaskMs],
    ])
      add(`Lighthouse ${name}`, `≤ ${limit}`, value, value <= limit, 'median of the runs');
  }
  return out;
}

function report(r) {
  const parts = [
    `\nPathway Layers benchmark — ${r.date}\n${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.browser}, ${r.machine.rendering}, ${r.machine.viewport}; median of ${r.runs} fresh page(s); load average ${r.machine.loadAverageAtStart[0]} at start, ${r.machine.loadAverageAtEnd?.[0]} at end.`,
  ];
  if (r.app)
    parts.push(
      table(
        'App (production build, e2e mode): ms',
        ['model', 'nodes', 'strokes', 'load → first paint', 'toggle → painted', 'edge click → details'],
        r.app.map((a) => [a.name, a.nodes, a.strokes, fmt(a.firstPaint), fmt(a.toggle), fmt(a.select)]),
      ),
    );
  if (r.networks)
    parts.push(
      table(
        'Large networks opened with Open… (GraphML, no positions): drawn = file chosen → complete diagram painted',
        ['network', 'nodes', 'edges', 'strokes', 'drawn s', 'longest task ms', 'toggle → painted ms', 'heap MB'],
        r.networks.map((n) =>
          n.finished
            ? [
                n.name,
                n.nodes,
                n.edges,
                n.strokes,
                fmt(n.drawn / 1000),
                fmt(n.longestTask),
                fmt(n.toggle),
                fmt(MB(n.heap)),
              ]
            : [n.name, n.nodes, n.edges, '–', 'not drawn in time'],
        ),
      ),
    );
  if (r.micro) {
    const names = Object.keys(r.micro[0]?.summary ?? {});
    const bases = names.filter((n) => n !== 'ours');
    parts.push(
      table(
        'Toggle one layer, 10 off/on cycles (ours = class toggles in cy.batch; rcy-* = react-cytoscapejs 2.0.0): ms; ratio = rcy ÷ ours, per run',
        [
          'nodes',
          'strokes',
          ...names.map((n) => `sync ${n}`),
          ...bases.map((n) => `sync ratio ${n}`),
          ...names.map((n) => `painted ${n}`),
          ...bases.map((n) => `painted ratio ${n}`),
          ...names.map((n) => `first paint ${n}`),
        ],
        r.micro.map((m) => [
          m.nodes,
          m.strokes,
          ...names.map((n) => fmt(m.summary[n]?.sync)),
          ...bases.map((n) => `${fmt(m.ratios[n]?.sync)}×`),
          ...names.map((n) => fmt(m.summary[n]?.painted)),
          ...bases.map((n) => `${fmt(m.ratios[n]?.painted)}×`),
          ...names.map((n) => fmt(m.summary[n]?.firstPaint)),
        ]),
      ),
    );
  }
  if (r.bundle) {
    const b = r.bundle;
    parts.push(
      table(
        'Bundle (gzip -9, node zlib): kB',
        ['chunk', 'loaded', 'raw', 'gzip'],
        [
          ...b.initialJs.map((c) => [c.file, 'initial', fmt(kB(c.raw)), fmt(kB(c.gzip))]),
          ['initial JS total', 'initial', fmt(kB(b.initialJsRaw)), fmt(kB(b.initialJsGzip))],
          ...b.initialCss.map((c) => [c.file, 'initial CSS', fmt(kB(c.raw)), fmt(kB(c.gzip))]),
          ...b.engineJs.map((c) => [c.file, 'preloaded, after the shell', fmt(kB(c.raw)), fmt(kB(c.gzip))]),
          ...b.lazyJs.map((c) => [c.file, 'lazy', fmt(kB(c.raw)), fmt(kB(c.gzip))]),
        ],
      ),
    );
    if (Array.isArray(b.composition))
      parts.push(
        table(
          'Shell by package (each module minified + gzipped alone, scaled to the shell gzip size)',
          ['package / folder', 'share', '≈ gzip kB'],
          b.composition.slice(0, 10).map((c) => [c.group, `${fmt(c.share * 100)} %`, fmt(kB(c.gzipEstimate))]),
        ),
      );
  }
  if (r.memory)
    parts.push(
      table(
        'JS heap after forced GC (Runtime.getHeapUsage): MB',
        [
          'model',
          'after load',
          'after 10 toggles',
          'after 100 toggles',
          'growth load→100',
          'growth 10→100',
          'toggling took s',
        ],
        r.memory.map((m) => [
          m.name,
          fmt(MB(m.before.usedSize)),
          fmt(MB(m.warm?.usedSize)),
          fmt(MB(m.after.usedSize)),
          `${fmt(MB(m.growth))} (${fmt(m.growthPercent)} %)`,
          fmt(MB(m.steadyGrowth)),
          fmt(m.toggleSeconds),
        ]),
      ),
    );
  if (r.lighthouse)
    parts.push(
      table(
        'Lighthouse 12.8.2 (built-in model; each figure the median of the runs)',
        [
          'form',
          'runs',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
          'longest task ms',
        ],
        Object.entries(r.lighthouse).map(([form, l]) =>
          l.error
            ? [form, '–', `failed: ${l.error.split('\n')[0].slice(0, 60)}`]
            : [
                form,
                (l.performanceRuns ?? [l.performance]).join(' / '),
                fmt(l.performance),
                fmt(l.accessibility),
                fmt(l.bestPractices),
                fmt(l.seo),
                fmt(l.metrics.fcp),
                fmt(l.metrics.lcp),
                fmt(l.metrics.tbt),
                fmt(l.metrics.cls),
                fmt(l.longestTask),
              ],
        ),
      ),
    );
  if (r.targets?.length)
    parts.push(
      table(
        'Targets',
        ['target', 'wanted', 'measured', 'result', 'note'],
        r.targets.map((t) => [
          t.name,
          t.target,
          fmt(t.value),
          t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED',
          t.note,
        ]),
      ),
    );
  return parts.join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
