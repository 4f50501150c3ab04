/**
 * What a graph export covers: the chosen edges, the nodes they need and the layers they use; plus
 * the pieces every exporter writes the same way (the layer declarations, the loss of citations).
 */
import type { Layer, Pathway, PathwayEdge, PathwayNode } from '../types';
import type { EdgeSelection } from './types';

/** Top-level pathway fields every graph format carries in some form (or, for references, says it does not). */
const CORE_FIELDS = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'description',
  'references',
  'layers',
  'nodes',
  'edges',
]);

/** What an export covers. */
export interface ExportSelection {
  readonly nodes: readonly PathwayNode[];
  readonly edges: readonly PathwayEdge[];
  /** Layers used by the exported edges, in display order (all layers when every edge is exported). */
  readonly layers: readonly Layer[];
  /** Sentences for `losses`: unknown edge ids asked for, top-level sections (experiments, tours…) not written. */
  readonly notes: readonly string[];
}

/**
 * The edges to export and the nodes they need. Without `edgeIds`: everything. With: those edges, the
 * nodes they touch and every compartment containing one of those nodes.
 */
export function selectForExport(pathway: Pathway, edgeIds?: EdgeSelection): ExportSelection {
  const extra = Object.keys(pathway).filter((k) => !CORE_FIELDS.has(k));
  const notes = extra.length ? [`Sections this format has no place for are not written: ${extra.join(', ')}.`] : [];
  const withModifiers = (edges: readonly PathwayEdge[]) =>
    edges.some((e) => e.modifiers) ? [...notes, 'Edge modifiers (e.g. pharmacokinetic notes) are not written.'] : notes;
  if (edgeIds === undefined) {
    const { nodes, note } = placeClones(pathway.nodes, pathway.edges);
    return { nodes, edges: pathway.edges, layers: pathway.layers, notes: [...withModifiers(pathway.edges), ...note] };
  }
  const wanted = new Set(edgeIds);
  const edges = pathway.edges.filter((e) => wanted.has(e.id));
  const known = new Set(pathway.edges.map((e) => e.id));
  const missing = [...wanted].filter((id) => !known.has(id));
  if (missing.length) notes.push(`Edge ids not in the pathway were skipped: ${missing.join(', ')}.`);
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  const addWithParents = (id: string) => {
    for (let cur = byId.get(id); cur && !keep.has(cur.id); cur = cur.parent ? byId.get(cur.parent) : undefined)
      keep.add(cur.id);
  };
  for (const e of edges) {
    addWithParents(e.source);
    addWithParents(e.target);
  }
  const usedLayers = new Set(edges.flatMap((e) => e.layers));
  const placed = placeClones(
    pathway.nodes.filter((n) => keep.has(n.id)),
    edges,
  );
  return {
    nodes: placed.nodes,
    edges,
    layers: pathway.layers.filter((l) => usedLayers.has(l.id)),
    notes: [...withModifiers(edges), ...placed.note],
  };
}

/**
 * Other formats draw a node once. A node drawn only as its clones (no position of its own) is
 * written at its first exported copy's position, and every edge starts at that one box.
 */
function placeClones(
  nodes: readonly PathwayNode[],
  edges: readonly PathwayEdge[],
): { nodes: readonly PathwayNode[]; note: string[] } {
  const firstCopy = new Map<string, { x: number; y: number }>();
  const cloned = new Set<string>();
  for (const e of edges) {
    if (!e.sourceClone) continue;
    cloned.add(e.source);
    if (!firstCopy.has(e.source)) firstCopy.set(e.source, e.sourceClone);
  }
  if (!cloned.size) return { nodes, note: [] };
  const out = nodes.map((n) => {
    const at = firstCopy.get(n.id);
    return !n.position && at ? { ...n, position: { x: at.x, y: at.y } } : n;
  });
  const names = [...cloned].join(', ');
  return {
    nodes: out,
    note: [
      `Clones are not written: ${names} ${cloned.size === 1 ? 'is' : 'are'} drawn once (a node without a position of its own at its first copy), and every edge starts there.`,
    ],
  };
}

/** A layer as our Cytoscape.js JSON and GraphML exports declare it: everything but its key papers. */
export function layerDeclarations(layers: readonly Layer[]): Record<string, unknown>[] {
  return layers.map((l) => ({
    id: l.id,
    title: l.title,
    summary: l.summary,
    color: l.color,
    lineStyle: l.lineStyle,
    defaultVisible: l.defaultVisible,
    ...(l.role ? { role: l.role } : {}),
  }));
}
