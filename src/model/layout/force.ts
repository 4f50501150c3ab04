/**
 * A force-directed layout for networks too large to draw layered (hundreds to tens of thousands of
 * nodes): pure TypeScript on d3-force (Barnes–Hut many-body repulsion and springs), so it runs in
 * the file worker as well as anywhere else.
 *
 * Three things keep it fast and readable at the sizes real networks have:
 * - **Leaves are folded.** A node with one neighbour (a gene its one regulator controls; 38 % of a
 *   real E. coli regulatory network) is not simulated: it is set afterwards in rings around that
 *   neighbour, on the side facing away from the rest, and the neighbour is given the room its fan
 *   needs. The simulation shrinks by as much, and hubs read as hubs.
 * - **Isolated nodes go on a grid** under the drawing instead of floating around it.
 * - **The number of steps is scaled to the size** so the cost stays near a budget, and the progress
 *   is reported as it goes.
 *
 * It is deterministic: the same graph in the same order gives the same positions (d3-force starts
 * from a fixed spiral and draws its jitter from a seeded generator). The drawing's width ÷ height is
 * kept between ¼ and 4 by stretching the short side (stretching never makes nodes overlap).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { boundsOf, keepAspect, type Point } from './aspect';

export interface ForceOptions {
  /** Called with the fraction done (0–1) every few steps. */
  readonly onProgress?: ((fraction: number) => void) | undefined;
}

/**
 * A node's box is about 2½ times as wide as tall. The layout runs in a space squeezed across by
 * this factor, where a box is about round, so that every force and distance can be round; the
 * positions are stretched back at the end. The distances below are in the squeezed space.
 */
const SQUEEZE = 2;
/** Distance between rings of folded leaves, and between leaves on a ring. */
const RING_GAP = 40;
const LEAF_SPACING = 40;
/** The first ring's radius. */
const FIRST_RING = 44;
/** Half the distance nodes are kept apart (a box of 64 × 32 once stretched back). */
const RADIUS = 20;
/** Repulsion between any two nodes; springs along links; the pull to the middle. */
const CHARGE = 200;
const LINK = 60;
const GRAVITY = 0.03;
/** The share of the steps after which nodes are also kept apart (`RADIUS`). */
const APART_FROM = 0.6;
/** Steps of collision alone at the end, once the leaves are set. */
const SEPARATE_STEPS = 12;
/** Grid spacing for isolated nodes. */
const GRID_X = 80;
const GRID_Y = 44;
/** Simulation work budget: steps × simulated nodes. */
const STEP_BUDGET = 220_000;
const MIN_STEPS = 80;
const MAX_STEPS = 300;

interface SimNode extends SimulationNodeDatum {
  /** The node's place in `ids` (d3 writes its own `index`: the place in the simulation). */
  readonly at: number;
  /** The radius of this node's fan of folded leaves (0 without leaves). */
  readonly fan: number;
}

/** Radius reached by `count` leaves set on rings of growing size. */
function fanRadius(count: number): number {
  let r = FIRST_RING;
  let left = count;
  if (count === 0) return 0;
  for (;;) {
    left -= ringCapacity(r);
    if (left <= 0) return r;
    r += RING_GAP;
  }
}

/**
 * Positions for `ids`, linked by `links` (pairs of indices into `ids`; direction, duplicates and
 * self-loops do not matter).
 */
