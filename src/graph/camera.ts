/** Camera moves on `cy`, animated unless the user prefers reduced motion. */
import type { Collection, Core } from 'cytoscape';
import type { Target } from '../model/target';
import { NO_INSETS, type Insets } from '../store/graphController';

const PADDING = 20;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : true;
}

/** The elements drawn for a target: a node's glyphs (its own and its clones), or every stroke of an edge with its two ends. */
function elementsOf(cy: Core, target: Target): Collection {
  if (target.kind === 'node') return cy.$id(target.id).union(cy.nodes().filter((n) => n.data('entity') === target.id));
  const strokes = cy.edges().filter((e) => e.data('edgeId') === target.id);
  return strokes.union(strokes.connectedNodes());
}

/**
 * What the shown layers draw: the visible nodes and edges. A compartment (a compound parent) counts
 * only when something visible is drawn inside it: a box that is on screen only because it is a
 * parent does not widen a fit.
 */
export function shownElements(cy: Core): Collection {
  const hollow = cy.nodes(':parent').filter((box) => box.descendants(':visible:childless').empty());
  return cy.elements(':visible').difference(hollow);
}

/**
 * Frame everything shown (everything when nothing is), clear of the `insets` that an overlay such
 * as the tour caption covers. Positions never move: only the camera does.
 */
export function fitVisible(cy: Core, animated: boolean, insets: Insets = NO_INSETS): void {
  moveCamera(cy, shownOrEverything(cy), animated, insets, 250);
}

/** What a fit frames: what is shown, or everything when nothing is. */
function shownOrEverything(cy: Core): Collection {
  const shown = shownElements(cy);
  return shown.nonempty() ? shown : cy.elements();
}

/** The part of the canvas left to frame into beside the insets: never less than a third of either side. */
function frameSize(cy: Core, insets: Insets): { width: number; height: number } {
  return {
    width: cy.width() - Math.min(insets.right, (cy.width() * 2) / 3),
    height: cy.height() - Math.min(insets.bottom, (cy.height() * 2) / 3),
  };
}

/** Below this canvas width (a phone held upright) the first view opens readable, not whole. */
const NARROW = 560;
/** The first view's zoom on a narrow canvas: 12-unit labels at about 11 px. */
const READABLE_ZOOM = 0.9;

/**
 * The first view of what is shown. On a narrow canvas, fitting the whole landscape figure would
 * draw its labels at a few pixels; there it opens at a readable zoom on the start of the flow (the
 * left, where the drugs and the serotonin neuron are), centred in height, and Fit shows the whole.
 */
export function firstView(cy: Core, insets: Insets = NO_INSETS): void {
  fitVisible(cy, false, insets);
  if (cy.width() >= NARROW || cy.zoom() >= READABLE_ZOOM) return;
  const box = shownOrEverything(cy).boundingBox({});
  const { height } = frameSize(cy, insets);
  const zoom = READABLE_ZOOM;
  const y = zoom * box.h <= height - 2 * PADDING ? (height - zoom * (box.y1 + box.y2)) / 2 : PADDING - zoom * box.y1;
  cy.viewport({ zoom, pan: { x: PADDING - zoom * box.x1, y } });
}

export function zoomBy(cy: Core, factor: number, animated: boolean): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  if (animated && !prefersReducedMotion()) cy.animate({ zoom: { level, renderedPosition }, duration: 150 });
  else cy.zoom({ level, renderedPosition });
}

/**
 * Fit some targets (everything shown when none is found) into the part of the canvas clear of the
 * `insets` that an overlay such as the tour caption covers.
 */
export function frameTargets(
  cy: Core,
  targets: readonly Target[],
  animated: boolean,
  insets: Insets = NO_INSETS,
): void {
  // What is drawn of the targets: a hidden one (say, an edge of a layer that is off) has no box.
  const eles = targets.reduce((acc, t) => acc.union(elementsOf(cy, t)), cy.collection()).filter(':visible');
  const target = eles.nonempty() ? eles : shownElements(cy);
  if (target.empty()) return;
  moveCamera(cy, target, animated, insets, 350, 1.6);
}

/**
 * Fit `eles` into the part of the canvas clear of the `insets`, zooming in no further than
 * `maxZoom`; animated (over `duration` ms) unless asked not to or the user prefers reduced motion.
 */
function moveCamera(
  cy: Core,
  eles: Collection,
  animated: boolean,
  insets: Insets,
  duration: number,
  maxZoom = Infinity,
): void {
  // Fit into the part of the canvas the insets leave: they shorten the frame, not its other sides.
  const fitTo = () => {
    const box = eles.boundingBox({});
    const { width, height } = frameSize(cy, insets);
    const fits = Math.min((width - 2 * PADDING) / box.w, (height - 2 * PADDING) / box.h);
    const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, cy.maxZoom(), Number.isFinite(fits) ? fits : maxZoom));
    cy.viewport({
      zoom,
      pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
    });
  };
  // A move still under way is stopped where it is, so the new one starts from what is on screen.
  cy.stop(true);
  if (!animated || prefersReducedMotion()) return fitTo();
  const start = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  fitTo();
  const end = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.viewport(start);
  cy.animate({ zoom: end.zoom, pan: end.pan, duration });
}

export function centerOn(cy: Core, target: Target, animated: boolean): void {
  const eles = elementsOf(cy, target);
  if (eles.empty()) return;
  const zoom = Math.max(cy.zoom(), 1);
  if (animated && !prefersReducedMotion()) cy.animate({ center: { eles }, zoom, duration: 300 });
  else {
    cy.zoom(zoom);
    cy.center(eles);
  }
}

/** Pan just enough to bring a keyboard-focused element into view. */
export function revealTarget(cy: Core, target: Target): void {
  const ele = elementsOf(cy, target);
  if (ele.empty()) return;
  const box = ele.renderedBoundingBox({});
  const margin = 40;
  const dx = box.x1 < margin ? margin - box.x1 : box.x2 > cy.width() - margin ? cy.width() - margin - box.x2 : 0;
  const dy = box.y1 < margin ? margin - box.y1 : box.y2 > cy.height() - margin ? cy.height() - margin - box.y2 : 0;
  if (dx || dy) cy.panBy({ x: dx, y: dy });
}
