/**
 * "What if" experiments: what each layer (hypothesis) predicts for a drug's effect on a readout once
 * nodes are knocked out, edges cut or drug binding abolished. Signed reachability over one layer's
 * edges; the rules are written out in docs/reachability.md and tested one by one.
 *
 * Pure TypeScript: no React, Cytoscape or store.
 */
import type { Model } from './model';
import type { Pathway, PathwayEdge, Relation } from './types';

export type Experiment = NonNullable<Pathway['experiments']>[number];
export type Perturbation = Experiment['perturbation'];
export type ObservedResult = Experiment['observed']['result'];

/** What a layer says happens to the drug's effect on the readout under the perturbation. */
export type Prediction = 'lost' | 'retained' | 'no-prediction';

/** One layer's prediction for one experiment. */
export interface LayerPrediction {
  readonly layerId: string;
  readonly prediction: Prediction;
  /** Edge ids of one activating path from drug to readout under the perturbation; empty unless retained. */
  readonly path: readonly string[];
  /** A short sentence saying why. */
  readonly reason: string;
}

/** Every layer's prediction for one experiment, in layer display order. */
export interface ExperimentPredictions {
  readonly experimentId: string;
  readonly layers: readonly LayerPrediction[];
  /** True when at least two layers that make a prediction disagree. */
  readonly discriminates: boolean;
}

/** Two layers side by side (the compare view). Edge ids are in file order. */
export interface LayerComparison {
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  readonly shared: readonly string[];
  /** Ids of experiments for which both layers make a prediction and the predictions differ. */
  readonly experiments: readonly string[];
}

/** How a layer's prediction compares with what was observed. */
export type Verdict = 'agrees' | 'disagrees' | 'unclear' | 'no-prediction';

/**
 * The sign an edge carries along a path: +1 passes activation, −1 inverts it, 0 is not a path
 * (the sign of an unknown influence is unknown).
 */
const RELATION_SIGN: Readonly<Record<Relation, 1 | -1 | 0>> = {
  'positive-influence': 1,
  'necessary-stimulation': 1,
  binds: 1,
  'allosteric-modulation': 1,
  'negative-influence': -1,
  'unknown-influence': 0,
};

/** A perturbation as sets: removed nodes, and unusable edges (cut or binding abolished). */
interface Knockout {
  readonly removed: ReadonlySet<string>;
  readonly cut: ReadonlySet<string>;
  readonly abolished: ReadonlySet<string>;
}

const NONE: Knockout = { removed: new Set(), cut: new Set(), abolished: new Set() };

function knockoutOf(p: Perturbation | undefined): Knockout {
  if (!p) return NONE;
  const abolished = new Set(p.abolishBinding ?? []);
  return {
    removed: new Set(p.removeNodes ?? []),
    cut: new Set([...(p.cutEdges ?? []), ...abolished]),
    abolished,
  };
}

/** One layer's edges under a knockout: which nodes are off and which edges pass activation. */
interface LayerState {
  readonly edges: readonly PathwayEdge[];
  readonly ko: Knockout;
  /** Removed nodes, plus nodes that lost a necessary stimulation (transitively). */
  readonly off: ReadonlySet<string>;
}

function layerEdges(model: Model, layerId: string): PathwayEdge[] {
  return model.pathway.edges.filter((e) => e.layers.includes(layerId));
}

/**
 * Nodes that cannot be active: the removed ones, and any node with a necessary stimulation in the
 * layer whose edge is cut or whose source is off — repeated until nothing changes.
 */
function offNodes(edges: readonly PathwayEdge[], ko: Knockout): Set<string> {
  const off = new Set(ko.removed);
  const necessary = edges.filter((e) => e.relation === 'necessary-stimulation');
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of necessary) {
      if (!off.has(e.target) && (ko.cut.has(e.id) || off.has(e.source))) {
        off.add(e.target);
        changed = true;
      }
    }
  }
  return off;
}

function stateOf(model: Model, layerId: string, p: Perturbation | undefined): LayerState {
  const edges = layerEdges(model, layerId);
  const ko = knockoutOf(p);
  return { edges, ko, off: offNodes(edges, ko) };
}

