/** Camera moves on `cy`, animated unless the user prefers reduced motion. */
import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Target } from '../model/target';
import { NO_INSETS, type Insets } from '../store/graphController';
import { COMPARTMENT_PADDING, entityOf } from './elements';
import { isLargeCanvas } from './levelOfDetail';

const PADDING = 20;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : true;
}

/** The elements drawn for a target: a node's glyphs (its own and its clones), or every stroke of an edge with its two ends. */
function elementsOf(cy: Core, target: Target): Collection {
  if (target.kind === 'node') return cy.nodes().filter((n) => entityOf(n) === target.id);
  const strokes = cy.edges().filter((e) => e.data('edgeId') === target.id);
  return strokes.union(strokes.connectedNodes());
}

/**
 * What the shown layers draw: the visible nodes and edges. A compartment (a compound parent) counts
 * only when something visible is drawn inside it: a box that is on screen only because it is a
 * parent does not widen a fit.
 */
export function shownElements(cy: Core): Collection {
  // A large drawing: shown is not `hidden` (the only class that undisplays, sync.ts). `:visible`
  // would style every element in one go before the drawing is framed (slicedDrawing.ts).
  if (isLargeCanvas(cy)) {
    const drawsInside = (box: NodeSingular) =>
      box.descendants().some((d) => (d as NodeSingular).isChildless() && !(d as NodeSingular).hasClass('hidden'));
    const hollowBoxes = cy.nodes(':parent').filter((box) => !drawsInside(box));
    return cy
      .elements()
      .filter((e) => !e.hasClass('hidden'))
      .difference(hollowBoxes);
  }
  const hollow = cy.nodes(':parent').filter((box) => box.descendants(':visible:childless').empty());
  return cy.elements(':visible').difference(hollow);
}

/**
 * The shown nodes whose centres the camera shows, each once by the node it draws (compartments left
 * out), when it is zoomed or panned to part of what is shown; null when all of it is in view.
 */
export function nodesInView(cy: Core): Target[] | null {
  const { x1, x2, y1, y2 } = cy.extent();
  const glyphs = shownElements(cy)
    .nodes()
    .filter((n) => !n.isParent());
  const inside = glyphs.filter((n: NodeSingular) => {
    const { x, y } = n.position();
    return x >= x1 && x <= x2 && y >= y1 && y <= y2;
  });
  if (inside.length === glyphs.length) return null;
  return [...new Set(inside.map((n: NodeSingular) => entityOf(n)))].map((id) => ({ kind: 'node', id }));
}

/**
 * Frame everything shown (everything when nothing is), clear of the `insets` that an overlay such
 * as the tour caption covers. Positions never move: only the camera does.
 */
export function fitVisible(cy: Core, animated: boolean, insets: Insets = NO_INSETS): void {
  moveCamera(cy, shownOrEverything(cy), animated, insets, 250);
}

/**
 * The canvas drawn beside each canvas at the same positions, its camera linked (`linkCameras`):
 * a framing covers what both show, so neither side is cut off.
 */
const companions = new WeakMap<Core, Core>();

/** The box of what `pick` selects on `cy` and on its companion, if it has one; null when nothing. */
function boxOver(cy: Core, pick: (core: Core) => Collection): Box | null {
  const companion = companions.get(cy);
  const cores = companion && !companion.destroyed() ? [cy, companion] : [cy];
  return boxUnion(
    cores.flatMap((core) => {
      const eles = pick(core);
      return eles.nonempty() ? [drawnBox(eles)] : [];
    }),
  );
}

/** The model box of what is shown here and on a linked canvas; null when nothing is. */
export function shownBox(cy: Core): { readonly w: number; readonly h: number } | null {
  return boxOver(cy, shownElements);
}

/** What a fit frames: what is shown (here and on a linked canvas), or everything when nothing is. */
function shownOrEverything(cy: Core): Box {
  return boxOver(cy, shownElements) ?? drawnBox(cy.elements());
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

function boxUnion(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null;
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * A large drawing: the box of the nodes' boxes from their positions and sizes (strokes run between
 * nodes). Cytoscape's own bounds would style every element and compute every stroke's curve, label
 * and arrowheads first: 1.7 s at 7,000 strokes, in one task.
 */
function nodeBoxes(nodes: Collection | NodeCollection): Box | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const w = (Number(n.data('w')) || 0) / 2;
    const h = (Number(n.data('h')) || 0) / 2;
    x1 = Math.min(x1, x - w);
    x2 = Math.max(x2, x + w);
    y1 = Math.min(y1, y - h);
    y2 = Math.max(y2, y + h);
  });
  return x1 < x2 ? { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 } : null;
}

