/**
 * How a drawing is built without holding the page for long: its elements are added, and then their
 * styles computed, a few at a time in tasks of a few milliseconds each, with rendering held back
 * (`startBatch`) until all are done ({@link drawInSlices}). In one go, Cytoscape built and styled
 * the built-in model (136 elements) in one task of about a second on Lighthouse's 4×-slowed CPU,
 * and 10,000 elements in one task of over a second unslowed.
 *
 * A large drawing (`isLargeDrawing`) is also drawn lighter: labels and arrowheads only where they
 * can be read (`levelOfDetail.ts`).
 */
import type { Collection, Core, CytoscapeOptions, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Model } from '../model/model';
import type { Theme } from '../model/theme';
import { toElements, type Positions } from './elements';
import { startFar } from './levelOfDetail';
import { newCanvas } from './newCanvas';
import { isLargeDrawing } from './stylesheet';

/** The work of one task: well under the 50 ms of a long task even on a CPU four times slower. */
const TASK_MS = 8;
/** Elements added, or styled, between two looks at the clock. */
const ADD_CHUNK = 25;
const STYLE_CHUNK = 4;

/** Run `work` in a task of its own, queued behind what the browser has waiting; returns a cancel. */
function nextTask(work: () => void): () => void {
  // A message, not setTimeout(0), which browsers hold back to 4 ms once calls nest.
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) work();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/**
 * Run `step(from, to)` over `count` items, `chunk` at a time, in tasks of about {@link TASK_MS};
 * `done` after the last. Returns a function that stops it.
 */
function inSlices(count: number, chunk: number, step: (from: number, to: number) => void, done: () => void) {
  let at = 0;
  let cancel: (() => void) | null = null;
  const run = () => {
    const start = performance.now();
    while (at < count && performance.now() - start < TASK_MS) {
      const to = Math.min(count, at + chunk);
      step(at, to);
      at = to;
    }
    if (at < count) cancel = nextTask(run);
    else {
      cancel = null;
      done();
    }
  };
  cancel = nextTask(run);
  return () => {
    cancel?.();
    cancel = null;
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

/** What the owner of a drawing does as it is built (`mainCanvas.ts`). */
export interface DrawingSteps {
  /**
   * On the complete drawing, before its styles are computed: the store → canvas rules, events.
   * Returns the unbinding, and `ready`: the first framing, and the drawing announced. A large
   * drawing is framed before its styles are computed (framing reads its node positions, and its
   * zoom sets the level of detail, which styles depend on); any other after (framing measures its
   * labels, which computes their styles).
   */
  bind(cy: Core): { ready(): void; unbind(): void };
  /** The drawing may render now. */
  painted(): void;
}

/**
 * Build a drawing a slice per task: the canvas, empty at first; its elements added; `bind`; its
 * styles computed (with `ready` before or after them, as {@link DrawingSteps.bind} says); then
 * `painted`. Returns the teardown (which also stops a build under way).
 */
export function drawInSlices(
  element: HTMLElement,
  model: Model,
  positions: Positions,
  theme: Theme,
  options: Partial<CytoscapeOptions>,
  steps: DrawingSteps,
): () => void {
  const large = isLargeDrawing(model);
  const cy = newCanvas(element, model, positions, theme, { ...options, elements: [] });
  const defined = toElements(model, positions);
  const elements = parentsFirst(large ? startFar(defined) : defined);
  let bound: ReturnType<DrawingSteps['bind']> | null = null;
  cy.startBatch();
  let stop = inSlices(
    elements.length,
    ADD_CHUNK,
    (from, to) => void cy.add(elements.slice(from, to)),
    () => {
      const drawing = steps.bind(cy);
      bound = drawing;
      if (large) drawing.ready();
      cy.endBatch();
      stop = styleInSlices(cy, large, () => {
        if (!large) drawing.ready();
        steps.painted();
      });
    },
  );
  return () => {
    stop();
    bound?.unbind();
    cy.destroy();
  };
}

/**
 * Drop what Cytoscape remembers of each element's visibility. Styled in slices inside a batch, some
 * elements (compartments and what they hold) were remembered as hidden before their styles were
 * complete, and nothing restyles them later to correct it: they were missed by `:visible`, clicks
 * and framing until the next layer switch. (`dirtyStyleCache` is Cytoscape's own, on every collection,
 * though not in its typings; the memos are rebuilt on demand.)
 */
function forgetVisibility(eles: Collection): void {
  (eles as unknown as { dirtyStyleCache(): void }).dirtyStyleCache();
}

/**
 * Compute the drawing's styles a slice per task, with rendering held back until all are done,
 * then let it draw: Cytoscape would otherwise style every element inside its first frame.
 * `straight`: the strokes are straight (a large drawing's), so their geometry is computed in the
 * slices too. Returns a function that stops early. `done` runs once the drawing may render.
 */
function styleInSlices(cy: Core, straight: boolean, done: () => void): () => void {
  // Leaves first, then strokes, then compartments (inner ones first): a compartment's box is its
  // children's, so styled first it would style all of them in one slice.
  const depth = (n: NodeSingular) => n.ancestors().length;
  const parents = cy.nodes(':parent').sort((a, b) => depth(b) - depth(a));
  const eles = cy.nodes(':childless').union(cy.edges()).union(parents);
  let batching = true;
  cy.startBatch();
  const stop = inSlices(
    eles.length,
    STYLE_CHUNK,
    // Reading a style computes the element's whole style (Cytoscape styles lazily); a box, its
    // geometry too (a node's label, a stroke's ends and arrowheads), which the first frame would
    // compute for all. Curved strokes between the same two nodes bend apart as a group, so their
    // geometry is left to the first frame, which computes it for all at once: here only their style.
    (from, to) => {
      const slice = eles.slice(from, to);
      if (straight) slice.boundingBox({});
      else {
        slice.nodes().boundingBox({});
        slice.edges().forEach((edge) => void edge.style('display'));
      }
    },
    () => {
      batching = false;
      cy.endBatch();
      forgetVisibility(eles);
      done();
    },
  );
  return () => {
    stop();
    if (batching) cy.endBatch();
    batching = false;
  };
}
