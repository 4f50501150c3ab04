/**
 * `npm run layout`: lay out a pathway file once, at authoring time, and write the result into it —
 * every placed node's `position`, and a `route` for each edge that a straight line would draw
 * through another node — so the app draws a finished figure with no layout code at run time, and
 * the same picture every time.
 *
 * 1. Bands. The flow reads top to bottom in bands: drugs and treatments; the presynaptic neuron;
 *    the synaptic cleft; the postsynaptic membrane, cytoplasm and nucleus; cellular processes and
 *    adult-born neurons; circuits; behaviour. A node's band comes from its compartment (or, outside
 *    any, its kind).
 * 2. Order. ELK's layered algorithm (elkjs, a dev dependency only) orders the nodes within each
 *    layer to minimise crossings, with the bands as partitions, on the flat graph.
 * 3. Compartments. Within a layer the members of one compartment are kept together, so a
 *    compartment's box (drawn by the canvas around its children) holds nothing else; bands are
 *    spaced so that nested boxes and their titles fit.
 * 4. Routes. Edges are straight; one that would cross another node instead takes an orthogonal
 *    detour through the free space between layers, the one that crosses fewest other edges.
 *
 *   npm run layout [-- data/other.json]          rewrite the file
 *   npm run layout -- --check [data/other.json]  fail if the stored layout is not what the layout gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { COMPARTMENT_PADDING, nodeBox } from '../src/graph/elements.ts';
import { segmentCrossing, segmentHitsBox, type Box, type Point } from './figure/geometry.ts';

interface FileNode {
  id: string;
  label: string;
  kind: string;
  parent?: string;
  position?: Point;
  [key: string]: unknown;
}
interface FileEdge {
  id: string;
  source: string;
  target: string;
  route?: Point[];
  [key: string]: unknown;
}
interface PathwayFile {
  nodes: FileNode[];
  edges: FileEdge[];
  [key: string]: unknown;
}

/** Bands by compartment, outermost first match wins (a node takes the band of its nearest compartment that has one). */
const COMPARTMENT_BAND: Record<string, number> = {
  'serotonin-neuron': 1,
  'presynaptic-terminal': 1,
  'noradrenergic-terminal': 1,
  'synaptic-cleft': 2,
  'plasma-membrane': 3,
  cytoplasm: 4,
  nucleus: 5,
  'postsynaptic-neuron': 6,
  'dentate-gyrus-lineage': 6,
  circuits: 7,
  behaviour: 8,
};
/** Bands by kind, for nodes in no compartment (or one with no band). */
const KIND_BAND: Record<string, number> = {
  drug: 0,
  concept: 0,
  'small-molecule': 1,
  lipid: 3,
  protein: 3,
  complex: 3,
  'cell-type': 6,
  process: 6,
  phenotype: 8,
};

const NODE_GAP = 16;
const LAYER_GAP = 34;
/** Extra room where a band ends and the next begins: compartment borders, padding and titles. */
const BAND_GAP = COMPARTMENT_PADDING.side * 2 + COMPARTMENT_PADDING.top;

const round = (v: number) => Math.round(v * 10) / 10;

function bandOf(n: FileNode, byId: Map<string, FileNode>): number {
  for (let p = n.parent; p; p = byId.get(p)?.parent) {
    const band = COMPARTMENT_BAND[p];
    if (band !== undefined) return band;
  }
  return KIND_BAND[n.kind] ?? 6;
}

/** The chain of compartments around a node, innermost first. */
function chainOf(n: FileNode, byId: Map<string, FileNode>): string[] {
  const out: string[] = [];
  for (let p = n.parent; p && !out.includes(p); p = byId.get(p)?.parent) out.push(p);
  return out;
}

