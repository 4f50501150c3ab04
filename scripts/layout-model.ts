/**
 * `npm run layout`: lay out a pathway file once, at authoring time, and write the result into it —
 * every placed node's `position` (unless the author placed them all), and a `route` for every edge
 * — so the app draws a finished figure with no layout code at run time, and the same picture every
 * time.
 *
 * Positions. A file whose nodes all carry positions keeps them: the built-in model is placed by
 * hand, compactly, in bands from drugs to behaviour, with what the default layers show in one
 * landscape block (so the default view frames large) and what only other layers add beside it and
 * below (a compartment's box hugs what is shown, so it grows towards them when they show). A file
 * without positions is laid out here:
 * 1. Bands. The flow reads top to bottom in bands: drugs and treatments; the presynaptic neuron;
 *    the synaptic cleft; the postsynaptic membrane, cytoplasm and nucleus; cellular processes and
 *    adult-born neurons; circuits; behaviour. A node's band comes from its compartment (or, outside
 *    any, its kind).
 * 2. Order. ELK's layered algorithm (elkjs, a dev dependency only) orders the nodes within each
 *    layer to minimise crossings, with the bands as partitions, on the flat graph.
 * 3. Compartments. Within a layer the members of one compartment are kept together, so a
 *    compartment's box (drawn by the canvas around its children) holds nothing else; bands are
 *    spaced so that nested boxes and their titles fit.
 *
 * Routes. Every edge is routed orthogonally around the nodes, crossing as few other edges as a
 * short detour allows, clear of compartment titles and outlines (`scripts/figure/router.ts`). An
 * edge of a layer shown by default keeps within what the default view frames.
 *
 *   npm run layout [-- data/other.json]          rewrite the file
 *   npm run layout -- --check [data/other.json]  fail if the stored layout is not what the layout gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { COMPARTMENT_PADDING, nodeBox } from '../src/graph/elements.ts';
import { clonesOf } from '../src/model/clones.ts';
import { grow, union, type Box, type Point } from './figure/geometry.ts';
import { routeOrthogonal } from './figure/router.ts';

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
  layers: string[];
  route?: Point[];
  sourceClone?: Point;
  [key: string]: unknown;
}
interface PathwayFile {
  layers?: { id: string; defaultVisible?: boolean }[];
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
/** A compartment title's metrics on the canvas (bold 12 px). */
const TITLE_CHAR_WIDTH = 7.6;
const TITLE_HEIGHT = 18;

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
  // A node drawn only as its clones has no glyph of its own to place; each clone is a glyph.
  const { clones, cloneOnly, cloneOfEdge } = clonesOf(file);
  const placed = file.nodes.filter((n) => !parents.has(n.id) && n.kind !== 'compartment' && !cloneOnly.has(n.id));
  const boxes = new Map(placed.map((n) => [n.id, nodeBox(n.label)]));

  const authored = placed.every((n) => n.position);
  if (authored) {
    const glyphs = [...placed, ...clones.map((c) => ({ ...byId.get(c.node)!, id: c.id, position: c.position }))];
    for (const c of clones) boxes.set(c.id, nodeBox(byId.get(c.node)!.label));
    return routeFile(file, glyphs, boxes, cloneOfEdge);
  }
  if (clones.length) throw new Error('an edge with a sourceClone needs every node placed by hand (a position on each)');

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

  const nodes = file.nodes.map((n) => {
    const { position: _old, ...rest } = n;
    if (!x.has(n.id)) return rest;
    return { ...rest, position: { x: round(x.get(n.id)!), y: round(y.get(n.id)!) } };
  });
  return { ...file, nodes, edges: withRoutes(file, routeEdges(file, placed, x, y, boxes)) };
}

/** Authored positions: keep them, and route every edge (from its clone, when it starts at one). */
function routeFile(
  file: PathwayFile,
  placed: FileNode[],
  boxes: Map<string, { width: number; height: number }>,
  cloneOfEdge: ReadonlyMap<string, string>,
): PathwayFile {
  const x = new Map(placed.map((n) => [n.id, n.position!.x]));
  const y = new Map(placed.map((n) => [n.id, n.position!.y]));
  return { ...file, edges: withRoutes(file, routeEdges(file, placed, x, y, boxes, cloneOfEdge)) };
}

