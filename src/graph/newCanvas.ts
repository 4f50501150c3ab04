import type { Core, CytoscapeOptions } from 'cytoscape';
import type { Model } from '../model/model';
import type { Theme } from '../model/theme';
import cytoscape from './cytoscape';
import { toElements, type Positions } from './elements';
import { followZoom, markLarge, startFar } from './levelOfDetail';
import { buildStylesheet, CANVAS_THEMES, isLargeDrawing } from './stylesheet';

declare global {
  interface Window {
    /** e2e builds: the benchmark asks for the WebGL renderer on large drawings. */
    __benchWebgl?: boolean;
  }
}

/** How far the interactive canvases zoom out and in. */
export const CANVAS_ZOOM = { minZoom: 0.15, maxZoom: 4 } as const;
/** How far a large drawing zooms out. */
const LARGE_MIN_ZOOM = 0.02;

/**
 * A Cytoscape instance drawing `model` at `positions` inside `element`, in a theme: what the main
 * canvas, the second canvas of a side-by-side comparison and the grid's miniatures share. Nothing
 * is selectable by Cytoscape (the store holds the selection); `options` adds or overrides the rest.
 */
export function newCanvas(
  element: HTMLElement,
  model: Model,
  positions: Positions,
  theme: Theme,
  options: Partial<CytoscapeOptions> = {},
): Core {
  const large = isLargeDrawing(model);
  const cy = cytoscape({
    container: element,
    // `options.elements` (empty) when the caller adds them itself (slicedDrawing.ts).
    elements: options.elements ?? (large ? startFar(toElements(model, positions)) : toElements(model, positions)),
    style: buildStylesheet(model, CANVAS_THEMES[theme]),
    layout: { name: 'preset', fit: false },
    autounselectify: true,
    boxSelectionEnabled: false,
    // A large drawing pans and zooms a snapshot of itself and redraws when the move ends.
    ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true } : {}),
    // The benchmark compares Cytoscape's WebGL renderer on large drawings (e2e builds only).
    ...(large && import.meta.env.MODE === 'e2e' && window.__benchWebgl === true
      ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>)
      : {}),
    ...options,
  });
  if (large) {
    markLarge(cy);
    // Far enough out to see a whole network of thousands of nodes.
    cy.minZoom(Math.min(cy.minZoom(), LARGE_MIN_ZOOM));
    const unfollow = followZoom(cy);
    cy.one('destroy', unfollow);
  }
  return cy;
}