/** The box of the displayed elements of `eles` (a collection's box leaves out what is not displayed), or null. */
function displayedBox(eles: Collection): Box | null {
  if (eles.empty()) return null;
  if (isLargeCanvas(eles[0]!.cy())) return nodeBoxes(eles.nodes());
  const b = eles.boundingBox({});
  return Number.isFinite(b.x1) && Number.isFinite(b.x2) && b.w > 0 ? { ...b } : null;
}

/**
 * A compartment's box as drawn around what it shows now: its displayed children (compartments inside
 * it the same way), its padding, and its title above. Cytoscape's own bounds of a compound node, and
 * its cached `:visible`, can still hold children that a layer toggle has just hidden.
 */
function compartmentBox(box: NodeSingular): Box | null {
  const children = box.children();
  const inner = boxUnion(
    [
      displayedBox(children.filter((c) => !c.isParent())),
      ...children
        .filter((c) => c.isParent())
        .toArray()
        .map((c) => compartmentBox(c as NodeSingular)),
    ].filter((b): b is Box => b !== null),
  );
  if (!inner) return null;
  const pad = COMPARTMENT_PADDING.side;
  const body = { x1: inner.x1 - pad, y1: inner.y1 - pad, x2: inner.x2 + pad, y2: inner.y2 + pad };
  const title = box.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const cx = (body.x1 + body.x2) / 2;
  return boxUnion([
    { ...body, w: body.x2 - body.x1, h: body.y2 - body.y1 },
    { x1: cx - title.w / 2, x2: cx + title.w / 2, y1: body.y1 - title.h, y2: body.y1, w: title.w, h: title.h },
  ]);
}

/** The model box of what `eles` draws now, compartments as `compartmentBox` draws them. */
function drawnBox(eles: Collection): Box {
  const parents = eles.filter((e) => e.isNode() && e.isParent());
  const boxes = [
    displayedBox(eles.difference(parents)),
    ...parents.toArray().map((p) => compartmentBox(p as NodeSingular)),
  ].filter((b): b is Box => b !== null);
  return boxUnion(boxes) ?? eles.boundingBox({});
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
  const box = shownOrEverything(cy);
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
  const drawn = (core: Core) =>
    targets.reduce((acc, t) => acc.union(elementsOf(core, t)), core.collection()).filter(':visible');
  const box = boxOver(cy, drawn) ?? boxOver(cy, shownElements);
  if (box) moveCamera(cy, box, animated, insets, 350, 1.6);
}

/**
 * Fit a model `box` into the part of the canvas clear of the `insets`, zooming in no further than
 * `maxZoom`; animated (over `duration` ms) unless asked not to or the user prefers reduced motion.
 */
function moveCamera(cy: Core, box: Box, animated: boolean, insets: Insets, duration: number, maxZoom = Infinity): void {
  // Fit into the part of the canvas the insets leave: they shorten the frame, not its other sides.
  const fitTo = () => {
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

/**
 * Link two cameras over canvases of the same size drawing the same positions: whatever moves one
 * (the user, a framing, an animation) moves the other to the same zoom and pan. `b` starts where `a`
 * is. Returns the function that unlinks them.
 */
export function linkCameras(a: Core, b: Core): () => void {
  let copying = false;
  const copier = (from: Core, to: Core) => () => {
    if (copying) return;
    copying = true;
    try {
      to.viewport({ zoom: from.zoom(), pan: { ...from.pan() } });
    } finally {
      copying = false;
    }
  };
  const aToB = copier(a, b);
  const bToA = copier(b, a);
  aToB();
  a.on('viewport', aToB);
  b.on('viewport', bToA);
  companions.set(a, b);
  return () => {
    a.removeListener('viewport', aToB);
    b.removeListener('viewport', bToA);
    if (companions.get(a) === b) companions.delete(a);
  };
}
