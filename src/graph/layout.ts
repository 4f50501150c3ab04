/**
 * Node positions for a model, computed once: the file's preset positions when every node that has
 * no children has one (compartment boxes are drawn around their children; a node drawn only as its
 * clones needs none); the positions the file worker computed for a large file; otherwise one
 * deterministic layout of the union of all layers — top-to-bottom layered (dagre) up to
 * `LAYERED_MAX_NODES` nodes, force-directed in the file worker beyond (`model/layout`). Either way
 * the drawing's width ÷ height stays between ¼ and 4. Layer toggles never move anything, because
 * they never come back here.
 *
 * dagre is loaded only for a file that needs it: the built-in model has preset positions.
 */
import { keepAspect, type Point } from '../model/layout/aspect';
import { needsForceLayout, placedNodes } from '../model/layout/pathway';
import type { Model } from '../model/model';
import { appStore } from '../store/store';
import { beginWork } from '../store/work';
import { positionsOf, type PlacedNodes } from '../worker/protocol';
import cytoscape from './cytoscape';
import { nodeBox, type Positions } from './elements';

/** Positions per drawing: keyed by the node list, which a model with edited tours shares (`withTours`). */
const cache = new WeakMap<object, Positions>();
let dagreReady: Promise<void> | null = null;
const inFlight = new WeakMap<object, Promise<Positions>>();

/**
 * Positions ready at once: the file's own, when every node has one, or those the file worker
 * computed for it (`model.layout`); otherwise null (a layout is needed).
 */
export function presetPositions(model: Model): Positions | null {
  const cached = cache.get(model.pathway.nodes);
  if (cached) return cached;
  const placed = placedNodes(model.pathway, model.clones.cloneOnly);
  // The file's own positions come first; then those the worker computed.
  if (!placed.every((n) => n.position)) return model.layout ?? null;
  const positions = new Map(placed.map((n) => [n.id, { x: n.position?.x ?? 0, y: n.position?.y ?? 0 }]));
  cache.set(model.pathway.nodes, positions);
  return positions;
}

/** Positions for every node: preset, or one layout of the union graph (computed once per model). */
export async function positionsFor(model: Model): Promise<Positions> {
  const ready = presetPositions(model);
  if (ready) return ready;
  if (needsForceLayout(model.pathway, model.clones.cloneOnly)) {
    // One layout per drawing, however many canvases (the grid's miniatures) ask for it.
    const pending = inFlight.get(model.pathway.nodes) ?? forcePositions(model);
    inFlight.set(model.pathway.nodes, pending);
    return pending;
  }
  dagreReady ??= import('cytoscape-dagre').then((mod) => {
    cytoscape.use(mod.default);
  });
  await dagreReady;
  const cached = cache.get(model.pathway.nodes);
  if (cached) return cached;
  const positions = keepAspect(layoutUnion(model));
  cache.set(model.pathway.nodes, positions);
  return positions;
}

/**
 * Force-directed positions from the file worker, with a progress bar. Cancelled (by the user, or by
 * other work) or failed, the nodes are drawn on a grid for now, and the layout is not kept: the
 * next canvas for this drawing asks again.
 */
async function forcePositions(model: Model): Promise<Positions> {
  const work = beginWork(`Laying out ${model.pathway.title}`);
  work.report('laying out', 0);
  let placed: PlacedNodes | null = null;
  try {
    const { layoutInWorker } = await import('../worker/client');
    if (!work.cancelled) {
      const job = layoutInWorker(model.pathway, (stage, fraction) => work.report(stage, fraction));
      work.cancelWith(job.cancel);
      placed = await job.done;
    }
  } catch {
    placed = null;
  } finally {
    work.end();
  }
  if (!placed) {
    inFlight.delete(model.pathway.nodes);
    if (!work.cancelled)
      appStore.getState().addNotice(`${model.pathway.title} could not be laid out: its nodes are shown on a grid.`);
    return onGrid(model.pathway.nodes.map((n) => n.id));
  }
  const positions = positionsOf(placed);
  cache.set(model.pathway.nodes, positions);
  return positions;
}

/** Every node on a square grid, in file order: what a cancelled layout leaves. */
function onGrid(ids: readonly string[]): Map<string, Point> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  return new Map(ids.map((id, i) => [id, { x: (i % columns) * 110, y: Math.floor(i / columns) * 60 }]));
}

function layoutUnion(model: Model): Positions {
  const { nodes, edges } = model.pathway;
  // One edge per source-target pair: parallel layer strokes would only pull the ranks together.
  const pairs = new Set<string>();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => {
        const box = nodeBox(n.label);
        return {
          group: 'nodes' as const,
          data: { id: n.id, w: box.width, h: box.height, ...(n.parent ? { parent: n.parent } : {}) },
        };
      }),
      ...edges.flatMap((e) => {
        const key = `${e.source}\u0000${e.target}`;
        if (pairs.has(key) || e.source === e.target) return [];
        pairs.add(key);
        return [{ group: 'edges' as const, data: { id: `l:${e.id}`, source: e.source, target: e.target } }];
      }),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  cy.layout({
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 14,
    rankSep: 55,
    edgeSep: 12,
    ranker: 'network-simplex',
    animate: false,
    fit: false,
  } as cytoscape.LayoutOptions).run();
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.destroy();
  return positions;
}
