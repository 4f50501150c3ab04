import type { Core, CytoscapeOptions } from 'cytoscape';
import type { Model } from '../model/model';
import type { Theme } from '../model/theme';
import cytoscape from './cytoscape';
import { toElements, type Positions } from './elements';
import { buildStylesheet, CANVAS_THEMES } from './stylesheet';

/** How far the interactive canvases zoom out and in. */
export const CANVAS_ZOOM = { minZoom: 0.15, maxZoom: 4 } as const;

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
  return cytoscape({
    container: element,
    elements: toElements(model, positions),
    style: buildStylesheet(model, CANVAS_THEMES[theme]),
    layout: { name: 'preset', fit: false },
    autounselectify: true,
    boxSelectionEnabled: false,
    ...options,
  });
}