/** Not cut, and both ends on. */
function usable(s: LayerState, e: PathwayEdge): boolean {
  return !s.ko.cut.has(e.id) && !s.off.has(e.source) && !s.off.has(e.target);
}

/**
 * An allosteric modulator only modulates: its edge passes activation while its target has another
 * usable, non-allosteric positive input from a node that is not a `concept` (e.g. BDNF → TrkB).
 */
function hasOrthostericInput(model: Model, s: LayerState, edge: PathwayEdge): boolean {
  return s.edges.some(
    (f) =>
      f !== edge &&
      f.target === edge.target &&
      f.relation !== 'allosteric-modulation' &&
      RELATION_SIGN[f.relation] === 1 &&
      usable(s, f) &&
      model.nodeById.get(f.source)?.kind !== 'concept',
  );
}

/** Whether activation (of either sign) can travel along this edge. */
function passes(model: Model, s: LayerState, e: PathwayEdge): boolean {
  if (RELATION_SIGN[e.relation] === 0 || !usable(s, e)) return false;
  return e.relation !== 'allosteric-modulation' || hasOrthostericInput(model, s, e);
}

/**
 * Breadth-first search over (node, sign) states from (from, +1); returns the edge ids of a shortest
 * path that reaches (to, +1), or `null`. Each state is visited once, so cycles terminate.
 */
function search(model: Model, s: LayerState, from: string, to: string): string[] | null {
  if (s.off.has(from)) return null;
  const out = new Map<string, PathwayEdge[]>();
  for (const e of s.edges) {
    if (!passes(model, s, e)) continue;
    const list = out.get(e.source);
    if (list) list.push(e);
    else out.set(e.source, [e]);
  }
  type State = { node: string; sign: number };
  const key = (st: State) => `${st.sign}|${st.node}`;
  const parent = new Map<string, { prev: string; edge: string } | null>([[key({ node: from, sign: 1 }), null]]);
  const queue: State[] = [{ node: from, sign: 1 }];
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i]!;
    if (cur.node === to && cur.sign === 1) return pathTo(parent, key(cur));
    for (const e of out.get(cur.node) ?? []) {
      const next = { node: e.target, sign: cur.sign * RELATION_SIGN[e.relation] };
      if (parent.has(key(next))) continue;
      parent.set(key(next), { prev: key(cur), edge: e.id });
      queue.push(next);
    }
  }
  return null;
}

function pathTo(parent: ReadonlyMap<string, { prev: string; edge: string } | null>, end: string): string[] {
  const path: string[] = [];
  for (let step = parent.get(end); step; step = parent.get(step.prev)) path.unshift(step.edge);
  return path;
}

/**
 * The edge ids of one activating path (sign +1) from `from` to `to` using only the edges of
 * `layerId`, under an optional perturbation; `null` when there is none.
 */
export function activatingPath(
  model: Model,
  layerId: string,
  from: string,
  to: string,
  perturbation?: Perturbation,
): readonly string[] | null {
  return search(model, stateOf(model, layerId, perturbation), from, to);
}

const label = (model: Model, id: string) => model.nodeById.get(id)?.label ?? id;

function describePath(model: Model, path: readonly string[], from: string): string {
  let text = label(model, from);
  for (const id of path) {
    const e = model.edgeById.get(id);
    if (e) text += ` ${RELATION_SIGN[e.relation] < 0 ? '⊣' : '→'} ${label(model, e.target)}`;
  }
  return text;
}

/** Why a node is off: the first necessary input it lost. */
function whyOff(model: Model, s: LayerState, node: string): string {
  if (s.ko.removed.has(node)) return `${label(model, node)} is removed`;
  const lost = s.edges.find(
    (e) => e.relation === 'necessary-stimulation' && e.target === node && (s.ko.cut.has(e.id) || s.off.has(e.source)),
  );
  return `${label(model, node)} cannot work without ${lost ? label(model, lost.source) : 'a necessary input'}`;
}