export async function layoutFile(file: PathwayFile): Promise<PathwayFile> {
  const byId = new Map(file.nodes.map((n) => [n.id, n]));
  const parents = new Set(file.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const placed = file.nodes.filter((n) => !parents.has(n.id) && n.kind !== 'compartment');
  const boxes = new Map(placed.map((n) => [n.id, nodeBox(n.label)]));

  const authored = placed.every((n) => n.position);
  if (authored) return routeFile(file, placed, boxes);

  // 1–2. Layers and order from ELK on the flat graph, bands as partitions.
  const seen = new Set<string>();
  const edges: ElkExtendedEdge[] = [];
  for (const e of file.edges) {
    const key = `${e.source}→${e.target}`;
    if (seen.has(key) || e.source === e.target || !boxes.has(e.source) || !boxes.has(e.target)) continue;
    seen.add(key);
    edges.push({ id: e.id, sources: [e.source], targets: [e.target] });
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.spacing.nodeNode': String(NODE_GAP),
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.thoroughness': '100',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.partitioning.activate': 'true',
      'elk.randomSeed': '7',
    },
    children: placed.map((n) => ({
      id: n.id,
      width: boxes.get(n.id)!.width,
      height: boxes.get(n.id)!.height,
      layoutOptions: { 'elk.partitioning.partition': String(bandOf(n, byId)) },
    })),
    edges,
  };
  const out = await new ELK().layout(graph);
  const elk = new Map((out.children ?? []).map((c) => [c.id, c]));

  // Layers: nodes whose ELK boxes share a top edge.
  const layerTops = [...new Set(placed.map((n) => round(elk.get(n.id)!.y ?? 0)))].sort((a, b) => a - b);
  const layerOf = new Map(placed.map((n) => [n.id, layerTops.indexOf(round(elk.get(n.id)!.y ?? 0))]));
  const layers = layerTops.map((_, i) =>
    placed.filter((n) => layerOf.get(n.id) === i).sort((a, b) => (elk.get(a.id)!.x ?? 0) - (elk.get(b.id)!.x ?? 0)),
  );

  // 3. Keep each compartment's members together in a layer: order groups by their mean ELK x.
  const centreX = (n: FileNode) => (elk.get(n.id)!.x ?? 0) + boxes.get(n.id)!.width / 2;
  const x = new Map<string, number>();
  for (const layer of layers) {
    const groups = new Map<string, FileNode[]>();
    for (const n of layer) {
      const key = chainOf(n, byId).reverse().join('/');
      groups.set(key, [...(groups.get(key) ?? []), n]);
    }
    const ordered = [...groups.values()].sort(
      (a, b) => a.reduce((s, n) => s + centreX(n), 0) / a.length - b.reduce((s, n) => s + centreX(n), 0) / b.length,
    );
    // Pack left to right from ELK's positions, pushing right where a node would overlap its left
    // neighbour (wider where two compartments meet, for their borders).
    let right = -Infinity;
    let prevKey = '';
    for (const group of ordered) {
      const key = chainOf(group[0]!, byId).join('/');
      const gap = prevKey === '' ? 0 : key === prevKey ? NODE_GAP : NODE_GAP + COMPARTMENT_PADDING.side * 2 + 8;
      for (const n of group) {
        const w = boxes.get(n.id)!.width;
        const want = centreX(n);
        const cx = Math.max(want, right + (right === -Infinity ? 0 : gap) + w / 2);
        x.set(n.id, cx);
        right = cx + w / 2;
      }
      prevKey = key;
    }
  }

  // Vertical: layer by layer, with room at each band boundary (and where nesting changes).
  const y = new Map<string, number>();
  let top = 0;
  let prevBand = -1;
  for (const layer of layers) {
    const band = Math.min(...layer.map((n) => bandOf(n, byId)));
    if (prevBand >= 0) top += band !== prevBand ? LAYER_GAP + BAND_GAP : LAYER_GAP;
    const height = Math.max(...layer.map((n) => boxes.get(n.id)!.height));
    for (const n of layer) y.set(n.id, top + height / 2);
    top += height;
    prevBand = band;
  }

  const routes = routeEdges(file.edges, placed, layers, x, y, boxes);

  const nodes = file.nodes.map((n) => {
    const { position: _old, ...rest } = n;
    if (!x.has(n.id)) return rest;
    return { ...rest, position: { x: round(x.get(n.id)!), y: round(y.get(n.id)!) } };
  });
  const fileEdges = file.edges.map((e) => {
    const { route: _old, ...rest } = e;
    const route = routes.get(e.id);
    return route ? { ...rest, route } : rest;
  });
  return { ...file, nodes, edges: fileEdges };
}

