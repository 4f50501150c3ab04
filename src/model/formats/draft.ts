/**
 * The format-neutral draft every importer fills in: nodes, edges and layers as the file gives them,
 * keyed by the file's own ids. `build.ts` turns it into a pathway.
 */
import type { EdgeStatus, NodeKind, Relation } from '../types';
import { toText } from './values';
import type { Warnings } from './warnings';

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A node as the file gives it; `key` is the file's own id, which edges and children refer to. */
export interface DraftNode {
  readonly key: string;
  readonly label?: string;
  readonly kind?: NodeKind;
  readonly description?: string;
  /** When given, used as they are; otherwise the file's id is listed if it differs from label and new id. */
  readonly synonyms?: readonly string[];
  readonly xrefs?: readonly string[];
  readonly parentKey?: string;
  readonly position?: Position;
  /** Where in the file, for warnings: `line 3`, `elements.nodes[2]`, `glyph "g1"`. */
  readonly where: string;
}

export interface DraftEdge {
  readonly key?: string;
  readonly sourceKey: string;
  readonly targetKey: string;
  readonly relation: Relation;
  /** Layer ids as the file gives them; none puts the edge on the `imported` layer. */
  readonly layers?: readonly string[];
  readonly status?: EdgeStatus;
  readonly claim?: string;
  readonly reason?: string;
  readonly where: string;
}

/** A layer declared by the file (our own cyjs/GraphML exports declare them). */
export interface DraftLayer {
  readonly id: string;
  readonly title?: string;
  readonly summary?: string;
  readonly color?: string;
  readonly lineStyle?: string;
  readonly defaultVisible?: boolean;
  readonly role?: string;
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
  readonly fileName?: string;
  /** The file's own id, title and description, when it has them. */
  readonly ownId?: string;
  readonly ownTitle?: string;
  readonly ownDescription?: string;
  readonly layers?: readonly DraftLayer[];
  readonly nodes: readonly DraftNode[];
  readonly edges: readonly DraftEdge[];
  readonly warnings: Warnings;
}
