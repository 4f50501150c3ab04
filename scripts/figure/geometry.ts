/**
 * The figure's own measures, computed from what the canvas drew (see `probe.js`): label sizes on
 * screen, how much of the canvas the drawing fills, edge crossings, node overlaps and edges that run
 * through a node. Pure: points in, numbers out, so the unit tests can check each measure on
 * hand-made pictures.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

interface DrawnLabel {
  readonly text: string;
  /** Font size in model units. */
  readonly size: number;
  /** Cytoscape's `min-zoomed-font-size`: a label whose on-screen size is below it is not drawn. */
  readonly minZoomed: number;
}

export interface DrawnNode {
  /** The glyph's id on the canvas. */
  readonly id: string;
  /** The node it draws: its own id, or for a clone the id of the node it copies. */
  readonly entity?: string;
  readonly parent: string | null;
  readonly isParent: boolean;
  /** The node's body in model coordinates, without its label. */
  readonly box: Box;
  readonly label: DrawnLabel;
}

export interface DrawnEdge {
  /** The drawn stroke. */
  readonly id: string;
  /** The interaction it draws (several strokes may draw one interaction). */
  readonly edgeId: string;
  readonly source: string;
  readonly target: string;
  /** The stroke as a polyline in model coordinates, from the source's border to the target's. */
  readonly points: readonly Point[];
  readonly label: DrawnLabel;
}

export interface Drawing {
  readonly zoom: number;
  readonly pan: Point;
  /** The canvas in page pixels. */
  readonly canvas: Box;
  /** The tour caption in page pixels, when one is shown. */
  readonly caption: Box | null;
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly DrawnEdge[];
}

/** A box in model coordinates, in page pixels. */
export function toPage(d: Pick<Drawing, 'zoom' | 'pan' | 'canvas'>, b: Box): Box {
  return {
    x1: d.canvas.x1 + d.pan.x + b.x1 * d.zoom,
    y1: d.canvas.y1 + d.pan.y + b.y1 * d.zoom,
    x2: d.canvas.x1 + d.pan.x + b.x2 * d.zoom,
    y2: d.canvas.y1 + d.pan.y + b.y2 * d.zoom,
  };
}

/** The on-screen size (px) of every label that is drawn: non-empty and not hidden by `min-zoomed-font-size`. */
export function labelSizes(d: Drawing): { sizes: number[]; hidden: number } {
  const sizes: number[] = [];
  let hidden = 0;
  for (const { label } of [...d.nodes, ...d.edges]) {
    if (!label.text.trim()) continue;
    const onScreen = label.size * d.zoom;
    if (onScreen < label.minZoomed) hidden++;
    else sizes.push(onScreen);
  }
  return { sizes, hidden };
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function union(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null;
  return boxes.reduce((a, b) => ({
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  }));
}

/** Everything drawn, in model coordinates (node bodies and edge routes). */
export function extent(d: Pick<Drawing, 'nodes' | 'edges'>): Box | null {
  const boxes = d.nodes.map((n) => n.box);
  for (const e of d.edges) for (const p of e.points) boxes.push({ x1: p.x, y1: p.y, x2: p.x, y2: p.y });
  return union(boxes);
}

/** How much of the canvas the drawing fills: the larger of its width share and its height share. */
export function fill(d: Drawing): number {
  const all = extent(d);
  if (!all) return 0;
  const page = toPage(d, all);
  const w = d.canvas.x2 - d.canvas.x1;
  const h = d.canvas.y2 - d.canvas.y1;
  return Math.max((page.x2 - page.x1) / w, (page.y2 - page.y1) / h);
}

/** `inner` lies within `outer`, with `tolerance` px of slack. */
export function inside(inner: Box, outer: Box, tolerance = 0.5): boolean {
  return (
    inner.x1 >= outer.x1 - tolerance &&
    inner.y1 >= outer.y1 - tolerance &&
    inner.x2 <= outer.x2 + tolerance &&
    inner.y2 <= outer.y2 + tolerance
  );
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x1 < b.x2 - margin && b.x1 < a.x2 - margin && a.y1 < b.y2 - margin && b.y1 < a.y2 - margin;
}

/** `b` made larger by `by` on every side (smaller when `by` is negative). */
export function grow(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

function containsPoint(b: Box, p: Point): boolean {
  return p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;
}

/** The point where segments ab and cd cross, if they do (touching at an end counts). */
export function segmentCrossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const denom = r.x * s.y - r.y * s.x;
  if (Math.abs(denom) < 1e-9) return null; // parallel or collinear: overlapping runs are not crossings
  const t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / denom;
  const u = ((c.x - a.x) * r.y - (c.y - a.y) * r.x) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}

/** Does segment ab pass through the inside of box b? */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  if (containsPoint(box, a) || containsPoint(box, b)) return true;
  const corners: Point[] = [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y1 },
    { x: box.x2, y: box.y2 },
    { x: box.x1, y: box.y2 },
  ];
  for (let i = 0; i < 4; i++) if (segmentCrossing(a, b, corners[i]!, corners[(i + 1) % 4]!)) return true;
  return false;
}