export function forceLayout(
  ids: readonly string[],
  links: readonly (readonly [number, number])[],
  options: ForceOptions = {},
): Map<string, Point> {
  const n = ids.length;
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of links) {
    if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
    neighbours[a]!.add(b);
    neighbours[b]!.add(a);
  }
  // A leaf hangs on its one neighbour; of a pair with only each other, the first is kept.
  const anchorOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (neighbours[i]!.size !== 1) continue;
    const [j] = neighbours[i]!;
    if (neighbours[j!]!.size > 1 || j! < i) anchorOf[i] = j!;
  }
  const leavesOf = new Map<number, number[]>();
  const isolated: number[] = [];
  const core: number[] = [];
  for (let i = 0; i < n; i++) {
    if (anchorOf[i]! >= 0) {
      const list = leavesOf.get(anchorOf[i]!) ?? [];
      list.push(i);
      leavesOf.set(anchorOf[i]!, list);
    } else if (neighbours[i]!.size === 0) isolated.push(i);
    else core.push(i);
  }

  const simIndex = new Int32Array(n).fill(-1);
  const nodes: SimNode[] = core.map((i, k) => {
    simIndex[i] = k;
    return { at: i, fan: fanRadius(leavesOf.get(i)?.length ?? 0) };
  });
  const simLinks: { source: number; target: number }[] = [];
  for (const i of core)
    for (const j of neighbours[i]!)
      if (i < j && simIndex[j]! >= 0) simLinks.push({ source: simIndex[i]!, target: simIndex[j]! });

  const steps = Math.max(MIN_STEPS, Math.min(MAX_STEPS, Math.round(STEP_BUDGET / Math.max(1, nodes.length))));
  const simulation = forceSimulation<SimNode>(nodes)
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((d) => -CHARGE - d.fan * 1.2)
        .theta(0.95),
    )
    .force(
      'link',
      forceLink<SimNode, { source: number; target: number }>(simLinks)
        .id((d) => simIndex[d.at]!)
        .distance((l) => LINK + (l.source as unknown as SimNode).fan + (l.target as unknown as SimNode).fan)
        .strength((l) => 0.7 / Math.sqrt(Math.min(degreeOf(l.source), degreeOf(l.target)))),
    )
    .force('x', forceX<SimNode>(0).strength(GRAVITY))
    .force('y', forceY<SimNode>(0).strength(GRAVITY))
    .alphaDecay(1 - Math.pow(0.001, 1 / steps))
    .stop();
  function degreeOf(end: unknown): number {
    return Math.max(1, neighbours[(end as SimNode).at]!.size);
  }
  // The link force resolves its ends by id on the first step; before that they are indices.
  simulation.nodes(nodes);
  for (let s = 0; s < steps; s++) {
    // The last steps also keep nodes, and fans of leaves, apart: nodes with the same neighbours
    // would otherwise share a place.
    if (s === Math.floor(steps * APART_FROM))
      simulation.force('apart', forceCollide<SimNode>((d) => d.fan + RADIUS).strength(1));
    simulation.tick();
    if (options.onProgress && s % 10 === 9) options.onProgress((s + 1) / steps);
  }

  const squeezed = new Map<string, Point>();
  for (const node of nodes) squeezed.set(ids[node.at]!, { x: node.x ?? 0, y: node.y ?? 0 });
  placeLeaves(ids, core, leavesOf, neighbours, squeezed);
  separate(squeezed);
  const out = new Map<string, Point>();
  for (const [id, p] of squeezed) out.set(id, { x: p.x * SQUEEZE, y: p.y });
  placeIsolated(ids, isolated, out);
  options.onProgress?.(1);
  return keepAspect(out);
}

/** A few steps of collision alone: what overlaps is pushed apart, the rest stays where it is. */
function separate(out: Map<string, Point>): void {
  const nodes = [...out].map(([id, p]) => ({ id, x: p.x, y: p.y }));
  const simulation = forceSimulation(nodes)
    .force('collide', forceCollide(RADIUS).strength(0.9))
    .velocityDecay(0.6)
    .stop();
  for (let s = 0; s < SEPARATE_STEPS; s++) simulation.tick();
  for (const n of nodes) out.set(n.id, { x: n.x, y: n.y });
}

/** Each fan of leaves in rings around its anchor, starting on the side away from its other neighbours. */
function placeLeaves(
  ids: readonly string[],
  core: readonly number[],
  leavesOf: ReadonlyMap<number, readonly number[]>,
  neighbours: readonly ReadonlySet<number>[],
  out: Map<string, Point>,
): void {
  // Every anchor is simulated: a leaf's one neighbour has others, or is the first of a pair.
  for (const anchor of core) {
    const leaves = leavesOf.get(anchor);
    const centre = out.get(ids[anchor]!);
    if (!leaves || !centre) continue;
    const own = new Set(leaves);
    let dx = 0;
    let dy = 0;
    for (const j of neighbours[anchor]!) {
      const p = out.get(ids[j]!);
      if (p && !own.has(j)) {
        dx += p.x - centre.x;
        dy += p.y - centre.y;
      }
    }
    const away = dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(-dy, -dx);
    let r = FIRST_RING;
    let k = 0;
    while (k < leaves.length) {
      const capacity = ringCapacity(r);
      const onRing = Math.min(leaves.length - k, capacity);
      // A part-filled ring is centred on the side facing away.
      const step = onRing === capacity ? (2 * Math.PI) / onRing : LEAF_SPACING / r;
      const start = away - (step * (onRing - 1)) / 2;
      for (let m = 0; m < onRing; m++, k++) {
        const angle = start + m * step;
        out.set(ids[leaves[k]!]!, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
      }
      r += RING_GAP;
    }
  }
}

/** How many leaves a ring of radius `r` holds. */
function ringCapacity(r: number): number {
  return Math.max(6, Math.floor((2 * Math.PI * r) / LEAF_SPACING));
}

/** Isolated nodes in rows under the drawing, as wide as it (or square when there is nothing else). */
function placeIsolated(ids: readonly string[], isolated: readonly number[], out: Map<string, Point>): void {
  if (isolated.length === 0) return;
  const box = boundsOf(out.values());
  const width = box ? Math.max(box.maxX - box.minX, GRID_X) : Math.sqrt(isolated.length) * GRID_X;
  const columns = Math.max(1, Math.floor(width / GRID_X) + 1);
  const left = box ? box.minX : 0;
  const top = box ? box.maxY + GRID_Y * 2 : 0;
  isolated.forEach((i, k) =>
    out.set(ids[i]!, { x: left + (k % columns) * GRID_X, y: top + Math.floor(k / columns) * GRID_Y }),
  );
}
