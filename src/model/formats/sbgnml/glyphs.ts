/**
 * Small readers shared by the Activity Flow (`read.ts`) and Process Description (`pd.ts`) importers:
 * ids as we use them, glyph classes, labels and the centre of a glyph's box.
 */
import type { DraftNode } from '../draft';
import { toNumber } from '../values';
import type { Warnings } from '../warnings';
import { attr, childElements, firstChild } from '../xml';
import { unsafeId } from './vocab';

/** An id attribute as we use it: our writer's NCName prefix (`n_1642`) taken off (`vocab.ts`). */
export const idAttr = (el: Element, name: string): string | undefined => {
  const v = attr(el, name);
  return v === undefined ? undefined : unsafeId(v);
};

/** A glyph's or arc's class, trimmed and in lower case (`''` when it has none). */
export const classOf = (el: Element): string => (attr(el, 'class') ?? '').trim().toLowerCase();

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A glyph's `<bbox>`, missing sizes read as 0. */
function boxOf(glyph: Element): Box | undefined {
  const box = firstChild(glyph, 'bbox');
  if (!box) return undefined;
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((a) => toNumber(attr(box, a)));
  return x === undefined || y === undefined ? undefined : { x, y, w: w ?? 0, h: h ?? 0 };
}

/** The centre of a glyph's `<bbox>`. */
export function centre(glyph: Element): { x: number; y: number } | undefined {
  const box = boxOf(glyph);
  return box && { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h &&
  inner.w * inner.h < outer.w * outer.h;

/**
 * Compartments from the drawing, for maps that name none: when no glyph of the map has a
 * `compartmentRef` (Reactome's SBGN export relies on geometry alone), each node goes in the
 * smallest compartment whose box holds its whole box, compartments too. A map that names any
 * compartment is taken at its word. Keys are the readers' own: the glyph's id, else `glyph-<n>`.
 */
export function compartmentsFromDrawing(map: Element, nodes: readonly DraftNode[], warnings: Warnings): DraftNode[] {
  const glyphs = childElements(map, 'glyph');
  if (glyphs.some((g) => attr(g, 'compartmentRef') !== undefined)) return [...nodes];
  const boxes = new Map<string, Box>();
  glyphs.forEach((g, i) => {
    const box = boxOf(g);
    if (box) boxes.set(idAttr(g, 'id') ?? `glyph-${i + 1}`, box);
  });
  const compartments = nodes
    .filter((n) => n.kind === 'compartment' && boxes.has(n.key))
    .map((n) => ({ key: n.key, box: boxes.get(n.key)! }))
    .sort((a, b) => a.box.w * a.box.h - b.box.w * b.box.h);
  if (!compartments.length) return [...nodes];
  let placed = 0;
  const out = nodes.map((n) => {
    const box = boxes.get(n.key);
    const around = box && compartments.find((c) => c.key !== n.key && inside(box, c.box));
    if (!around || n.parentKey !== undefined) return n;
    placed++;
    return { ...n, parentKey: around.key };
  });
  if (placed)
    warnings.add(
      `the map names no compartment for any glyph (compartmentRef): ${placed} were put in the compartment drawn around them`,
    );
  return out;
}

/** A glyph's `<label text>`, its white space (line breaks included) collapsed; `undefined` when empty. */
export function labelText(el: Element): string | undefined {
  const text = attr(firstChild(el, 'label') ?? el, 'text')
    ?.replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
