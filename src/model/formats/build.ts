/**
 * The last step of every importer: a format-neutral draft (nodes and edges keyed by the file's own
 * ids) becomes a `Pathway` that passes `parsePathway`. Ids are made kebab-case and unique, labels and
 * claims filled in, dangling edges and parents dropped with a warning, and the edges put on the
 * layers the file names, or on one `imported` layer.
 */
import { LAYER_LINE_STYLES, LAYER_ROLES } from '../schema';
import type { EdgeStatus, LineStyle, NodeKind, Pathway, Relation } from '../types';
import { parsePathway } from '../validate';
import {
  IMPORTED_LAYER_COLOR,
  IMPORTED_LAYER_ID,
  IdAllocator,
  LAYER_PALETTE,
  SIF_RELATION_TOKEN,
  type Warnings,
  count,
  fileStem,
  generatedClaim,
  toKebabId,
  toText,
} from './common';
import type { ImportResult } from './types';

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

type MutableNode = {
  id: string;
  label: string;
  kind: NodeKind;
  description: string;
  synonyms?: string[];
  xrefs?: string[];
  parent?: string;
  position?: { x: number; y: number };
};

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:\S+$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Nodes with unique kebab-case ids; returns the nodes and the map from the file's keys to our ids. */
function buildNodes(draft: Draft): { nodes: MutableNode[]; idOf: Map<string, string> } {
  const ids = new IdAllocator();
  const idOf = new Map<string, string>();
  const nodes: MutableNode[] = [];
  for (const d of draft.nodes) {
    if (idOf.has(d.key)) {
      draft.warnings.add(`node id "${d.key}" appears more than once; only the first was imported`, d.where);
      continue;
    }
    const id = ids.take(d.key, 'node');
    idOf.set(d.key, id);
    const label = d.label?.trim() || d.key.trim() || id;
    const node: MutableNode = {
      id,
      label,
      kind: d.kind ?? 'concept',
      description: d.description?.trim() || `Imported from ${draft.format}.`,
    };
    const synonyms = d.synonyms ? [...d.synonyms] : d.key !== label && d.key !== id ? [d.key] : [];
    const cleanSynonyms = [...new Set(synonyms.map((s) => s.trim()).filter((s) => s && s !== label))];
    if (cleanSynonyms.length) node.synonyms = cleanSynonyms;
    const xrefs = (d.xrefs ?? []).filter((x) => {
      if (CURIE.test(x)) return true;
      draft.warnings.add(
        `cross-reference "${x}" is not a compact identifier (prefix:id) and was not imported`,
        d.where,
      );
      return false;
    });
    if (xrefs.length) node.xrefs = [...new Set(xrefs)];
    if (d.position) {
      if (Number.isFinite(d.position.x) && Number.isFinite(d.position.y))
        node.position = { x: d.position.x, y: d.position.y };
      else draft.warnings.add('position is not a pair of finite numbers and was not imported', d.where);
    }
    nodes.push(node);
  }
  return { nodes, idOf };
}

/** Resolve parents: only an existing compartment node can contain; cycles are broken. */
function linkParents(draft: Draft, nodes: MutableNode[], idOf: Map<string, string>): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const firstDraft = new Map<string, DraftNode>();
  for (const d of draft.nodes) if (!firstDraft.has(d.key)) firstDraft.set(d.key, d);
  for (const d of firstDraft.values()) {
    if (d.parentKey === undefined) continue;
    const node = byId.get(idOf.get(d.key) ?? '');
    const parentId = idOf.get(d.parentKey);
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    if (!node) continue;
    if (!parent) {
      draft.warnings.add(`container "${d.parentKey}" does not exist; the node was imported without it`, d.where);
    } else if (parent.kind !== 'compartment') {
      draft.warnings.add(
        `container "${d.parentKey}" is a ${parent.kind}, not a compartment; nesting inside it cannot be shown and was not imported`,
        d.where,
      );
    } else if (parent.id === node.id) {
      draft.warnings.add('a node cannot contain itself; its container was not imported', d.where);
    } else {
      node.parent = parent.id;
    }
  }
  // Break cycles: walk up from each node; a node met twice loses its parent.
  for (const node of nodes) {
    const seen = new Set<string>([node.id]);
    for (let cur = node; cur.parent !== undefined;) {
      const up = byId.get(cur.parent);
      if (!up) break;
      if (seen.has(up.id)) {
        draft.warnings.add(`compartments contain each other in a loop; "${cur.label}" was taken out of "${up.label}"`);
        delete cur.parent;
        break;
      }
      seen.add(up.id);
      cur = up;
    }
  }
}

