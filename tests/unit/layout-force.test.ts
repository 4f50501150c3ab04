import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, keepAspect, MAX_ASPECT, type Point } from '../../src/model/layout/aspect';
import { forceLayout } from '../../src/model/layout/force';
import { forceLayoutPathway, LAYERED_MAX_NODES, needsForceLayout } from '../../src/model/layout/pathway';
import type { Pathway } from '../../src/model/types';

/** Width ÷ height of the node centres, each side counted as at least a node (60 units). */
function aspectOf(points: Iterable<Point>): number {
  const box = boundsOf(points)!;
  return Math.max(box.maxX - box.minX, 60) / Math.max(box.maxY - box.minY, 60);
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A regulatory network's shape: `hubs` regulators, each node regulated by one of them, some by two. */
function hubNetwork(n: number, hubs: number): [number, number][] {
  const links: [number, number][] = [];
  for (let i = hubs; i < n; i++) {
    links.push([i % hubs, i]);
    if (i % 3 === 0) links.push([(i * 7) % hubs, i]);
  }
  for (let h = 1; h < hubs; h++) links.push([h - 1, h]);
  return links;
}

describe('force-directed layout', () => {
  it('gives every node a finite position, and the same picture for the same graph', () => {
    const links = hubNetwork(400, 20);
    const a = forceLayout(ids(400), links);
    const b = forceLayout(ids(400), links);
    expect(a.size).toBe(400);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect([...a]).toEqual([...b]);
  });

  it('spreads the nodes out: no two centres closer than a few units', () => {
    const positions = [...forceLayout(ids(300), hubNetwork(300, 15)).values()];
    let closest = Infinity;
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++)
        closest = Math.min(closest, distance(positions[i]!, positions[j]!));
    expect(closest).toBeGreaterThan(5);
  });

  it('sets the nodes with one neighbour in rings around it, boxes clear of each other', () => {
    // A hub with 40 leaves, linked to a small cycle.
    const links: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 0],
      ...Array.from({ length: 40 }, (_, k) => [0, 3 + k] as [number, number]),
    ];
    const positions = forceLayout(ids(43), links);
    const hub = positions.get('n0')!;
    const leaves = Array.from({ length: 40 }, (_, k) => positions.get(`n${3 + k}`)!);
    // Rings are ellipses twice as wide as tall (boxes are wide): 6, 13, 19 and 2 leaves, from 44
    // units up and 88 across, then every 40 up.
    const radii = leaves.map((p) => Math.hypot((p.x - hub.x) / 2, p.y - hub.y));
    expect(Math.min(...radii)).toBeGreaterThan(38);
    expect(Math.max(...radii)).toBeLessThan(44 + 3 * 40 + 8);
    // No two leaves' boxes (60 × 24, a short gene name) overlap.
    for (let i = 0; i < leaves.length; i++)
      for (let j = i + 1; j < leaves.length; j++) {
        const [a, b] = [leaves[i]!, leaves[j]!];
        expect(Math.abs(a.x - b.x) >= 60 || Math.abs(a.y - b.y) >= 24).toBe(true);
      }
  });

  it('puts isolated nodes in rows under the drawing', () => {
    const links = hubNetwork(60, 5);
    const positions = forceLayout(ids(80), links);
    const drawn = boundsOf(ids(60).map((id) => positions.get(id)!))!;
    for (const id of ids(80).slice(60)) expect(positions.get(id)!.y).toBeGreaterThan(drawn.maxY);
  });

  it('reports its progress up to 1', () => {
    const seen: number[] = [];
    forceLayout(ids(200), hubNetwork(200, 10), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('keeps width ÷ height between ¼ and 4 whatever the shape of the graph', () => {
    // Paths, stars, chains of pairs, isolated nodes, random links, and mixtures of them.
    const graph = fc
      .record({
        n: fc.integer({ min: 2, max: 120 }),
        kind: fc.constantFrom('path', 'star', 'pairs', 'isolated', 'random'),
        seed: fc.integer({ min: 0, max: 1e6 }),
      })
      .map(({ n, kind, seed }) => {
        const links: [number, number][] = [];
        if (kind === 'path') for (let i = 1; i < n; i++) links.push([i - 1, i]);
        if (kind === 'star') for (let i = 1; i < n; i++) links.push([0, i]);
        if (kind === 'pairs') for (let i = 1; i < n; i += 2) links.push([i - 1, i]);
        if (kind === 'random') for (let i = 0; i < n; i++) links.push([i, (i * 31 + seed) % n]);
        return { n, links };
      });
    let checked = 0;
    fc.assert(
      fc.property(graph, ({ n, links }) => {
        const aspect = aspectOf(forceLayout(ids(n), links).values());
        checked++;
        expect(aspect).toBeLessThanOrEqual(MAX_ASPECT + 1e-6);
        expect(aspect).toBeGreaterThanOrEqual(1 / MAX_ASPECT - 1e-6);
      }),
      { numRuns: 60 },
    );
    expect(checked).toBe(60);
  });
});

describe('keepAspect', () => {
  it('stretches the short side of a drawing 100 times wider than tall to a quarter of its width', () => {
    const wide = new Map(Array.from({ length: 50 }, (_, i) => [`n${i}`, { x: i * 200, y: (i % 2) * 100 }]));
    const kept = keepAspect(wide);
    expect(aspectOf(kept.values())).toBeCloseTo(4, 2);
    expect(aspectOf(kept.values())).toBeLessThanOrEqual(4);
    // Widths are untouched: only the short side grew.
    expect(kept.get('n49')!.x).toBe(9800);
  });

  it('leaves a drawing that already fits as it is', () => {
    const square = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 300, y: 200 }],
    ]);
    expect([...keepAspect(square)]).toEqual([...square]);
  });
});