/** What the perturbation breaks on the layer's unperturbed path (at most two breaks, in path order). */
function breaksOn(model: Model, s: LayerState, baseline: readonly string[]): string[] {
  const breaks: string[] = [];
  for (const id of baseline) {
    const e = model.edgeById.get(id);
    if (!e) continue;
    const src = label(model, e.source);
    const tgt = label(model, e.target);
    if (s.off.has(e.source)) breaks.push(whyOff(model, s, e.source));
    else if (s.off.has(e.target)) breaks.push(whyOff(model, s, e.target));
    else if (s.ko.abolished.has(id)) breaks.push(`${src} can no longer bind ${tgt}`);
    else if (s.ko.cut.has(id)) breaks.push(`${src} → ${tgt} is blocked`);
    else if (!passes(model, s, e)) breaks.push(`${src} modulates ${tgt}, but nothing is left for it to amplify`);
  }
  return [...new Set(breaks)].slice(0, 2);
}

/**
 * What layer `layerId` predicts for `experiment`: `retained` if an activating path from the drug to
 * the readout survives the perturbation (with one such path), `lost` if the layer reaches the
 * readout without the perturbation but not with it, and `no-prediction` if the layer does not
 * reach it even unperturbed, or is a critique layer.
 */
export function predict(model: Model, experiment: Experiment, layerId: string): LayerPrediction {
  const layer = model.layerById.get(layerId);
  const none = (reason: string): LayerPrediction => ({ layerId, prediction: 'no-prediction', path: [], reason });
  if (!layer) return none(`There is no layer "${layerId}".`);
  if (layer.role === 'critique')
    return none('A critique layer collects evidence about the hypotheses; it predicts nothing itself.');
  const { drug, readout } = experiment;
  const baseline = search(model, stateOf(model, layerId, undefined), drug, readout);
  if (!baseline)
    return none(
      `This layer draws no activating path from ${label(model, drug)} to ${label(model, readout)}, so it says nothing about this experiment.`,
    );
  const s = stateOf(model, layerId, experiment.perturbation);
  const path = search(model, s, drug, readout);
  if (path)
    return {
      layerId,
      prediction: 'retained',
      path,
      reason: `An activating path survives: ${describePath(model, path, drug)}.`,
    };
  const breaks = breaksOn(model, s, baseline);
  const between = `from ${label(model, drug)} to ${label(model, readout)}`;
  const reason = breaks.length
    ? `${breaks.join('; ')}, and no other activating path ${between} remains.`
    : `The perturbation breaks every activating path ${between}.`;
  return { layerId, prediction: 'lost', path: [], reason };
}

/** Every layer's prediction for `experiment`, in display order, and whether the layers disagree. */
export function predictAll(model: Model, experiment: Experiment): ExperimentPredictions {
  const layers = model.layerIds.map((id) => predict(model, experiment, id));
  const made = new Set(layers.map((l) => l.prediction).filter((p) => p !== 'no-prediction'));
  return { experimentId: experiment.id, layers, discriminates: made.size >= 2 };
}

/**
 * Layers `a` and `b` side by side: the edges only one of them asserts, the edges both assert, and
 * the experiments whose predictions differ between them (both predicting, differently).
 */
export function compareLayers(model: Model, a: string, b: string): LayerComparison {
  const edges = model.pathway.edges;
  const inA = (e: PathwayEdge) => e.layers.includes(a);
  const inB = (e: PathwayEdge) => e.layers.includes(b);
  const experiments = (model.pathway.experiments ?? []).filter((x) => {
    const pa = predict(model, x, a).prediction;
    const pb = predict(model, x, b).prediction;
    return pa !== 'no-prediction' && pb !== 'no-prediction' && pa !== pb;
  });
  return {
    onlyA: edges.filter((e) => inA(e) && !inB(e)).map((e) => e.id),
    onlyB: edges.filter((e) => inB(e) && !inA(e)).map((e) => e.id),
    shared: edges.filter((e) => inA(e) && inB(e)).map((e) => e.id),
    experiments: experiments.map((x) => x.id),
  };
}

/**
 * A prediction against the observed result: `unclear` when the result was `partial`, and
 * `no-prediction` when the layer made none.
 */
export function verdict(prediction: Prediction, observed: ObservedResult): Verdict {
  if (prediction === 'no-prediction') return 'no-prediction';
  if (observed === 'partial') return 'unclear';
  return prediction === observed ? 'agrees' : 'disagrees';
}
