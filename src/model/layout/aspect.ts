/**
 * The shape of a drawing: its bounds, and its width ÷ height kept between ¼ and 4 so that it fits
 * a screen of any shape at a zoom where something can be read. Shared by the layered layout (on the
 * canvas side) and the force-directed one (in the file worker).
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The drawing's width ÷ height is kept within [1 / MAX_ASPECT, MAX_ASPECT]. */
export const MAX_ASPECT = 4;

export interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function boundsOf(points: Iterable<Point>): Bounds | null {
  let box: Bounds | null = null;
  for (const p of points) {
    if (!box) box = { minX: p.x, maxX: p.x, minY: p.y, maxY: p.y };
    else {
      box.minX = Math.min(box.minX, p.x);
      box.maxX = Math.max(box.maxX, p.x);
      box.minY = Math.min(box.minY, p.y);
      box.maxY = Math.max(box.maxY, p.y);
    }
  }
  return box;
}

/** Extent a drawing has at least in each direction (about a node's width): a pair is not a "line". */
const MIN_EXTENT = 60;

/**
 * The same positions with width ÷ height within [¼, 4] (each side counted as at least a node's
 * width): the short side is stretched, so nothing comes closer together. Coordinates are rounded
 * to a tenth.
 */
export function keepAspect(positions: ReadonlyMap<string, Point>, maxAspect = MAX_ASPECT): Map<string, Point> {
  const box = boundsOf(positions.values());
  let sx = 1;
  let sy = 1;
  if (box) {
    const w = Math.max(box.maxX - box.minX, MIN_EXTENT);
    const h = Math.max(box.maxY - box.minY, MIN_EXTENT);
    // A hair inside the bound, so that rounding to a tenth cannot cross it.
    const limit = maxAspect * 0.999;
    if (w > maxAspect * h) sy = w / (limit * h);
    else if (h > maxAspect * w) sx = h / (limit * w);
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  const out = new Map<string, Point>();
  for (const [id, p] of positions) out.set(id, { x: round(p.x * sx), y: round(p.y * sy) });
  return out;
}