type MutableLayer = Pathway['layers'][number] extends infer L ? { -readonly [K in keyof L]: L[K] } : never;

/** The layers the file declares, with defaults for anything missing or invalid. */
class LayerTable {
  readonly layers: MutableLayer[] = [];
  private readonly idOf = new Map<string, string>();
  private readonly ids = new IdAllocator();

  constructor(private readonly draft: Draft) {
    for (const l of draft.layers ?? []) this.declare(l);
  }

  private declare(l: DraftLayer): string {
    const existing = this.idOf.get(l.id);
    if (existing !== undefined) {
      this.draft.warnings.add(`layer "${l.id}" is declared more than once; the first declaration was used`);
      return existing;
    }
    const n = this.layers.length;
    const id = this.ids.take(l.id, 'layer');
    this.idOf.set(l.id, id);
    const isImported = id === IMPORTED_LAYER_ID;
    let color = l.color ?? (isImported ? IMPORTED_LAYER_COLOR : LAYER_PALETTE[n % LAYER_PALETTE.length]!);
    if (!COLOR.test(color)) {
      this.draft.warnings.add(`layer "${l.id}" has colour "${color}", not #rrggbb; a default colour was used`);
      color = LAYER_PALETTE[n % LAYER_PALETTE.length]!;
    }
    let lineStyle = (l.lineStyle ?? LAYER_LINE_STYLES[n % LAYER_LINE_STYLES.length]!) as LineStyle;
    if (!(LAYER_LINE_STYLES as readonly string[]).includes(lineStyle)) {
      this.draft.warnings.add(`layer "${l.id}" has line style "${lineStyle}", which is not known; "solid" was used`);
      lineStyle = 'solid';
    }
    const layer: MutableLayer = {
      id,
      title: l.title?.trim() || (isImported ? 'Imported interactions' : `Layer ${l.id}`),
      summary:
        l.summary?.trim() ||
        (isImported
          ? `Interactions read from ${this.draft.fileName ? `“${this.draft.fileName}”` : `a ${this.draft.format} file`}; not cited.`
          : `Layer “${l.id}” of the imported ${this.draft.format} file.`),
      color,
      lineStyle,
      defaultVisible: l.defaultVisible ?? true,
      references: [],
    };
    if (l.role !== undefined) {
      if ((LAYER_ROLES as readonly string[]).includes(l.role)) layer.role = l.role as MutableLayer['role'];
      else this.draft.warnings.add(`layer "${l.id}" has role "${l.role}", which is not known; it was left out`);
    }
    this.layers.push(layer);
    return id;
  }

  /** Our id of a layer the file names; an undeclared layer is created with generated title and colour. */
  resolve(fileId: string, where: string): string {
    const known = this.idOf.get(fileId);
    if (known !== undefined) return known;
    if (this.draft.layers?.length)
      this.draft.warnings.add(
        `layer "${fileId}" is not declared in the file; it was created with a generated title and colour`,
        where,
      );
    return this.declare({ id: fileId });
  }

  /** The `imported` layer, created on first use. */
  imported(): string {
    return this.idOf.get(IMPORTED_LAYER_ID) ?? this.declare({ id: IMPORTED_LAYER_ID, lineStyle: 'solid' });
  }
}

