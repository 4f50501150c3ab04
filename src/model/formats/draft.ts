/**
 * The format-neutral draft every importer fills in: nodes, edges and layers as the file gives them,
 * keyed by the file's own ids. `build.ts` turns it into a pathway.
 */
import type { EdgeStatus, Evidence, NodeKind, Reference, Relation } from '../types';
import { toText } from './values';
import type { RelationFit } from './vocab';
import type { Warnings } from './warnings';

interface Position {
  readonly x: number;
  readonly y: number;
}

/** A node as the file gives it; `key` is the file's own id, which edges and children refer to. */
export interface DraftNode {
  readonly key: string;
  readonly label?: string | undefined;
  readonly kind?: NodeKind | undefined;
  readonly description?: string | undefined;
  /** When given, used as they are; otherwise the file's id is listed if it differs from label and new id. */
  readonly synonyms?: readonly string[] | undefined;
  readonly xrefs?: readonly string[] | undefined;
  readonly parentKey?: string | undefined;
  readonly position?: Position | undefined;
  /** Where in the file, for warnings: `line 3`, `elements.nodes[2]`, `glyph "g1"`. */
  readonly where: string;
}

/** The file's own name for an interaction that fits our relation loosely or not at all (`vocab.ts`). */
export interface ForeignType {
  readonly name: string;
  readonly fit: RelationFit;
  /** True when the name points from target to source and the ends were swapped. */
  readonly reversed?: boolean | undefined;
}

export interface DraftEdge {
  readonly key?: string | undefined;
  readonly sourceKey: string;
  readonly targetKey: string;
  readonly relation: Relation;
  /** Kept in the generated claim and, without a `key`, in the generated id (`a-controls-expression-of-b`). */
  readonly foreign?: ForeignType | undefined;
  /** Layer ids as the file gives them; none puts the edge on the `imported` layer. */
  readonly layers?: readonly string[] | undefined;
  readonly status?: EdgeStatus | undefined;
  readonly claim?: string | undefined;
  readonly reason?: string | undefined;
  /**
   * The citations the file gives for this interaction (GPML); every `ref` is a key of the draft's
   * `references`. With at least one `supports` item the edge is cited; otherwise it is `uncited`.
   */
  readonly evidence?: readonly Evidence[] | undefined;
  readonly where: string;
}

/** The foreign type to keep for a match that fits loosely or not at all; `undefined` for an exact one. */
export function foreignType(
  name: string,
  match: { fit?: RelationFit | undefined; reversed: boolean },
): ForeignType | undefined {
  return match.fit === undefined ? undefined : { name: name.trim(), fit: match.fit, reversed: match.reversed };
}

/** A layer declared by the file (our own cyjs/GraphML exports declare them). */
export interface DraftLayer {
  readonly id: string;
  readonly title?: string | undefined;
  readonly summary?: string | undefined;
  readonly color?: string | undefined;
  readonly lineStyle?: string | undefined;
  readonly defaultVisible?: boolean | undefined;
  readonly role?: string | undefined;
  /** The layer's key papers: keys of the draft's `references` (GPML: the pathway's own citations). */
  readonly references?: readonly string[] | undefined;
}

/** A layer declaration read from a file's own record (cyjs `data.layers`, GraphML `layerDefinitions`). */
export function draftLayer(id: string, record: Record<string, unknown>): DraftLayer {
  return {
    id,
    title: toText(record.title),
    summary: toText(record.summary),
    color: toText(record.color),
    lineStyle: toText(record.lineStyle),
    defaultVisible: typeof record.defaultVisible === 'boolean' ? record.defaultVisible : undefined,
    role: toText(record.role),
  };
}

export interface Draft {
  /** The format's name for people: `SIF`, `GraphML`. */
  readonly format: string;
  readonly fileName?: string | undefined;
  /** The file's own id, title and description, when it has them. */
  readonly ownId?: string | undefined;
  readonly ownTitle?: string | undefined;
  readonly ownDescription?: string | undefined;
  readonly layers?: readonly DraftLayer[] | undefined;
  /** References (CSL-JSON items) by key, for files that carry citations (GPML); none for the others. */
  readonly references?: Readonly<Record<string, Reference>> | undefined;
  readonly nodes: readonly DraftNode[];
  readonly edges: readonly DraftEdge[];
  readonly warnings: Warnings;
}
