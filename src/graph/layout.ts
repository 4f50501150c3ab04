/**
 * Node positions for a model, computed once: the file's preset positions when every node has one,
 * otherwise one deterministic top-to-bottom layered layout (dagre) of the union of all layers. Layer
 * toggles never move anything, because they never come back here.
 */
import type { Model } from '../model/model';
import cytoscape from './cytoscape';
import { labelBox, type Positions } from './elements';

const cache = new WeakMap<Model, Positions>();

export function positionsFor(model: Model): Positions {
  const cached = cache.get(model);
  if (cached) return cached;
  const positions = computePositions(model);
  cache.set(model, positions);
  return positions;
}

function computePositions(model: Model): Positions {
  const { nodes, edges } = model.pathway;
  if (nodes.every((n) => n.position)) {
    return new Map(nodes.map((n) => [n.id, { x: n.position?.x ?? 0, y: n.position?.y ?? 0 }]));
  }
  // One edge per source-target pair: parallel layer strokes would only pull the ranks together.
  const pairs = new Set<string>();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => {
        const box = labelBox(n.label);
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