type MutableEdge = {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  layers: string[];
  claim: string;
  status: EdgeStatus;
  reason?: string;
  evidence: [];
  uncited: true;
};

function buildEdges(draft: Draft, nodes: MutableNode[], idOf: Map<string, string>, layers: LayerTable): MutableEdge[] {
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const ids = new IdAllocator();
  const edges: MutableEdge[] = [];
  for (const d of draft.edges) {
    const source = idOf.get(d.sourceKey);
    const target = idOf.get(d.targetKey);
    if (source === undefined || target === undefined) {
      const missing = [source === undefined ? d.sourceKey : null, target === undefined ? d.targetKey : null]
        .filter((k): k is string => k !== null)
        .map((k) => `"${k}"`)
        .join(' and ');
      draft.warnings.add(`interaction skipped: it points at ${missing}, which is not a node in the file`, d.where);
      continue;
    }
    const layerIds = d.layers?.length
      ? [...new Set(d.layers.map((l) => layers.resolve(l, d.where)))]
      : [layers.imported()];
    const status = d.status ?? 'proposed';
    const edge: MutableEdge = {
      id: ids.take(d.key ?? `${source}-${SIF_RELATION_TOKEN[d.relation]}-${target}`, 'edge'),
      source,
      target,
      relation: d.relation,
      layers: layerIds,
      claim: d.claim?.trim() || generatedClaim(labelOf.get(source)!, d.relation, labelOf.get(target)!),
      status,
      evidence: [],
      uncited: true,
    };
    const reason = d.reason?.trim();
    if (reason) edge.reason = reason;
    else if (status === 'inferred')
      edge.reason = `Marked inferred in the imported ${draft.format} file, which gives no reason.`;
    edges.push(edge);
  }
  return edges;
}

/**
 * Turn a draft into a validated pathway. Fails (ok: false) when there is no node or no usable edge,
 * since a pathway needs at least one of each.
 */
export function finishImport(draft: Draft): ImportResult {
  const { nodes, idOf } = buildNodes(draft);
  if (nodes.length === 0) return { ok: false, errors: [{ path: '(file)', message: 'no nodes found in the file' }] };
  linkParents(draft, nodes, idOf);
  const layers = new LayerTable(draft);
  const edges = buildEdges(draft, nodes, idOf, layers);
  if (edges.length === 0) {
    const why = draft.edges.length ? ' (every interaction was skipped; see the warnings)' : '';
    const warnings = draft.warnings.list();
    return {
      ok: false,
      errors: [
        { path: '(file)', message: `no usable interactions found${why}; a pathway needs at least one` },
        ...warnings.map((w) => ({ path: '(warning)', message: w })),
      ],
    };
  }
  const stem = fileStem(draft.fileName);
  const title = draft.ownTitle?.trim() || stem || `Imported ${draft.format} pathway`;
  const source = draft.fileName ? `the ${draft.format} file “${draft.fileName}”` : `a ${draft.format} file`;
  const note =
    `Imported from ${source}: ${count(nodes.length, 'node')}, ${count(edges.length, 'interaction')}. ` +
    'The interactions carry no citations; check each before relying on it.';
  const pathway = {
    schemaVersion: 1,
    id: toKebabId(draft.ownId ?? draft.ownTitle ?? stem ?? '', 'imported-pathway'),
    title,
    description: draft.ownDescription?.trim() ? `${draft.ownDescription.trim()}\n\n${note}` : note,
    references: {},
    layers: layers.layers,
    nodes,
    edges,
  };
  const checked = parsePathway(pathway);
  if (!checked.ok)
    return {
      ok: false,
      errors: checked.errors.map((e) => ({ path: e.path, message: `the imported pathway is invalid: ${e.message}` })),
    };
  return { ok: true, pathway: checked.pathway, warnings: draft.warnings.list() };
}