describe('which layout a pathway gets', () => {
  const pathway = (n: number, placed: boolean, parent = false): Pathway =>
    ({
      nodes: [
        ...(parent ? [{ id: 'box', label: 'Box', kind: 'compartment' }] : []),
        ...ids(n).map((id, i) => ({
          id,
          label: id,
          kind: 'protein',
          ...(parent ? { parent: 'box' } : {}),
          ...(placed ? { position: { x: i * 10, y: 0 } } : {}),
        })),
      ],
      edges: ids(n)
        .slice(1)
        .map((id, i) => ({ id: `e${i}`, source: `n${i}`, target: id, layers: ['l'] })),
    }) as unknown as Pathway;

  it('force-directed only beyond the layered size, and only when some node has no position', () => {
    expect(needsForceLayout(pathway(LAYERED_MAX_NODES, false))).toBe(false);
    expect(needsForceLayout(pathway(LAYERED_MAX_NODES + 1, false))).toBe(true);
    expect(needsForceLayout(pathway(LAYERED_MAX_NODES + 1, true))).toBe(false);
  });

  it('keeps a file’s positions when only nodes drawn as clones have none (they are placed by their clones)', () => {
    const placed = pathway(LAYERED_MAX_NODES + 10, true);
    const drug = { id: 'drug', label: 'Drug', kind: 'drug' };
    const withClone = {
      ...placed,
      nodes: [...placed.nodes, drug],
      edges: [...placed.edges, { id: 'd', source: 'drug', target: 'n3', layers: ['l'], sourceClone: { x: 5, y: 5 } }],
    } as unknown as Pathway;
    expect(needsForceLayout(withClone)).toBe(false);
    // The same drug with its own glyph (an edge without a clone) needs a place.
    const ownGlyph = {
      ...withClone,
      edges: [...withClone.edges, { id: 'd2', source: 'drug', target: 'n4', layers: ['l'] }],
    } as unknown as Pathway;
    expect(needsForceLayout(ownGlyph)).toBe(true);
  });

  it('places every node but compartments, whose boxes are drawn around their children', () => {
    const positions = forceLayoutPathway(pathway(LAYERED_MAX_NODES + 1, false, true));
    expect(positions.size).toBe(LAYERED_MAX_NODES + 1);
    expect(positions.has('box')).toBe(false);
  });
});
