/**
 * How a large drawing (`isLargeDrawing`: thousands of nodes and strokes) is built and drawn without
 * holding the page for long, and drawn lighter.
 *
 * Built in slices: the elements are added a slice per task and their styles computed a slice per
 * task, with rendering held back (`startBatch`) until all are done ({@link drawInSlices}). In one
 * go, Cytoscape built and styled 10,000 elements in one task of over a second.
 *
 * Drawn lighter: labels and arrowheads only where they can be read (`levelOfDetail.ts`).
 */
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';
import type { Model } from '../model/model';
import type { Theme } from '../model/theme';
import { toElements, type Positions } from './elements';
import { startFar } from './levelOfDetail';
import { newCanvas } from './newCanvas';

/** Elements added, or styled, per task: about 100 ms of work each on a slow machine. */
const SLICE = 1500;

/** Run `step(from, to)` over `count` items a slice per task; `done` after the last. Returns stop. */
function inSlices(count: number, step: (from: number, to: number) => void, done: () => void): () => void {
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(function next() {
    step(at, Math.min(count, at + SLICE));
    at += SLICE;
    timer = at < count ? setTimeout(next, 0) : null;
    if (!timer) done();
  }, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}

/** Compound parents before their children (a child cannot be added before its parent). */
function parentsFirst(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const parentOf = new Map<string, string>();
  for (const e of elements) {
    const { id, parent } = e.data as { id?: string; parent?: string };
    if (id && parent) parentOf.set(id, parent);
  }
  const depth = (id: string | undefined): number => {
    let d = 0;
    for (let p = id && parentOf.get(id); p && d < 50; p = parentOf.get(p)) d++;
    return d;
  };
  const nodes = elements.filter((e) => e.group === 'nodes');
  const byDepth = nodes.map((e, i) => ({ e, i, d: depth((e.data as { id?: string }).id) }));
  byDepth.sort((a, b) => a.d - b.d || a.i - b.i);
  return [...byDepth.map((x) => x.e), ...elements.filter((e) => e.group !== 'nodes')];
}

/**
 * Build a large drawing a slice per task: the canvas, empty at first; its elements added; then
 * `mount` (bindings, first framing) on the complete drawing; then the styles computed. `painted`
 * runs once the drawing may render. Returns the teardown (which also stops a build under way).
 */
export function drawInSlices(
  element: HTMLElement,
  model: Model,
  positions: Positions,
  theme: Theme,
  options: Partial<CytoscapeOptions>,
  mount: (cy: Core) => () => void,
  painted: () => void,
): () => void {
  const cy = newCanvas(element, model, positions, theme, { ...options, elements: [] });
  const elements = parentsFirst(startFar(toElements(model, positions)));
  let unmount: (() => void) | null = null;
  cy.startBatch();
  let stop = inSlices(
    elements.length,
    (from, to) => void cy.add(elements.slice(from, to)),
    () => {
      unmount = mount(cy);
      cy.endBatch();
      stop = styleInSlices(cy, painted);
    },
  );
  return () => {
    stop();
    unmount?.();
    cy.destroy();
  };
}

/**
 * Compute the drawing's styles a slice per task, with rendering held back until all are done,
 * then let it draw: Cytoscape would otherwise style every element inside its first frame. Returns
 * a function that stops early. `done` runs once the drawing may render.
 */
function styleInSlices(cy: Core, done: () => void): () => void {
  const eles = cy.elements();
  let batching = true;
  cy.startBatch();
  const stop = inSlices(
    eles.length,
    // Reading a style computes the element's whole style (Cytoscape styles lazily); a box, its
    // geometry (a stroke's curve, ends and arrowheads), which the first frame would compute for all.
    (from, to) => void eles.slice(from, to).boundingBox({}),
    () => {
      batching = false;
      cy.endBatch();
      done();
    },
  );
  return () => {
    stop();
    if (batching) cy.endBatch();
    batching = false;
  };
}
