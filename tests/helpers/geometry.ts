import { nodeBox as labelSize } from '../../src/graph/elements';
import type { Pathway } from '../../src/model/types';

type Box = readonly [x1: number, y1: number, x2: number, y2: number];
type Point = readonly [number, number];

function nodeBox(label: string, at: { x: number; y: number }, scale = 1): Box {
  const b = labelSize(label);
  const [w, h] = [(b.width * scale) / 2, (b.height * scale) / 2];
  return [at.x - w, at.y - h, at.x + w, at.y + h];
}

/** Does the segment a→b pass within `pad` of the box? (Liang–Barsky clipping.) */
function segmentHitsBox(a: Point, b: Point, box: Box, pad = 4): boolean {
  const [x1, y1, x2, y2] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a[0] - x1) && clip(dx, x2 - a[0]) && clip(-dy, a[1] - y1) && clip(dy, y2 - a[1]) && t0 < t1;
}

/**
 * Layout problems of a file with preset positions: overlapping nodes, and edges drawn through a
 * node (straight from centre to centre, or along their stored route). Compartments are boxes drawn
 * around their children: they have no position of their own and are crossed freely.
 */
export function layoutProblems(p: Pathway, gap = 8, scale = 1): string[] {
  const problems: string[] = [];
  const boxes = new Map<string, Box>();
  for (const n of p.nodes) {
    if (n.kind === 'compartment') continue;
    if (!n.position) problems.push(`${n.id} has no position`);
    else boxes.set(n.id, nodeBox(n.label, n.position, scale));
  }
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
    if (!boxes.has(e.source) || !boxes.has(e.target)) continue;
    const line: Point[] = e.route
      ? [centre(e.source), ...e.route.map((q): Point => [q.x, q.y]), centre(e.target)]
      : [centre(e.source), centre(e.target)];
    for (const id of ids) {
      if (id === e.source || id === e.target) continue;
      if (line.some((q, i) => i > 0 && segmentHitsBox(line[i - 1]!, q, boxes.get(id)!)))
        problems.push(`${e.id} passes through ${id}`);
    }
  }
  return problems;
}
