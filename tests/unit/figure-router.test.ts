/** The orthogonal router behind `npm run layout`, on small pictures whose good answer is known. */
import { describe, expect, it } from 'vitest';
import { segmentCrossing, segmentHitsBox, type Box, type Point } from '../../scripts/figure/geometry';
import { routeOrthogonal, type RouteNode } from '../../scripts/figure/router';

const node = (id: string, x: number, y: number, w = 60, h = 28): RouteNode => ({
  id,
  box: { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 },
});
const onBorder = (p: Point, b: Box) =>
  Math.abs(p.x - b.x1) < 0.01 || Math.abs(p.x - b.x2) < 0.01
    ? p.y >= b.y1 && p.y <= b.y2
    : (Math.abs(p.y - b.y1) < 0.01 || Math.abs(p.y - b.y2) < 0.01) && p.x >= b.x1 && p.x <= b.x2;
const segments = (points: readonly Point[]) => points.slice(1).map((p, i) => [points[i]!, p] as const);
const crossingCount = (a: readonly Point[], b: readonly Point[]) =>
  segments(a).reduce((n, [p, q]) => n + segments(b).filter(([r, s]) => segmentCrossing(p, q, r, s)).length, 0);

describe('routeOrthogonal', () => {
  it('runs from border to border in horizontal and vertical runs, around a node in the way', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 200), node('wall', 0, 100, 200)];
    const route = routeOrthogonal(nodes, [{ id: 'ab', source: 'a', target: 'b' }]).get('ab')!;
    expect(route.length).toBeGreaterThanOrEqual(4); // it had to bend round the wall
    expect(onBorder(route[0]!, nodes[0]!.box)).toBe(true);
    expect(onBorder(route[route.length - 1]!, nodes[1]!.box)).toBe(true);
    for (const [p, q] of segments(route)) {
      expect(p.x === q.x || p.y === q.y).toBe(true);
      expect(segmentHitsBox(p, q, nodes[2]!.box)).toBe(false);
    }
  });

  it('goes straight when nothing is in the way', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 200)];
    const route = routeOrthogonal(nodes, [{ id: 'ab', source: 'a', target: 'b' }]).get('ab')!;
    expect(route).toEqual([
      { x: 0, y: 14 },
      { x: 0, y: 186 },
    ]);
  });

  it('takes a detour rather than cross another edge when crossing costs more, and crosses when it is cheap', () => {
    // A long horizontal edge l → r, and a vertical one t → b whose straight line would cross it.
    const nodes = [node('l', -100, 100), node('r', 100, 100), node('t', 0, 0), node('b', 0, 200)];
    const edges = [
      { id: 'lr', source: 'l', target: 'r' },
      { id: 'tb', source: 't', target: 'b' },
    ];
    const careful = routeOrthogonal(nodes, edges, { cross: 200 });
    expect(crossingCount(careful.get('lr')!, careful.get('tb')!)).toBe(0);
    const careless = routeOrthogonal(nodes, edges, { cross: 0 });
    expect(crossingCount(careless.get('lr')!, careless.get('tb')!)).toBe(1);
  });

  it('keeps parallel edges a cell apart instead of on one line', () => {
    const nodes = [node('a', 0, 0, 120), node('b', 0, 200, 120)];
    const edges = [
      { id: 'one', source: 'a', target: 'b' },
      { id: 'two', source: 'a', target: 'b' },
    ];
    const routes = routeOrthogonal(nodes, edges);
    expect(routes.get('one')).not.toEqual(routes.get('two'));
  });

  it('gives the same routes for the same input', () => {
    const nodes = [node('a', 0, 0), node('b', 150, 220), node('c', 80, 110), node('d', -90, 130)];
    const edges = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'dc', source: 'd', target: 'c' },
      { id: 'cb', source: 'c', target: 'b' },
    ];
    expect(routeOrthogonal(nodes, edges)).toEqual(routeOrthogonal(nodes, edges));
  });
});
