import { nodeBox as labelSize } from '../../src/graph/elements';
import { clonesOf } from '../../src/model/clones';
import type { Pathway } from '../../src/model/types';
import { segmentHitsBox } from '../../scripts/figure/geometry';

type Box = readonly [x1: number, y1: number, x2: number, y2: number];
type Point = readonly [number, number];

function nodeBox(label: string, at: { x: number; y: number }, scale = 1): Box {
  const b = labelSize(label);
  const [w, h] = [(b.width * scale) / 2, (b.height * scale) / 2];
  return [at.x - w, at.y - h, at.x + w, at.y + h];
}

/** Does the segment a→b pass within `pad` of the box? (The figure check's own test, on a grown box.) */
function hitsBox(a: Point, b: Point, box: Box, pad = 4): boolean {
  const grown = { x1: box[0] - pad, y1: box[1] - pad, x2: box[2] + pad, y2: box[3] + pad };
  return segmentHitsBox({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, grown);
}

/**
 * Layout problems of a file with preset positions: overlapping boxes, and edges drawn through a
 * box (straight from centre to centre, or along their stored route). Compartments are boxes drawn
 * around their children: they have no position of their own and are crossed freely. A clone is a
 * box of its own, where its edges start; a node drawn only as clones needs no position.
 */
export function layoutProblems(p: Pathway, gap = 8, scale = 1): string[] {
  const problems: string[] = [];
  const boxes = new Map<string, Box>();
  const { clones, cloneOfEdge, cloneOnly } = clonesOf(p);
  const label = new Map(p.nodes.map((n) => [n.id, n.label]));
  for (const n of p.nodes) {
    if (n.kind === 'compartment' || cloneOnly.has(n.id)) continue;
    if (!n.position) problems.push(`${n.id} has no position`);
    else boxes.set(n.id, nodeBox(n.label, n.position, scale));
  }
  for (const c of clones) boxes.set(c.id, nodeBox(label.get(c.node)!, c.position, scale));
  const ids = [...boxes.keys()];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      const A = boxes.get(a)!;
      const B = boxes.get(b)!;
      if (A[0] - gap < B[2] && B[0] - gap < A[2] && A[1] - gap < B[3] && B[1] - gap < A[3])
        problems.push(`${a} overlaps ${b}`);
    }
  });
  const centre = (id: string): Point => {
    const b = boxes.get(id)!;
    return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  };
  for (const e of p.edges) {
    const source = cloneOfEdge.get(e.id) ?? e.source;
    if (!boxes.has(source) || !boxes.has(e.target)) continue;
    const line: Point[] = e.route
      ? [centre(source), ...e.route.map((q): Point => [q.x, q.y]), centre(e.target)]
      : [centre(source), centre(e.target)];
    for (const id of ids) {
      if (id === source || id === e.target) continue;
      if (line.some((q, i) => i > 0 && hitsBox(line[i - 1]!, q, boxes.get(id)!)))
        problems.push(`${e.id} passes through ${id}`);
    }
  }
  return problems;
}
