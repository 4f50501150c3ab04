/**
 * Level of detail for a large drawing (`isLargeDrawing`): besides the labels, which the stylesheet
 * hides while they would be unreadable, arrowheads are left out while zoomed out so far that they
 * would be a few pixels (class `far` on the strokes; the stylesheet drops their arrow shapes).
 * Thousands of arrowheads were three quarters of the time a frame of a 7,000-edge network took to
 * draw. Strokes are built `far` (a large network opens zoomed out), and the class follows the zoom
 * across {@link FAR_ZOOM}, one batch per crossing.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Below this zoom a stroke's arrowhead would be about 6 px or less, and node labels (12 units,
 * shown from 8 px) are hidden too: the detail comes back together when zooming in.
 */
export const FAR_ZOOM = 8 / 12;

const LARGE = 'pathway-layers-large';

/** Mark a canvas as drawing a large drawing (`isLargeDrawing`), for code that has only the canvas. */
export function markLarge(cy: Core): void {
  cy.scratch(LARGE, true);
}

/** Whether this canvas draws a large drawing. */
export function isLargeCanvas(cy: Core): boolean {
  return cy.scratch(LARGE) === true;
}

/** The elements with every stroke marked `far`, as a large drawing starts. */
export function startFar(elements: ElementDefinition[]): ElementDefinition[] {
  return elements.map((e) =>
    e.group === 'edges' ? { ...e, classes: `${typeof e.classes === 'string' ? e.classes : ''} far`.trim() } : e,
  );
}

/** Keep the strokes' `far` class in step with the zoom. Returns the unbind function. */
export function followZoom(cy: Core): () => void {
  let far = true;
  const update = () => {
    const now = cy.zoom() < FAR_ZOOM;
    if (now === far) return;
    far = now;
    cy.batch(() => {
      if (now) cy.edges().addClass('far');
      else cy.edges().removeClass('far');
    });
  };
  // The strokes start `far`; the first framing's zoom event puts them right.
  cy.on('zoom', update);
  return () => cy.off('zoom', update);
}
