// The canvas-sync micro-benchmark: our class toggles against react-cytoscapejs, driven in the
// bench page (bench/main.ts) one fresh page per (size, run, approach). Within a run the approaches
// follow each other in a rotating order, and ratios are taken between results of the same run.
import { median } from './stats.mjs';

/** ours first; rcy-visible is react-cytoscapejs as documented (the list holds what is shown). */
export const APPROACHES = ['ours', 'rcy-visible', 'rcy-classes'];
export const DEFAULT_APPROACHES = ['ours', 'rcy-visible'];

async function runOne(browser, pageUrl, options, timeout) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await page.goto(pageUrl, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => Boolean(window.__bench), null, { timeout });
    const result = await page.evaluate((opts) => window.__bench.run(opts), options);
    if (errors.length) throw new Error(`bench page errors: ${errors.slice(0, 3).join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

function summarise(result) {
  const sync = result.toggles.map((t) => t.sync);
  const painted = result.toggles.map((t) => t.painted);
  const of = (phase, key) => median(result.toggles.filter((t) => t.phase === phase).map((t) => t[key]));
  return {
    construct: result.construct,
    firstPaint: result.firstPaint,
    sync: median(sync),
    painted: median(painted),
    syncOff: of('off', 'sync'),
    syncOn: of('on', 'sync'),
    paintedOff: of('off', 'painted'),
    paintedOn: of('on', 'painted'),
    visibleOff: result.toggles.find((t) => t.phase === 'off')?.visibleEdges ?? null,
    visibleOn: result.toggles.find((t) => t.phase === 'on')?.visibleEdges ?? null,
  };
}

export async function measureMicro(
  browser,
  { pageUrl, sizes, runs, approaches = DEFAULT_APPROACHES, cycles = 10, timeout = 120_000, log },
) {
  const baselines = approaches.filter((a) => a !== 'ours');
  const out = [];
  for (const nodes of sizes) {
    const runsOut = [];
    for (let run = 0; run < runs; run++) {
      const order = approaches.map((_, i) => approaches[(i + run) % approaches.length]);
      const byApproach = {};
      for (const approach of order) {
        const result = await runOne(browser, pageUrl, { nodes, approach, cycles }, timeout);
        byApproach[approach] = { ...summarise(result), edges: result.edges, strokes: result.strokes };
      }
      const ours = byApproach.ours;
      const ratios = {};
      for (const approach of baselines) {
        const base = byApproach[approach];
        if (base.visibleOff !== ours.visibleOff || base.visibleOn !== ours.visibleOn)
          throw new Error(
            `n=${nodes}: ${approach} shows ${base.visibleOff}/${base.visibleOn} edges, ours ${ours.visibleOff}/${ours.visibleOn}`,
          );
        ratios[approach] = {
          sync: base.sync / ours.sync,
          painted: base.painted / ours.painted,
        };
      }
      runsOut.push({ order, byApproach, ratios });
      log?.(
        `  n=${nodes} run ${run + 1}/${runs}: sync ${approaches.map((a) => `${a} ${byApproach[a].sync.toFixed(2)} ms`).join(', ')}; painted ${approaches.map((a) => `${a} ${byApproach[a].painted.toFixed(0)} ms`).join(', ')}`,
      );
    }
    const summary = {};
    for (const approach of approaches) {
      const rs = runsOut.map((r) => r.byApproach[approach]);
      summary[approach] = Object.fromEntries(
        ['construct', 'firstPaint', 'sync', 'painted', 'syncOff', 'syncOn', 'paintedOff', 'paintedOn'].map((k) => [
          k,
          median(rs.map((r) => r[k])),
        ]),
      );
    }
    const ratios = {};
    for (const approach of baselines) {
      ratios[approach] = {
        sync: median(runsOut.map((r) => r.ratios[approach].sync)),
        painted: median(runsOut.map((r) => r.ratios[approach].painted)),
      };
    }
    const first = runsOut[0].byApproach.ours;
    out.push({
      nodes,
      edges: first.edges,
      strokes: first.strokes,
      visibleStrokes: { on: first.visibleOn, off: first.visibleOff },
      summary,
      ratios,
      runs: runsOut,
    });
  }
  return out;
}
