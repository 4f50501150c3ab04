/** The measures of `npm run figure:check`, each on a hand-made picture whose answer is known. */
import { describe, expect, it } from 'vitest';
import {
  crossings,
  edgesThroughNodes,
  fill,
  labelSizes,
  median,
  nodeOverlaps,
  segmentCrossing,
  type DrawnEdge,
  type DrawnNode,
  type Drawing,
} from '../../scripts/figure/geometry';

const label = (text: string, size = 12, minZoomed = 0) => ({ text, size, minZoomed });
const node = (id: string, x: number, y: number, parent: string | null = null, w = 20, h = 10): DrawnNode => ({
  id,
  parent,
  isParent: false,
  box: { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 },
  label: label(id),
});
const edge = (id: string, source: string, target: string, points: [number, number][]): DrawnEdge => ({
  id,
  edgeId: id.split('@')[0]!,
  source,
  target,
  points: points.map(([x, y]) => ({ x, y })),
  label: label(''),
});
const drawing = (nodes: DrawnNode[], edges: DrawnEdge[] = [], zoom = 1): Drawing => ({
  zoom,
  pan: { x: 0, y: 0 },
  canvas: { x1: 0, y1: 0, x2: 400, y2: 300 },
  caption: null,
  nodes,
  edges,
});

describe('figure measures', () => {
  it('finds where two segments cross, and not where they only would if longer', () => {
    expect(segmentCrossing({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toEqual({ x: 5, y: 5 });
    expect(segmentCrossing({ x: 0, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBeNull();
    expect(segmentCrossing({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBeNull();
  });

  it('counts an X as one crossing, and two arrows into one node as none', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 100), node('c', 0, 100), node('d', 100, 0), node('t', 50, 200)];
    const x = drawing(nodes, [
      edge('ab', 'a', 'b', [
        [0, 5],
        [100, 95],
      ]),
      edge('dc', 'd', 'c', [
        [100, 5],
        [0, 95],
      ]),
    ]);
    expect(crossings(x)).toEqual({ count: 1, edges: 2 });
    const merge = drawing(nodes, [
      edge('bt', 'b', 't', [
        [100, 105],
        [52, 195],
      ]),
      edge('ct', 'c', 't', [
        [0, 105],
        [48, 195],
      ]),
    ]);
    expect(crossings(merge).count).toBe(0);
  });

  it('counts the strokes of one interaction (one per layer) once', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 100), node('c', 0, 100), node('d', 100, 0)];
    const d = drawing(nodes, [
      edge('ab@one', 'a', 'b', [
        [0, 5],
        [100, 95],
      ]),
      edge('ab@two', 'a', 'b', [
        [2, 5],
        [102, 95],
      ]),
      edge('dc', 'd', 'c', [
        [100, 5],
        [0, 95],
      ]),
    ]);
    expect(crossings(d)).toEqual({ count: 1, edges: 2 });
  });

  it('finds nodes that overlap, but lets a compartment hold its own children', () => {
    const cell: DrawnNode = { ...node('cell', 50, 50, null, 200, 200), isParent: true };
    const d = drawing([cell, node('a', 40, 40, 'cell'), node('b', 45, 42, 'cell'), node('far', 300, 300)]);
    expect(nodeOverlaps(d)).toEqual([['a', 'b']]);
    const stranger = drawing([cell, node('a', 40, 40, 'cell'), node('outsider', 120, 120)]);
    expect(nodeOverlaps(stranger)).toEqual([['cell', 'outsider']]);
  });

  it('finds an edge that runs through a node other than its ends', () => {
    const nodes = [node('a', 0, 0), node('mid', 50, 0), node('b', 100, 0), node('off', 50, 60)];
    const d = drawing(nodes, [
      edge('ab', 'a', 'b', [
        [10, 0],
        [90, 0],
      ]),
    ]);
    expect(edgesThroughNodes(d)).toEqual([['ab', 'mid']]);
    const around = drawing(nodes, [
      edge('ab', 'a', 'b', [
        [10, 0],
        [10, 30],
        [90, 30],
        [90, 0],
      ]),
    ]);
    expect(edgesThroughNodes(around)).toEqual([]);
  });

  it('measures labels on screen as zoom × font size, leaving out those the zoom hides', () => {
    const small = { ...node('tiny', 0, 0), label: label('tiny', 8, 9) };
    const d = drawing([node('a', 0, 0), { ...node('b', 50, 0), label: label('b', 20) }, small], [], 0.5);
    expect(labelSizes(d)).toEqual({ sizes: [6, 10], hidden: 1 });
    expect(median([6, 10, 20])).toBe(10);
    expect(median([6, 10])).toBe(8);
  });

  it('measures how much of the canvas the drawing fills', () => {
    // Nodes 20 wide, from x = -10 to 210: 220 of 400 px wide (55 %), 10 of 300 tall.
    const d = drawing([node('a', 0, 0), node('b', 200, 0)]);
    expect(fill(d)).toBeCloseTo(0.55, 5);
    expect(fill({ ...d, zoom: 2 })).toBeCloseTo(1.1, 5);
  });
});
