/**
 * Node positions for a model, computed once: the file's preset positions when every node that has
 * no children has one (compartment boxes are drawn around their children; a node drawn only as its
 * clones needs none),
 * otherwise one deterministic top-to-bottom layered layout (dagre) of the union of all layers. Layer
 * toggles never move anything, because they never come back here.
 *
 * dagre is loaded only for a file that needs it: the built-in model has preset positions.
 */
import type { Model } from '../model/model';
import cytoscape from './cytoscape';
import { nodeBox, type Positions } from './elements';

/** Positions per drawing: keyed by the node list, which a model with edited tours shares (`withTours`). */
const cache = new WeakMap<object, Positions>();
let dagreReady: Promise<void> | null = null;

/** The file's own positions, when every node has one; otherwise null (a layout is needed). */
export function presetPositions(model: Model): Positions | null {
  const cached = cache.get(model.pathway.nodes);
  if (cached) return cached;
  const { nodes } = model.pathway;
  // A compartment's box is drawn around its children: only the nodes with no children need a place.
  // A node drawn only as its clones is placed by its edges' clone positions.
  const parents = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const placed = nodes.filter((n) => !parents.has(n.id) && !model.clones.cloneOnly.has(n.id));
  if (!placed.every((n) => n.position)) return null;
  const positions = new Map(placed.map((n) => [n.id, { x: n.position?.x ?? 0, y: n.position?.y ?? 0 }]));
  cache.set(model.pathway.nodes, positions);
  return positions;
}

/** Positions for every node: preset, or one layout of the union graph (computed once per model). */
export async function positionsFor(model: Model): Promise<Positions> {
  const ready = presetPositions(model);
  if (ready) return ready;
  dagreReady ??= import('cytoscape-dagre').then((mod) => {
    cytoscape.use(mod.default);
  });
  await dagreReady;
  const cached = cache.get(model.pathway.nodes);
  if (cached) return cached;
  const positions = layoutUnion(model);
  cache.set(model.pathway.nodes, positions);
  return positions;
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