/** Authored positions: keep them, and route the edges that a straight line would draw through a node. */
function routeFile(
  file: PathwayFile,
  placed: FileNode[],
  boxes: Map<string, { width: number; height: number }>,
): PathwayFile {
  const x = new Map(placed.map((n) => [n.id, n.position!.x]));
  const y = new Map(placed.map((n) => [n.id, n.position!.y]));
  // Rows: nodes whose centres are within 30 units of each other, top to bottom.
  const sorted = [...placed].sort((a, b) => y.get(a.id)! - y.get(b.id)!);
  const rows: FileNode[][] = [];
  for (const n of sorted) {
    const row = rows[rows.length - 1];
    if (row && y.get(n.id)! - y.get(row[0]!.id)! < 30) row.push(n);
    else rows.push([n]);
  }
  const routes = routeEdges(file.edges, placed, rows, x, y, boxes);
  const edges = file.edges.map((e) => {
    const { route: _old, ...rest } = e;
    const route = routes.get(e.id);
    return route ? { ...rest, route } : rest;
  });
  return { ...file, edges };
}

/** 4. Routes: straight unless that crosses another node; then the orthogonal detour that crosses fewest edges. */
function routeEdges(
  fileEdges: FileEdge[],
  placed: FileNode[],
  layers: FileNode[][],
  x: Map<string, number>,
  y: Map<string, number>,
  boxes: Map<string, { width: number; height: number }>,
): Map<string, Point[]> {
  const file = { edges: fileEdges };
  const boxOf = (id: string): Box => {
    const b = boxes.get(id)!;
    return {
      x1: x.get(id)! - b.width / 2,
      y1: y.get(id)! - b.height / 2,
      x2: x.get(id)! + b.width / 2,
      y2: y.get(id)! + b.height / 2,
    };
  };
  const allBoxes = placed.map((n) => ({ id: n.id, box: boxOf(n.id) }));
  const hits = (points: Point[], ends: string[]) =>
    allBoxes.some(
      ({ id, box }) =>
        !ends.includes(id) && points.some((p, i) => i > 0 && segmentHitsBox(points[i - 1]!, p, grow(box, 6))),
    );
  const routes = new Map<string, Point[]>();
  const straight = (e: FileEdge): Point[] => [centre(e.source), centre(e.target)];
  const centre = (id: string): Point => ({ x: x.get(id)!, y: y.get(id)! });
  const drawn = new Map<string, Point[]>();
  for (const e of file.edges) if (x.has(e.source) && x.has(e.target)) drawn.set(e.id, straight(e));
  const gaps = layers.slice(1).map((layer, i) => {
    const above = Math.max(...layers[i]!.map((n) => boxOf(n.id).y2));
    const below = Math.min(...layer.map((n) => boxOf(n.id).y1));
    return (above + below) / 2;
  });
  const crossingsOf = (points: Point[], self: string) => {
    let count = 0;
    for (const [id, other] of drawn) {
      if (id === self) continue;
      for (let i = 1; i < points.length; i++)
        for (let j = 1; j < other.length; j++)
          if (segmentCrossing(points[i - 1]!, points[i]!, other[j - 1]!, other[j]!)) count++;
    }
    return count;
  };
  // Three passes: each detour is chosen again once the others are known, so later routes can make
  // room for earlier ones.
  for (let pass = 0; pass < 3; pass++)
    for (const e of file.edges) {
      if (!drawn.has(e.id)) continue;
      const s = boxOf(e.source);
      const t = boxOf(e.target);
      const line = straight(e);
      if (!hits(line, [e.source, e.target])) continue;
      // Candidates: leave the source downwards (or upwards), run along a gap, enter the target.
      const down = t.y1 >= s.y2;
      const candidates: Point[][] = [];
      const xs = [x.get(e.source)!, ...[-0.3, 0.3].map((f) => x.get(e.source)! + f * (s.x2 - s.x1))];
      const xt = [x.get(e.target)!, ...[-0.3, 0.3].map((f) => x.get(e.target)! + f * (t.x2 - t.x1))];
      for (const gy of gaps) {
        for (const sx of xs) {
          for (const tx of xt) {
            const from = { x: sx, y: down ? s.y2 : s.y1 };
            const to = { x: tx, y: down ? t.y1 : t.y2 };
            if (down ? gy < from.y || gy > to.y : gy > from.y || gy < to.y) continue;
            candidates.push([from, { x: sx, y: gy }, { x: tx, y: gy }, to]);
          }
        }
      }
      // Two-gap detours for long edges: along one gap to a free lane, down the lane, along a later gap.
      const lanes = [...new Set(allBoxes.flatMap(({ box }) => [box.x1 - 9, box.x2 + 9]))];
      const between = gaps.filter((gy) => (down ? gy > s.y2 && gy < t.y1 : gy < s.y1 && gy > t.y2));
      if (!candidates.some((c) => !hits(c, [e.source, e.target]))) {
        for (let i = 0; i < between.length; i++) {
          for (let j = i + 1; j < between.length; j++) {
            for (const lx of lanes) {
              for (const sx of xs) {
                for (const tx of xt) {
                  const g1 = between[down ? i : j]!;
                  const g2 = between[down ? j : i]!;
                  candidates.push([
                    { x: sx, y: down ? s.y2 : s.y1 },
                    { x: sx, y: g1 },
                    { x: lx, y: g1 },
                    { x: lx, y: g2 },
                    { x: tx, y: g2 },
                    { x: tx, y: down ? t.y1 : t.y2 },
                  ]);
                }
              }
            }
          }
        }
      }
      // Gentle bends: one or two points off to the side of the straight line, from centre to centre
      // (the canvas then meets each node's own outline).
      const a = centre(e.source);
      const b = centre(e.target);
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const nx = -(b.y - a.y) / len;
      const ny = (b.x - a.x) / len;
      const at = (t: number, d: number): Point => ({
        x: a.x + (b.x - a.x) * t + nx * d,
        y: a.y + (b.y - a.y) * t + ny * d,
      });
      for (const d of [20, 35, 50, 70, 95, 125, 160, 200, -20, -35, -50, -70, -95, -125, -160, -200]) {
        candidates.push([a, at(0.5, d), b]);
        candidates.push([a, at(0.3, d), at(0.7, d), b]);
        candidates.push([a, at(0.15, d), at(0.85, d), b]);
      }
      const clear = candidates.filter((c) => !hits(c, [e.source, e.target]));
      if (!clear.length) continue;
      const best = clear
        .map((c) => ({ c, score: crossingsOf(c, e.id) * 1000 + length(c) }))
        .sort((a, b) => a.score - b.score)[0]!.c;
      routes.set(
        e.id,
        best.map((p) => ({ x: round(p.x), y: round(p.y) })),
      );
      drawn.set(e.id, best);
    }

  return routes;
}

function grow(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

function length(points: Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return sum;
}

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const path = argv.find((a) => !a.startsWith('--')) ?? 'data/antidepressants.json';
const file = JSON.parse(readFileSync(path, 'utf8')) as PathwayFile;
const laid = await layoutFile(file);
if (check) {
  const same =
    JSON.stringify(laid.nodes) === JSON.stringify(file.nodes) &&
    JSON.stringify(laid.edges) === JSON.stringify(file.edges);
  if (!same) {
    console.error(`${path}: the stored layout is not what \`npm run layout\` gives; run it and commit the result.`);
    process.exit(1);
  }
  console.log(`${path}: layout up to date`);
} else {
  writeFileSync(path, JSON.stringify(laid, null, 2) + '\n');
  console.log(
    `${path}: placed ${laid.nodes.filter((n) => n.position).length} nodes, routed ${laid.edges.filter((e) => e.route).length} edges around nodes`,
  );
}
