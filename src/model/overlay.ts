/**
 * What the study tools draw over the diagram: an experiment's perturbation and a witnessing path,
 * the compare view's partition of edges, a tour step's focus, and the edges citing a reference.
 * Pure: the canvas turns it into classes.
 */
import { compareLayers, predict } from './experiments';
import type { Model } from './model';
import { parseFocus } from './tours';

export interface Overlay {
  readonly removedNodes: ReadonlySet<string>;
  readonly cutEdges: ReadonlySet<string>;
  readonly abolishedEdges: ReadonlySet<string>;
  readonly drug: string | null;
  readonly readout: string | null;
  /** Edges of the witnessing path of the chosen layer's prediction. */
  readonly path: ReadonlySet<string>;
  readonly compare: {
    readonly onlyA: ReadonlySet<string>;
    readonly onlyB: ReadonlySet<string>;
    readonly shared: ReadonlySet<string>;
  } | null;
  /** `node:<id>` / `edge:<id>` a tour step points at. */
  readonly focus: ReadonlySet<string>;
  /** Edges citing the highlighted reference. */
  readonly citing: ReadonlySet<string>;
}

export interface OverlayInput {
  readonly experiment: string | null;
  readonly pathLayer: string | null;
  readonly compare: readonly [string, string] | null;
  readonly tour: string | null;
  readonly step: number | null;
  readonly highlightRef: string | null;
}

const EMPTY: ReadonlySet<string> = new Set();

export function overlayOf(model: Model, input: OverlayInput): Overlay {
  const experiment = input.experiment ? model.experimentById.get(input.experiment) : undefined;
  const p = experiment?.perturbation;
  const path =
    experiment && input.pathLayer && model.layerById.has(input.pathLayer)
      ? new Set(predict(model, experiment, input.pathLayer).path)
      : EMPTY;
  const cmp = input.compare ? compareLayers(model, input.compare[0], input.compare[1]) : null;
  const step = input.tour && input.step ? model.tourById.get(input.tour)?.steps[input.step - 1] : undefined;
  const focus = new Set(
    (step?.focus ?? [])
      .map(parseFocus)
      .filter((t) => t !== null)
      .map((t) => `${t.kind}:${t.id}`),
  );
  const citing = input.highlightRef
    ? new Set(
        model.pathway.edges.filter((e) => e.evidence.some((ev) => ev.ref === input.highlightRef)).map((e) => e.id),
      )
    : EMPTY;
  // Nothing to draw over the diagram: the one empty overlay, so that "none" is told by identity.
  if (!experiment && !cmp && focus.size === 0 && citing.size === 0) return NO_OVERLAY;
  return {
    removedNodes: new Set(p?.removeNodes ?? []),
    cutEdges: new Set(p?.cutEdges ?? []),
    abolishedEdges: new Set(p?.abolishBinding ?? []),
    drug: experiment?.drug ?? null,
    readout: experiment?.readout ?? null,
    path,
    compare: cmp ? { onlyA: new Set(cmp.onlyA), onlyB: new Set(cmp.onlyB), shared: new Set(cmp.shared) } : null,
    focus,
    citing,
  };
}

/** Nothing drawn over the diagram. */
export const NO_OVERLAY: Overlay = {
  removedNodes: EMPTY,
  cutEdges: EMPTY,
  abolishedEdges: EMPTY,
  drug: null,
  readout: null,
  path: EMPTY,
  compare: null,
  focus: EMPTY,
  citing: EMPTY,
};
