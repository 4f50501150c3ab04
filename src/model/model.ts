/**
 * A loaded pathway plus the lookup tables every view needs, built once per model.
 */
import { clonesOf, type Clones } from './clones';
import type { Point } from './layout/aspect';
import type { Layer, Pathway, PathwayEdge, PathwayNode, Reference } from './types';

type Experiment = NonNullable<Pathway['experiments']>[number];
type Tour = NonNullable<Pathway['tours']>[number];

export interface Model {
  readonly pathway: Pathway;
  readonly nodeById: ReadonlyMap<string, PathwayNode>;
  readonly edgeById: ReadonlyMap<string, PathwayEdge>;
  readonly layerById: ReadonlyMap<string, Layer>;
  /** The file's experiments by id (empty when the file has none). */
  readonly experimentById: ReadonlyMap<string, Experiment>;
  /** The file's tours by id (empty when the file has none). */
  readonly tourById: ReadonlyMap<string, Tour>;
  /** Edges touching each node (as source or target), in file order. */
  readonly edgesByNode: ReadonlyMap<string, readonly PathwayEdge[]>;
  /** Layer ids in display order. */
  readonly layerIds: readonly string[];
  readonly defaultLayerIds: readonly string[];
  /** Nodes drawn again beside a target (edges with `sourceClone`). */
  readonly clones: Clones;
  /**
   * Positions computed for a pathway that carries none (a large file laid out in the file worker):
   * the canvas draws them instead of laying the pathway out again. Not part of the pathway file.
   */
  readonly layout?: ReadonlyMap<string, Point> | undefined;
}

export function buildModel(pathway: Pathway, layout?: ReadonlyMap<string, Point>): Model {
  const edgesByNode = new Map<string, PathwayEdge[]>(pathway.nodes.map((n) => [n.id, []]));
  for (const edge of pathway.edges) {
    edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge);
  }
  return {
    pathway,
    nodeById: new Map(pathway.nodes.map((n) => [n.id, n])),
    edgeById: new Map(pathway.edges.map((e) => [e.id, e])),
    layerById: new Map(pathway.layers.map((l) => [l.id, l])),
    experimentById: new Map((pathway.experiments ?? []).map((x) => [x.id, x])),
    tourById: new Map((pathway.tours ?? []).map((t) => [t.id, t])),
    edgesByNode,
    layerIds: pathway.layers.map((l) => l.id),
    defaultLayerIds: pathway.layers.filter((l) => l.defaultVisible).map((l) => l.id),
    clones: clonesOf(pathway),
    ...(layout ? { layout } : {}),
  };
}

export function referenceOf(model: Model, key: string): Reference | undefined {
  return Object.hasOwn(model.pathway.references, key) ? model.pathway.references[key] : undefined;
}

/**
 * The model with other tours: the pathway and its tour table change, everything the diagram draws
 * stays the same objects (so the canvas is not rebuilt, see `sameDrawing`). The caller validates.
 */
export function withTours(model: Model, tours: readonly Tour[]): Model {
  const { tours: _old, ...rest } = model.pathway;
  const pathway: Pathway = tours.length ? { ...rest, tours: [...tours] } : rest;
  return { ...model, pathway, tourById: new Map(tours.map((t) => [t.id, t])) };
}

/** Two models draw the same diagram: one is the other with edited tours (`withTours`). */
export function sameDrawing(a: Model | null, b: Model | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const p = a.pathway;
  const q = b.pathway;
  return (
    p.nodes === q.nodes &&
    p.edges === q.edges &&
    p.layers === q.layers &&
    p.references === q.references &&
    p.experiments === q.experiments &&
    p.id === q.id &&
    p.title === q.title
  );
}
