/**
 * What the active layers show: pure derivations over a model and a set of active layer ids.
 */
import type { Model } from './model';
import type { Target } from './target';
import type { PathwayEdge } from './types';

export interface LayerView {
  /** For each visible edge, its active layers in display order. Hidden edges are absent. */
  readonly edgeLayers: ReadonlyMap<string, readonly string[]>;
  /** Nodes touched by at least one visible edge. */
  readonly visibleNodes: ReadonlySet<string>;
  /** Edges that an active critique layer highlights (disputed, or with contesting evidence). */
  readonly highlighted: ReadonlySet<string>;
}

/** Active layer ids in the model's display order, unknown ids and repeats dropped. */
export function orderLayers(model: Model, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return model.layerIds.filter((id) => wanted.has(id));
}

export function isContested(edge: PathwayEdge): boolean {
  return edge.status === 'disputed' || edge.evidence.some((ev) => ev.stance === 'contests');
}

/** Each edge's layers in the model's display order, per model (a layer switch reads them all). */
const orderedLayers = new WeakMap<Model, ReadonlyMap<string, readonly string[]>>();
function layersInOrder(model: Model): ReadonlyMap<string, readonly string[]> {
  let byEdge = orderedLayers.get(model);
  if (!byEdge) {
    byEdge = new Map(model.pathway.edges.map((e) => [e.id, model.layerIds.filter((id) => e.layers.includes(id))]));
    orderedLayers.set(model, byEdge);
  }
  return byEdge;
}

export function layerView(model: Model, activeLayerIds: readonly string[]): LayerView {
  const active = new Set(activeLayerIds);
  const ordered = layersInOrder(model);
  const edgeLayers = new Map<string, readonly string[]>();
  const visibleNodes = new Set<string>();
  for (const edge of model.pathway.edges) {
    const on = (ordered.get(edge.id) ?? []).filter((id) => active.has(id));
    if (!on.length) continue;
    edgeLayers.set(edge.id, on);
    visibleNodes.add(edge.source);
    visibleNodes.add(edge.target);
  }
  const critiqueOn = model.pathway.layers.some((l) => l.role === 'critique' && active.has(l.id));
  const highlighted = new Set<string>();
  if (critiqueOn) {
    for (const edge of model.pathway.edges) {
      if (edgeLayers.has(edge.id) && isContested(edge)) highlighted.add(edge.id);
    }
  }
  return { edgeLayers, visibleNodes, highlighted };
}

/**
 * What one layer shows on its own: its edges (each drawn in that layer's stroke only, even where
 * other layers assert it too) and the nodes they touch. A small multiple of the grid view draws
 * this; an unknown id shows nothing.
 */
export function soloLayerView(model: Model, layerId: string): LayerView {
  return layerView(model, model.layerById.has(layerId) ? [layerId] : []);
}

/**
 * The active layers, plus whatever it takes to draw every target: an edge that no active layer
 * asserts brings in its first layer; a node that no active layer's edge touches brings in the first
 * layer with an edge at it. A link that names LSD shows LSD, with the layer it belongs to.
 * Unknown targets are left to whoever reports them. Display order.
 */
export function layersShowing(model: Model, active: readonly string[], targets: readonly Target[]): string[] {
  const on = new Set(active);
  const firstLayer = (edges: readonly PathwayEdge[]) =>
    model.layerIds.find((id) => edges.some((e) => e.layers.includes(id)));
  for (const t of targets) {
    const edges =
      t.kind === 'edge'
        ? [model.edgeById.get(t.id)].filter((e) => e !== undefined)
        : (model.edgesByNode.get(t.id) ?? []);
    if (edges.some((e) => e.layers.some((id) => on.has(id)))) continue;
    const layer = firstLayer(edges);
    if (layer) on.add(layer);
  }
  return orderLayers(model, on);
}

/** How many edges each layer asserts. */
export function layerEdgeCounts(model: Model): ReadonlyMap<string, number> {
  const counts = new Map(model.layerIds.map((id) => [id, 0]));
  for (const edge of model.pathway.edges) {
    for (const id of edge.layers) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