/** One stroke per interaction: the first drawn (parallel strokes of one interaction never count twice). */
function oneStrokePerEdge(edges: readonly DrawnEdge[]): DrawnEdge[] {
  const seen = new Map<string, DrawnEdge>();
  for (const e of edges) if (!seen.has(e.edgeId)) seen.set(e.edgeId, e);
  return [...seen.values()];
}

/**
 * Crossings between the routes of different interactions. A meeting at a node both touch (two
 * arrows into the same node) is not a crossing: points within `endMargin` of a shared node's box are
 * left out.
 */
export function crossings(d: Pick<Drawing, 'nodes' | 'edges'>, endMargin = 6): { count: number; edges: number } {
  const edges = oneStrokePerEdge(d.edges);
  const boxes = new Map(d.nodes.map((n) => [n.id, n.box]));
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const e = edges[i]!;
      const f = edges[j]!;
      const ends = [e.source, e.target, f.source, f.target]
        .map((id) => boxes.get(id))
        .filter((b): b is Box => Boolean(b))
        .map((b) => grow(b, endMargin));
      for (let a = 0; a + 1 < e.points.length; a++) {
        for (let c = 0; c + 1 < f.points.length; c++) {
          const p = segmentCrossing(e.points[a]!, e.points[a + 1]!, f.points[c]!, f.points[c + 1]!);
          if (p && !ends.some((b) => containsPoint(b, p))) count++;
        }
      }
    }
  }
  return { count, edges: edges.length };
}

function ancestorsOf(nodes: readonly DrawnNode[]): Map<string, Set<string>> {
  const parent = new Map(nodes.map((n) => [n.id, n.parent]));
  const out = new Map<string, Set<string>>();
  for (const n of nodes) {
    const chain = new Set<string>();
    for (let p = n.parent; p && !chain.has(p); p = parent.get(p) ?? null) chain.add(p);
    out.set(n.id, chain);
  }
  return out;
}

/**
 * Pairs of nodes whose bodies overlap. A compartment may hold its own descendants, and nothing
 * else: compartments that are not nested in one another must not overlap, and no node may sit on a
 * compartment it does not belong to.
 */
export function nodeOverlaps(d: Pick<Drawing, 'nodes'>): [string, string][] {
  const ancestors = ancestorsOf(d.nodes);
  const out: [string, string][] = [];
  for (let i = 0; i < d.nodes.length; i++) {
    for (let j = i + 1; j < d.nodes.length; j++) {
      const a = d.nodes[i]!;
      const b = d.nodes[j]!;
      if (ancestors.get(a.id)?.has(b.id) || ancestors.get(b.id)?.has(a.id)) continue;
      if (overlaps(a.box, b.box, 0.5)) out.push([a.id, b.id]);
    }
  }
  return out;
}

/** Edges whose route runs through a node that is neither of its ends (compartments are crossed freely). */
export function edgesThroughNodes(d: Pick<Drawing, 'nodes' | 'edges'>, shrink = 2): [string, string][] {
  const out: [string, string][] = [];
  const leaves = d.nodes.filter((n) => !n.isParent);
  for (const e of oneStrokePerEdge(d.edges)) {
    for (const n of leaves) {
      if (n.id === e.source || n.id === e.target) continue;
      const box = grow(n.box, -shrink);
      for (let a = 0; a + 1 < e.points.length; a++) {
        if (segmentHitsBox(e.points[a]!, e.points[a + 1]!, box)) {
          out.push([e.edgeId, n.id]);
          break;
        }
      }
    }
  }
  return out;
}
