/**
 * `npm run figure:check`: the diagram's own check. It opens the built app (e2e mode, which exposes
 * `window.__cy`) in Debian's Chromium at the sizes people use it — a 1440×900 laptop, a 1280×720
 * projector in presentation mode, 700×500 and 960×600 embeds — and measures what the canvas drew:
 * label sizes on screen (zoom × font size), how much of the canvas the drawing fills, whether deep
 * links frame what they name, and, with every layer on, edge crossings, node overlaps and edges
 * through nodes. It fails when a target of issue 16 is missed. Run through npm (which builds first):
 *
 *   npm run figure:check [-- --json=figure-results.json] [-- --only=laptop,projector,embed,links,geometry]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startPreview } from './preview.mjs';
import {
  crossings,
  edgesThroughNodes,
  extent,
  fill,
  inside,
  labelSizes,
  median,
  nodeOverlaps,
  overlaps,
  toPage,
  union,
  type Box,
  type Drawing,
  type DrawnNode,
} from './figure/geometry.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.FIGURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 3);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PROBE = readFileSync(join(ROOT, 'scripts/figure/probe.js'), 'utf8');

interface ModelFile {
  layers: { id: string; defaultOn?: boolean }[];
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string; layers: string[] }[];
  tours?: { id: string; steps: { focus?: string[] }[] }[];
}
const MODEL = JSON.parse(readFileSync(join(ROOT, 'data/antidepressants.json'), 'utf8')) as ModelFile;
const ALL_LAYERS = MODEL.layers.map((l) => l.id).join(',');

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
) as Record<string, string>;
const ONLY = new Set((args.only ?? 'laptop,projector,embed,links,geometry').split(','));

interface Row {
  readonly scenario: string;
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly ok: boolean;
  readonly detail?: string;
}
const rows: Row[] = [];
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
function record(scenario: string, measure: string, value: number | string, target: string, ok: boolean, detail = '') {
  rows.push({ scenario, measure, value: typeof value === 'number' ? fmt(value) : value, target, ok, detail });
}

/** A measure that should find nothing: how many pairs it found, and the first few. */
function recordNone(scenario: string, measure: string, found: readonly [string, string][], joiner: string) {
  const first = found
    .slice(0, 6)
    .map((pair) => pair.join(joiner))
    .join(', ');
  record(scenario, measure, found.length, '0', found.length === 0, first);
}

/** Open a URL and wait until the diagram is drawn and the camera has settled. */
async function open(page: Page, query: string): Promise<Drawing> {
  await page.goto(`${ORIGIN}/${query}`);
  await page.waitForFunction(() => Boolean((window as { __cy?: unknown }).__cy));
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ content: PROBE });
  await page.evaluate('window.__figureSettle()');
  const drawing = await page.evaluate<Drawing | null>('window.__figureProbe()');
  if (!drawing) throw new Error(`no diagram at ${query}`);
  return drawing;
}

function labelRows(scenario: string, d: Drawing, min: number, medianAtLeast?: number) {
  const { sizes, hidden } = labelSizes(d);
  const smallest = Math.min(...sizes);
  record(
    scenario,
    'smallest label (px)',
    smallest,
    `≥ ${min}`,
    sizes.length > 0 && smallest >= min - 0.01,
    `${sizes.length} labels drawn, ${hidden} hidden at this zoom`,
  );
  if (medianAtLeast !== undefined) {
    const m = median(sizes);
    record(scenario, 'median label (px)', m, `≥ ${medianAtLeast}`, m >= medianAtLeast - 0.01);
  }
}

/** The page boxes of what a target names: a node's body, or an edge's route and its two ends. */
function namedBoxes(d: Drawing, target: string): Box[] | null {
  if (target.startsWith('edge:')) {
    const id = target.slice(5);
    const strokes = d.edges.filter((e) => e.edgeId === id);
    if (!strokes.length) return null;
    const ends = new Set(strokes.flatMap((s) => [s.source, s.target]));
    const boxes = d.nodes.filter((n) => ends.has(n.id)).map((n) => n.box);
    for (const s of strokes) boxes.push(extent({ nodes: [], edges: [s] })!);
    return boxes.map((b) => toPage(d, b));
  }
  const id = target.replace(/^node:/, '');
  const glyphs = d.nodes.filter((n) => (n.entity ?? n.id) === id);
  return glyphs.length ? glyphs.map((n) => toPage(d, n.box)) : null;
}

/** The labels of what a target names (the node's glyphs, or the edge's two end glyphs), in px on screen. */
function namedLabelSizes(d: Drawing, target: string): number[] {
  let named: (n: DrawnNode) => boolean;
  if (target.startsWith('edge:')) {
    const stroke = d.edges.find((e) => e.edgeId === target.slice(5));
    const ends = new Set(stroke ? [stroke.source, stroke.target] : []);
    named = (n) => ends.has(n.id);
  } else {
    const id = target.replace(/^node:/, '');
    named = (n) => (n.entity ?? n.id) === id;
  }
  return d.nodes.filter((n) => named(n) && n.label.text.trim()).map((n) => n.label.size * d.zoom);
}

