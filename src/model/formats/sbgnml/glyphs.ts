/**
 * Small readers shared by the Activity Flow (`read.ts`) and Process Description (`pd.ts`) importers:
 * ids as we use them, glyph classes, labels and the centre of a glyph's box.
 */
import { toNumber } from '../values';
import { attr, firstChild } from '../xml';
import { unsafeId } from './vocab';

/** An id attribute as we use it: our writer's NCName prefix (`n_1642`) taken off (`vocab.ts`). */
export const idAttr = (el: Element, name: string): string | undefined => {
  const v = attr(el, name);
  return v === undefined ? undefined : unsafeId(v);
};

/** A glyph's or arc's class, trimmed and in lower case (`''` when it has none). */
export const classOf = (el: Element): string => (attr(el, 'class') ?? '').trim().toLowerCase();

/** The centre of a glyph's `<bbox>`. */
export function centre(glyph: Element): { x: number; y: number } | undefined {
  const box = firstChild(glyph, 'bbox');
  if (!box) return undefined;
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((a) => toNumber(attr(box, a)));
  return x === undefined || y === undefined ? undefined : { x: x + (w ?? 0) / 2, y: y + (h ?? 0) / 2 };
}

/** A glyph's `<label text>`, its white space (line breaks included) collapsed; `undefined` when empty. */
export function labelText(el: Element): string | undefined {
  const text = attr(firstChild(el, 'label') ?? el, 'text')
    ?.replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
