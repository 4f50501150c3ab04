/**
 * An orthogonal edge router for the authored figure: every interaction becomes a path of horizontal
 * and vertical runs from the border of its source to the border of its target, found by A* search
 * on a grid over the figure. Nodes are obstacles; a run that crosses an edge already routed costs
 * much more than a detour, a run along one costs a little (parallel edges keep a grid cell apart),
 * and every bend costs a few cells, so the search prefers short, straight routes that cross little.
 * Edges are routed shortest first, then each is ripped up and routed again with all the others in
 * place, three times, so that early routes make room for later ones. A crossing costs as much as a
 * 960-unit detour, and a cell outside an edge's bounds 40 cells, so a route crosses another only
 * where no reasonable way round exists, and stays in its bounds. Deterministic: same input, same
 * routes. Pure: boxes in, points out.
 */
import type { Box, Point } from './geometry.ts';

export interface RouteNode {
  readonly id: string;
  readonly box: Box;
}

export interface RouteEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Where the route should stay (the part of the figure shown with it); each cell outside costs more. */
  readonly bounds?: Box;
}

export interface RouterOptions {
  /** Grid spacing in model units: the closest two parallel routes come. */
  readonly cell?: number;
  /** Room kept between a route and a node it passes. */
  readonly clearance?: number;
  /** The cost of a bend, in cells. */
  readonly bend?: number;
  /** The cost of crossing another route, in cells. */
  readonly cross?: number;
  /** The cost of running in a cell another route runs along in the same direction, in cells. */
  readonly share?: number;
  /** Boxes (compartments) whose outlines a route should not run along. */
  readonly outlines?: readonly Box[];
  /** Boxes a route may cross but should not run through (compartment titles), and the cost per cell. */
  readonly avoid?: readonly Box[];
  readonly avoidCost?: number;
  /** The extra cost of a cell outside an edge's bounds. */
  readonly outside?: number;
  /** Rip-up-and-reroute passes after the first. */
  readonly passes?: number;
}

type Dir = 0 | 1 | 2 | 3; // right, down, left, up
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;
const horizontal = (d: Dir) => d === 0 || d === 2;

class Heap {
  private readonly keys: number[] = [];
  private readonly vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, val: number): void {
    const k = this.keys;
    const v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }
  pop(): number {
    const k = this.keys;
    const v = this.vals;
    const top = v[0]!;
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k.length) break;
        const r = l + 1;
        const c = r < k.length && k[r]! < k[l]! ? r : l;
        if (k[c]! >= lastK) break;
        k[i] = k[c]!;
        v[i] = v[c]!;
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}