/** A deep link: everything it names is drawn, inside the canvas, clear of the caption, readable. */
function checkNamed(d: Drawing, targets: readonly string[], minLabel: number): string | null {
  const view = d.canvas;
  for (const t of targets) {
    const boxes = namedBoxes(d, t);
    if (!boxes) return `${t} is not drawn`;
    const all = union(boxes)!;
    if (!inside(all, view, 1)) return `${t} is outside the canvas`;
    if (d.caption && boxes.some((b) => overlaps(b, d.caption!, 1))) return `${t} is under the tour caption`;
    const small = namedLabelSizes(d, t).filter((s) => s < minLabel - 0.01);
    if (small.length) return `${t}: label ${fmt(Math.min(...small))} px`;
  }
  return null;
}

async function main() {
  const stop = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const at = async (width: number, height: number) =>
      browser.newPage({ viewport: { width, height }, bypassCSP: true });

    if (ONLY.has('laptop')) {
      const page = await at(1440, 900);
      const d = await open(page, '');
      labelRows('laptop 1440×900, default view', d, 12);
      const f = fill(d);
      record('laptop 1440×900, default view', 'drawing fills canvas', `${fmt(f * 100, 0)} %`, '≥ 70 %', f >= 0.7);
      await page.close();
    }

    if (ONLY.has('projector')) {
      const page = await at(1280, 720);
      const d = await open(page, '?theme=projector&present=1');
      labelRows('projector 1280×720, present=1', d, 14, 18);
      const all = await open(page, `?theme=projector&present=1&layers=${ALL_LAYERS}`);
      labelRows('projector 1280×720, present=1, every layer', all, 12);
      await page.close();
    }

    if (ONLY.has('embed')) {
      for (const [w, h] of [
        [700, 500],
        [960, 600],
      ] as const) {
        const page = await at(w, h);
        const d = await open(page, '?embed=1');
        const scenario = `embed ${w}×${h}`;
        labelRows(scenario, d, 9);
        const box = toPage(d, extent(d)!);
        const frame = { x1: 0, y1: 0, x2: w, y2: h };
        const ok = inside(box, d.canvas, 1) && inside(d.canvas, frame, 1);
        record(scenario, 'whole diagram inside the frame', ok ? 'yes' : 'no', 'yes', ok);
        await page.close();
      }
    }

    if (ONLY.has('links')) {
      const failures: string[] = [];
      let checked = 0;
      const check = async (page: Page, query: string, targets: readonly string[]) => {
        const d = await open(page, query);
        const problem = checkNamed(d, targets, 12);
        checked++;
        if (problem) failures.push(`${query}: ${problem}`);
      };
      const laptop = await at(1440, 900);
      const projector = await at(1280, 720);
      for (const tour of MODEL.tours ?? []) {
        for (const [i, step] of tour.steps.entries()) {
          const focus = (step.focus ?? []).map((f) => (f.includes(':') ? f : `node:${f}`));
          await check(laptop, `?tour=${tour.id}&step=${i + 1}`, focus);
          await check(projector, `?theme=projector&present=1&tour=${tour.id}&step=${i + 1}`, focus);
        }
      }
      record(
        'deep links: every tour step (laptop and projector)',
        'framed, readable',
        `${checked - failures.length}/${checked}`,
        'all',
        !failures.length,
      );
      const before = failures.length;
      const checkedBefore = checked;
      for (const node of MODEL.nodes.filter((n) => n.kind !== 'compartment')) {
        await check(laptop, `?select=node:${node.id}`, [`node:${node.id}`]);
        await check(laptop, `?focus=node:${node.id}`, [`node:${node.id}`]);
      }
      for (const edge of MODEL.edges) await check(laptop, `?select=edge:${edge.id}`, [`edge:${edge.id}`]);
      const n = checked - checkedBefore;
      const bad = failures.length - before;
      record('deep links: select= / focus= (laptop)', 'framed, readable', `${n - bad}/${n}`, 'all', bad === 0);
      for (const f of failures.slice(0, Number(process.env.SHOW_FAILURES ?? 12))) console.log(`  ✗ ${f}`);
      if (failures.length > 12) console.log(`  … and ${failures.length - 12} more`);
      await laptop.close();
      await projector.close();
    }

    if (ONLY.has('geometry')) {
      const page = await at(1440, 900);
      const d = await open(page, `?layers=${ALL_LAYERS}`);
      const c = crossings(d);
      const per = c.count / Math.max(1, c.edges);
      record('every layer on', 'crossings per edge', `${fmt(per, 2)} (${c.count}/${c.edges})`, '≤ 0.25', per <= 0.25);
      recordNone('every layer on', 'node overlaps', nodeOverlaps(d), ' × ');
      recordNone('every layer on', 'edges through a node', edgesThroughNodes(d), ' → ');
      await page.close();
    }
  } finally {
    await browser.close();
    stop();
  }

  const width = Math.max(...rows.map((r) => r.scenario.length));
  for (const r of rows) {
    console.log(
      `${r.ok ? '✓' : '✗'} ${r.scenario.padEnd(width)}  ${r.measure.padEnd(32)} ${r.value.padStart(12)}  (${r.target})${r.detail ? `  ${r.detail}` : ''}`,
    );
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 2));
  const failed = rows.filter((r) => !r.ok).length;
  console.log(`\nfigure: ${rows.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
