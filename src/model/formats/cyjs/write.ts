/**
 * Writing Cytoscape.js JSON (the `cy.json()` shape, also readable by Cytoscape desktop as `.cyjs`)
 * with the data fields listed in `vocab.ts`.
 */
import type { Pathway, PathwayEdge, PathwayNode } from '../../types';
import { exportedFile } from '../registry';
import { layerDeclarations, selectForExport } from '../selection';
import type { EdgeSelection, ExportResult } from '../types';
import { SIF_RELATION_TOKEN } from '../vocab';
import { CYJS_FORMAT_TAG } from './vocab';

function nodeElement(n: PathwayNode): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: n.id,
    label: n.label,
    name: n.label,
    kind: n.kind,
    description: n.description,
  };
  if (n.synonyms?.length) data.synonyms = [...n.synonyms];
  if (n.xrefs?.length) data.xrefs = [...n.xrefs];
  if (n.parent !== undefined) data.parent = n.parent;
  return n.position
    ? { group: 'nodes', data, position: { x: n.position.x, y: n.position.y } }
    : { group: 'nodes', data };
}

function edgeElement(e: PathwayEdge): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: e.id,
    source: e.source,
    target: e.target,
    relation: e.relation,
    interaction: SIF_RELATION_TOKEN[e.relation],
    layers: [...e.layers],
    status: e.status,
    claim: e.claim,
  };
  if (e.reason !== undefined) data.reason = e.reason;
  return { group: 'edges', data };
}

/**
 * Write Cytoscape.js JSON (`cy.json()` shape, also readable by Cytoscape desktop as `.cyjs`): node
 * and edge data as in the module comment, positions, and the layer declarations in the top-level
 * `data`. Citations are not written; `losses` says so.
 */
export function exportCyjs(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
  const doc = {
    format_version: '1.0',
    generated_by: 'Pathway Layers',
    target_cytoscapejs_version: '~3.34',
    data: {
      format: CYJS_FORMAT_TAG,
      id: pathway.id,
      name: pathway.title,
      title: pathway.title,
      description: pathway.description,
      layers: layerDeclarations(sel.layers),
    },
    elements: { nodes: sel.nodes.map(nodeElement), edges: sel.edges.map(edgeElement) },
  };
  return exportedFile('cyjs', pathway.id, JSON.stringify(doc, null, 2) + '\n', sel.notes);
}
