/**
 * Domain types of a pathway model. They are the schema's output types, read-only: the app never
 * mutates a loaded model, it loads a new one.
 */
import type { PathwayInput } from './schema';
import type { Target } from './target';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type Pathway = DeepReadonly<PathwayInput>;
export type Reference = Pathway['references'][string];
export type Author = NonNullable<Reference['author']>[number];
export type Layer = Pathway['layers'][number];
export type PathwayNode = Pathway['nodes'][number];
export type PathwayEdge = Pathway['edges'][number];
export type Evidence = PathwayEdge['evidence'][number];

export type Relation = PathwayEdge['relation'];
export type EdgeStatus = PathwayEdge['status'];
export type EvidenceKind = Evidence['kind'];
export type Stance = Evidence['stance'];
export type NodeKind = PathwayNode['kind'];
export type LineStyle = Layer['lineStyle'];

/** What is selected: one node or one edge, by id. */
/** The selected node or edge, if any. */
export type Selection = Target | null;

/** A validation problem: where (a JSON path such as `edges[3].evidence[0].ref`) and what is wrong. */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}