export function routeOrthogonal(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
  options: RouterOptions = {},
): Map<string, Point[]> {
  const S = options.cell ?? 8;
  const clear = options.clearance ?? 5;
  const BEND = options.bend ?? 6;
  const CROSS = options.cross ?? 120;
  const SHARE = options.share ?? 10;
  const passes = options.passes ?? 3;
  const OUTSIDE = options.outside ?? 40;
  const boxes = new Map(nodes.map((n) => [n.id, n.box]));
  const all = nodes.map((n) => n.box);
  const margin = 6 * S;
  const x0 = Math.floor((Math.min(...all.map((b) => b.x1)) - margin) / S) * S;
  const y0 = Math.floor((Math.min(...all.map((b) => b.y1)) - margin) / S) * S;
  const W = Math.ceil((Math.max(...all.map((b) => b.x2)) + margin - x0) / S) + 1;
  const H = Math.ceil((Math.max(...all.map((b) => b.y2)) + margin - y0) / S) + 1;
  const cx = (i: number) => x0 + i * S;
  const cy = (j: number) => y0 + j * S;
  const inBox = (x: number, y: number, b: Box, grow: number) =>
    x > b.x1 - grow && x < b.x2 + grow && y > b.y1 - grow && y < b.y2 + grow;

  // Static costs: blocked cells (inside a node), cells next to a node, cells on an outline.
  const blocked = new Uint8Array(W * H);
  const near = new Float32Array(W * H);
  const onOutline = new Uint8Array(W * H); // bit 1: a horizontal outline runs here, bit 2: a vertical one
  const AVOID = options.avoidCost ?? 3;
  for (let j = 0; j < H; j++) {
    for (let i = 0; i < W; i++) {
      const x = cx(i);
      const y = cy(j);
      const c = j * W + i;
      for (const b of all) {
        if (inBox(x, y, b, clear)) blocked[c] = 1;
        else if (inBox(x, y, b, clear + S)) near[c] = 0.5;
      }
      for (const b of options.avoid ?? []) if (inBox(x, y, b, 2)) near[c] = Math.max(near[c]!, AVOID);
      for (const b of options.outlines ?? []) {
        const withinX = x >= b.x1 - S / 2 && x <= b.x2 + S / 2;
        const withinY = y >= b.y1 - S / 2 && y <= b.y2 + S / 2;
        if (withinX && (Math.abs(y - b.y1) < S / 2 || Math.abs(y - b.y2) < S / 2)) onOutline[c]! |= 1;
        if (withinY && (Math.abs(x - b.x1) < S / 2 || Math.abs(x - b.x2) < S / 2)) onOutline[c]! |= 2;
      }
    }
  }

  // What routed edges occupy: per cell, the edges running horizontally and vertically through it.
  const runsH: (string[] | undefined)[] = Array.from({ length: W * H }, () => undefined);
  const runsV: (string[] | undefined)[] = Array.from({ length: W * H }, () => undefined);
  const cellsOf = new Map<string, { c: number; h: boolean }[]>();

  const occupy = (id: string, cells: { c: number; h: boolean }[]) => {
    cellsOf.set(id, cells);
    for (const { c, h } of cells) {
      const runs = h ? runsH : runsV;
      (runs[c] ??= []).push(id);
    }
  };
  const release = (id: string) => {
    for (const { c, h } of cellsOf.get(id) ?? []) {
      const runs = h ? runsH : runsV;
      runs[c] = runs[c]!.filter((x) => x !== id);
    }
    cellsOf.delete(id);
  };

  /** Ports: the cells just outside a box, along its middle part, with the direction away from it. */
  const ports = (b: Box): { c: number; d: Dir; border: Point }[] => {
    const out: { c: number; d: Dir; border: Point }[] = [];
    const midX = (b.x1 + b.x2) / 2;
    const midY = (b.y1 + b.y2) / 2;
    const spanX = Math.max(S / 2, (b.x2 - b.x1) * 0.32);
    const spanY = Math.max(S / 2, (b.y2 - b.y1) * 0.25);
    const iFrom = Math.ceil((midX - spanX - x0) / S);
    const iTo = Math.floor((midX + spanX - x0) / S);
    const jFrom = Math.ceil((midY - spanY - y0) / S);
    const jTo = Math.floor((midY + spanY - y0) / S);
    const below = Math.ceil((b.y2 + clear - y0) / S + 1e-9);
    const above = Math.floor((b.y1 - clear - y0) / S - 1e-9);
    const right = Math.ceil((b.x2 + clear - x0) / S + 1e-9);
    const left = Math.floor((b.x1 - clear - x0) / S - 1e-9);
    for (let i = iFrom; i <= iTo; i++) {
      out.push({ c: below * W + i, d: 1, border: { x: cx(i), y: b.y2 } });
      out.push({ c: above * W + i, d: 3, border: { x: cx(i), y: b.y1 } });
    }
    for (let j = jFrom; j <= jTo; j++) {
      out.push({ c: j * W + right, d: 0, border: { x: b.x2, y: cy(j) } });
      out.push({ c: j * W + left, d: 2, border: { x: b.x1, y: cy(j) } });
    }
    return out.filter((p) => p.c >= 0 && p.c < W * H && !blocked[p.c]);
  };

  const route = (e: RouteEdge): { points: Point[]; cells: { c: number; h: boolean }[] } | null => {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t || e.source === e.target) return null;
    const starts = ports(s);
    // A goal is entered moving towards the target: the opposite of the port's outward direction.
    const goals = new Map<number, { d: Dir; border: Point }>();
    for (const p of ports(t))
      goals.set(p.c * 4 + (((p.d + 2) % 4) as Dir), { d: ((p.d + 2) % 4) as Dir, border: p.border });
    const tx = (t.x1 + t.x2) / 2;
    const ty = (t.y1 + t.y2) / 2;
    const h = (c: number) => (Math.abs(cx(c % W) - tx) + Math.abs(cy(Math.floor(c / W)) - ty)) / S;
    const N = W * H * 4;
    const dist = new Float64Array(N).fill(Infinity);
    const prev = new Int32Array(N).fill(-1);
    const heap = new Heap();
    const startOf = new Map<number, Point>();
    for (const p of starts) {
      const st = p.c * 4 + p.d;
      if (dist[st]! <= 0) continue;
      dist[st] = 0;
      startOf.set(st, p.border);
      heap.push(h(p.c), st);
    }
    let goal = -1;
    while (heap.size) {
      const st = heap.pop();
      const c = st >> 2;
      const d = (st & 3) as Dir;
      const g = dist[st]!;
      if (goals.has(st)) {
        goal = st;
        break;
      }
      const i = c % W;
      const j = (c - i) / W;
      for (const nd of [d, ((d + 1) % 4) as Dir, ((d + 3) % 4) as Dir]) {
        const ni = i + DX[nd];
        const nj = j + DY[nd];
        if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
        const nc = nj * W + ni;
        if (blocked[nc]) continue;
        const hz = horizontal(nd);
        let cost = 1 + near[nc]! + (nd !== d ? BEND : 0);
        const across = hz ? runsV[nc] : runsH[nc];
        const along = hz ? runsH[nc] : runsV[nc];
        if (across?.length) cost += CROSS * across.length;
        if (along?.length) cost += SHARE * along.length;
        if (onOutline[nc]! & (hz ? 1 : 2)) cost += 2;
        if (e.bounds && !inBox(cx(ni), cy(nj), e.bounds, 0)) cost += OUTSIDE;
        const ns = nc * 4 + nd;
        if (g + cost < dist[ns]!) {
          dist[ns] = g + cost;
          prev[ns] = st;
          heap.push(g + cost + h(nc), ns);
        }
      }
    }
    if (goal < 0) return null;
    const chain: number[] = [];
    for (let st = goal; st >= 0; st = prev[st]!) chain.push(st);
    chain.reverse();
    // A cell where the route turns is taken both ways: whatever passes through it touches the corner.
    const cells = chain.flatMap((st, k) => {
      const here = { c: st >> 2, h: horizontal((st & 3) as Dir) };
      const next = chain[k + 1];
      return next !== undefined && (next & 3) !== (st & 3) ? [here, { c: here.c, h: !here.h }] : [here];
    });
    const corners: Point[] = [startOf.get(chain[0]!)!];
    for (let k = 0; k < chain.length; k++) {
      const here = chain[k]!;
      const next = chain[k + 1];
      if (next === undefined || (next & 3) !== (here & 3)) {
        const c = here >> 2;
        corners.push({ x: cx(c % W), y: cy(Math.floor(c / W)) });
      }
    }
    corners.push(goals.get(goal)!.border);
    return { points: simplify(corners), cells };
  };

  const order = [...edges]
    .filter((e) => boxes.has(e.source) && boxes.has(e.target) && e.source !== e.target)
    .sort(
      (a, b) =>
        manhattan(boxes.get(a.source)!, boxes.get(a.target)!) - manhattan(boxes.get(b.source)!, boxes.get(b.target)!),
    );
  const out = new Map<string, Point[]>();
  for (let pass = 0; pass <= passes; pass++) {
    for (const e of order) {
      if (pass > 0) release(e.id);
      const r = route(e);
      if (!r) continue;
      occupy(e.id, r.cells);
      out.set(e.id, r.points);
    }
  }
  return out;
}

function manhattan(a: Box, b: Box): number {
  return Math.abs((a.x1 + a.x2) / 2 - (b.x1 + b.x2) / 2) + Math.abs((a.y1 + a.y2) / 2 - (b.y1 + b.y2) / 2);
}

/** Drop repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (before && last && collinear(before, last, p)) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

function collinear(a: Point, b: Point, c: Point): boolean {
  return Math.abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) < 0.01;
}