/** The file's edges, each with its new route (an edge the router could not route loses its old one). */
function withRoutes(file: PathwayFile, routes: Map<string, Point[]>): FileEdge[] {
  return file.edges.map((e) => {
    const { route: _old, ...rest } = e;
    const route = routes.get(e.id);
    return route ? { ...rest, route } : rest;
  });
}

/** Routes: every edge orthogonal, around the nodes, crossing as few others as it can (see router.ts). */
function routeEdges(
  file: PathwayFile,
  placed: FileNode[],
  x: Map<string, number>,
  y: Map<string, number>,
  boxes: Map<string, { width: number; height: number }>,
  cloneOfEdge: ReadonlyMap<string, string> = new Map(),
): Map<string, Point[]> {
  const boxOf = (id: string): Box => {
    const b = boxes.get(id)!;
    return {
      x1: x.get(id)! - b.width / 2,
      y1: y.get(id)! - b.height / 2,
      x2: x.get(id)! + b.width / 2,
      y2: y.get(id)! + b.height / 2,
    };
  };
  const nodes = placed.map((n) => ({ id: n.id, box: boxOf(n.id) }));
  const compartments = compartmentBoxes(file, new Map(nodes.map((n) => [n.id, n.box])));
  // An edge drawn from a clone starts there.
  const drawn = file.edges.map((e) => ({ ...e, source: cloneOfEdge.get(e.id) ?? e.source }));
  // An edge of a layer shown by default stays within what the default view frames, so that
  // framing stays tight; the others may run round the outside.
  const shownByDefault = new Set((file.layers ?? []).filter((l) => l.defaultVisible).map((l) => l.id));
  const defaultNodes = new Set(
    drawn.filter((e) => e.layers.some((l) => shownByDefault.has(l))).flatMap((e) => [e.source, e.target]),
  );
  const frame = union(nodes.filter((n) => defaultNodes.has(n.id)).map((n) => n.box));
  const routes = routeOrthogonal(
    nodes,
    drawn.map((e) => (frame && e.layers.some((l) => shownByDefault.has(l)) ? { ...e, bounds: grow(frame, 6) } : e)),
    {
      outlines: compartments.map((c) => c.box),
      avoid: compartments.map((c) => c.title),
    },
  );
  const out = new Map<string, Point[]>();
  for (const [id, points] of routes)
    out.set(
      id,
      points.map((p) => ({ x: round(p.x), y: round(p.y) })),
    );
  return out;
}

/**
 * Each compartment's box as the canvas draws it with everything shown (its children and padding),
 * and its title, drawn centred above the box.
 */
function compartmentBoxes(file: PathwayFile, leaves: Map<string, Box>): { box: Box; title: Box }[] {
  const kids = new Map<string, string[]>();
  for (const n of file.nodes) if (n.parent) kids.set(n.parent, [...(kids.get(n.parent) ?? []), n.id]);
  const memo = new Map<string, Box | null>();
  const boxOf = (id: string): Box | null => {
    if (leaves.has(id)) return leaves.get(id)!;
    if (memo.has(id)) return memo.get(id)!;
    memo.set(id, null);
    const inner = (kids.get(id) ?? []).map(boxOf).filter((b): b is Box => Boolean(b));
    const around = union(inner);
    const box = around ? grow(around, COMPARTMENT_PADDING.side) : null;
    memo.set(id, box);
    return box;
  };
  const label = new Map(file.nodes.map((n) => [n.id, n.label]));
  return [...kids.keys()].flatMap((id) => {
    const box = boxOf(id);
    if (!box) return [];
    const half = (label.get(id)!.length * TITLE_CHAR_WIDTH) / 2 + 4;
    const cx = (box.x1 + box.x2) / 2;
    return [{ box, title: { x1: cx - half, y1: box.y1 - TITLE_HEIGHT, x2: cx + half, y2: box.y1 } }];
  });
}

// Run as a command (not when a script imports layoutFile).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
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
}
