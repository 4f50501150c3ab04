/**
 * Landmark regions that F6 / Shift+F6 move between (WCAG 2.4.1), in document order: every element
 * with `data-region` that is shown. The diagram region is the canvas itself, so F6 lands on it
 * ready for the arrow keys.
 */
const REGION = '[data-region]';

function shownRegions(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(REGION)].filter(
    (el) => !el.hidden && !el.closest('[hidden]') && el.getClientRects().length > 0,
  );
}

/** Move focus to the next (+1) or previous (-1) region; returns the region focused, if any. */
export function focusRegion(direction: 1 | -1, root: Document = document): HTMLElement | null {
  const regions = shownRegions(root);
  if (!regions.length) return null;
  const active = root.activeElement;
  const here = regions.findIndex((r) => r === active || (active instanceof Node && r.contains(active)));
  const next =
    here === -1 ? (direction === 1 ? 0 : regions.length - 1) : (here + direction + regions.length) % regions.length;
  const region = regions[next] ?? null;
  region?.focus();
  return region;
}
