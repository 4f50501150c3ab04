/**
 * Cytoscape.js JSON: `{ elements: { nodes: [{ data, position }], edges: [{ data }] } }` (what
 * `cy.json()` and Cytoscape desktop's `.cyjs` export write), `{ elements: [...] }` and the flat array
 * of elements (`[{ group?, data, position? }]`, edges told apart by `group: 'edges'` or by having
 * `data.source` and `data.target`).
 *
 * **Read**: node `data.id`, `data.label` or `data.name` (label), `data.kind`, `data.type` or
 * `data.class` (kind, e.g. SBGNViz's `macromolecule`), `data.description`, `data.synonyms`,
 * `data.xrefs`, `data.parent` (compound parent → compartment), `position`; edge `data.id`, `source`,
 * `target`, `data.relation`, `data.interaction`, `data.type` or `data.class` (relation, mapped like
 * SIF types), `data.layers`, `data.status`, `data.claim`, `data.reason`; top-level `data.name` or
 * `data.title`, `data.description`, and the layer declarations in `data.layers` that our export
 * writes. Other data fields, element classes and view settings (style, zoom, pan) are reported in
 * the warnings, not imported.
 *
 * **What our export carries**: everything except citations: the references, each edge's evidence
 * and each layer's key papers are not written (imported edges are `uncited`). Our own export →
 * import keeps node ids, labels, kinds, descriptions, synonyms, xrefs, compartments and positions,
 * edge ids, relations, layers (with title, summary, colour, line style, default visibility, role),
 * status, claims and reasons.
 */
import type { Pathway, PathwayEdge, PathwayNode } from '../types';
import { type DraftEdge, type DraftLayer, type DraftNode, draftLayer, finishImport } from './build';
import {
  Warnings,
  checkText,
  failure,
  guarded,
  isRecord,
  kindFromName,
  parseJsonText,
  relationFromName,
  SIF_RELATION_TOKEN,
  selectForExport,
  statusFromName,
  toList,
  toNumber,
  toText,
} from './common';
import type { EdgeSelection, ExportResult, ImportResult } from './types';

/** Marks a file written by our exporter (`data.format`). */
export const CYJS_FORMAT_TAG = 'pathway-layers@1';

const NODE_FIELDS = new Set([
  'id',
  'label',
  'name',
  'kind',
  'type',
  'class',
  'description',
  'synonyms',
  'xrefs',
  'parent',
]);
const EDGE_FIELDS = new Set([
  'id',
  'source',
  'target',
  'relation',
  'interaction',
  'type',
  'class',
  'layers',
  'status',
  'claim',
  'reason',
  'uncited',
]);
const TOP_FIELDS = new Set([
  'elements',
  'nodes',
  'edges',
  'data',
  'format_version',
  'generated_by',
  'target_cytoscapejs_version',
]);
const TOP_DATA_FIELDS = new Set(['format', 'id', 'name', 'title', 'description', 'layers', 'shared_name', 'SUID']);

interface RawElement {
  readonly group: 'nodes' | 'edges';
  readonly data: Record<string, unknown>;
  readonly position?: unknown;
  readonly where: string;
}

/** The elements of any accepted shape, each with its JSON path; `undefined` when the shape is wrong. */
function collectElements(value: unknown, warnings: Warnings): RawElement[] | undefined {
  const out: RawElement[] = [];
  const push = (el: unknown, where: string, group?: 'nodes' | 'edges') => {
    if (!isRecord(el) || !isRecord(el.data)) {
      warnings.add('element without a "data" object skipped', where);
      return;
    }
    if (el.classes !== undefined && el.classes !== '' && !(Array.isArray(el.classes) && el.classes.length === 0))
      warnings.add('element classes (styling) not imported', where);
    const g =
      group ??
      (el.group === 'edges' || (el.group !== 'nodes' && 'source' in el.data && 'target' in el.data)
        ? 'edges'
        : 'nodes');
    out.push({ group: g, data: el.data, position: el.position, where });
  };
  const list = (items: unknown, path: string, group?: 'nodes' | 'edges'): boolean => {
    if (items === undefined) return true;
    if (!Array.isArray(items)) return false;
    items.forEach((el, i) => push(el, `${path}[${i}]`, group));
    return true;
  };
  if (Array.isArray(value)) return list(value, '') ? out : undefined;
  if (!isRecord(value)) return undefined;
  const elements = value.elements ?? (value.nodes !== undefined || value.edges !== undefined ? value : undefined);
  const base = value.elements === undefined ? '' : 'elements';
  if (Array.isArray(elements)) return list(elements, base) ? out : undefined;
  if (!isRecord(elements)) return undefined;
  const ok =
    list(elements.nodes, base ? `${base}.nodes` : 'nodes', 'nodes') &&
    list(elements.edges, base ? `${base}.edges` : 'edges', 'edges');
  return ok ? out : undefined;
}

/** Report data fields we do not read, once per group. */
function reportUnknownFields(elements: readonly RawElement[], warnings: Warnings): void {
  for (const [group, known] of [
    ['nodes', NODE_FIELDS],
    ['edges', EDGE_FIELDS],
  ] as const) {
    const extra = new Set<string>();
    for (const el of elements)
      if (el.group === group) for (const k of Object.keys(el.data)) if (!known.has(k)) extra.add(k);
    if (extra.size)
      warnings.add(`${group === 'nodes' ? 'node' : 'edge'} data fields not imported: ${[...extra].join(', ')}`);
  }
}

function readNode(el: RawElement, index: number, warnings: Warnings): DraftNode & { explicitKind: boolean } {
  const d = el.data;
  const label = toText(d.label) ?? toText(d.name);
  const key = toText(d.id) ?? label ?? `node-${index + 1}`;
  const kindName = toText(d.kind) ?? toText(d.type) ?? toText(d.class);
  const kind = kindName === undefined ? undefined : kindFromName(kindName);
  if (kindName !== undefined && kind === undefined)
    warnings.add(`node type "${kindName}" is not known; imported as concept`, el.where);
  let position: { x: number; y: number } | undefined;
  if (el.position !== undefined) {
    const x = isRecord(el.position) ? toNumber(el.position.x) : undefined;
    const y = isRecord(el.position) ? toNumber(el.position.y) : undefined;
    if (x !== undefined && y !== undefined) position = { x, y };
    else warnings.add('position is not {x, y} numbers and was not imported', el.where);
  }
  return {
    key,
    label,
    kind,
    explicitKind: kind !== undefined,
    description: toText(d.description),
    synonyms: toList(d.synonyms, /\|/),
    xrefs: toList(d.xrefs, /[\s,|]+/),
    parentKey: toText(d.parent),
    position,
    where: el.where,
  };
}

function readEdge(el: RawElement, warnings: Warnings): DraftEdge | undefined {
  const d = el.data;
  const sourceKey = toText(d.source);
  const targetKey = toText(d.target);
  if (sourceKey === undefined || targetKey === undefined) {
    warnings.add('edge without source or target skipped', el.where);
    return undefined;
  }
  const typeName = toText(d.relation) ?? toText(d.interaction) ?? toText(d.type) ?? toText(d.class);
  const match = typeName === undefined ? undefined : relationFromName(typeName);
  if (typeName === undefined)
    warnings.add('edge without a relation or interaction type, imported as unknown-influence', el.where);
  else if (!match?.known)
    warnings.add(`unknown interaction type "${typeName}", imported as unknown-influence`, el.where);
  const statusName = toText(d.status);
  const status = statusName === undefined ? undefined : statusFromName(statusName);
  if (statusName !== undefined && !status)
    warnings.add(`status "${statusName}" is not known; imported as proposed`, el.where);
  const reversed = match?.reversed === true;
  return {
    key: toText(d.id),
    sourceKey: reversed ? targetKey : sourceKey,
    targetKey: reversed ? sourceKey : targetKey,
    relation: match?.relation ?? 'unknown-influence',
    layers: toList(d.layers, /[\s,]+/),
    status,
    claim: toText(d.claim),
    reason: toText(d.reason),
    where: el.where,
  };
}

/** Layer declarations from the top-level `data.layers` our export writes. */
function readLayers(value: unknown, warnings: Warnings): DraftLayer[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnings.add('data.layers is not a list of layers and was not imported');
    return undefined;
  }
  const layers: DraftLayer[] = [];
  value.forEach((l, i) => {
    const id = isRecord(l) ? toText(l.id) : undefined;
    if (!isRecord(l) || id === undefined) {
      warnings.add('layer declaration without an id skipped', `data.layers[${i}]`);
      return;
    }
    layers.push(draftLayer(id, l));
  });
  return layers;
}

/**
 * Read an already-parsed Cytoscape.js JSON value (see the module comment for the shapes). Never
 * throws.
 */
export function importCyjsValue(value: unknown, name?: string): ImportResult {
  return guarded('Cytoscape.js JSON', () => {
    const warnings = new Warnings();
    if (isRecord(value) && 'schemaVersion' in value && !('elements' in value))
      return failure('(top level)', 'this is a Pathway Layers file, not Cytoscape.js JSON: open it as a pathway file');
    const elements = collectElements(value, warnings);
    if (!elements)
      return failure(
        '(top level)',
        'expected Cytoscape.js JSON: an object with "elements" ({ nodes: [...], edges: [...] } or a list), or a list of elements',
      );
    const top = isRecord(value) ? value : {};
    const topData = isRecord(top.data) ? top.data : {};
    const view = Object.keys(top).filter((k) => !TOP_FIELDS.has(k));
    if (view.length) warnings.add(`top-level fields not imported (view settings or unknown): ${view.join(', ')}`);
    const extraData = Object.keys(topData).filter((k) => !TOP_DATA_FIELDS.has(k));
    if (extraData.length) warnings.add(`network data fields not imported: ${extraData.join(', ')}`);
    reportUnknownFields(elements, warnings);
    const nodes = elements.filter((e) => e.group === 'nodes').map((e, i) => readNode(e, i, warnings));
    const parents = new Set(nodes.map((n) => n.parentKey).filter((p): p is string => p !== undefined));
    const draftNodes: DraftNode[] = nodes.map(({ explicitKind, ...n }) =>
      !explicitKind && parents.has(n.key) ? { ...n, kind: 'compartment' } : n,
    );
    const edges = elements
      .filter((e) => e.group === 'edges')
      .map((e) => readEdge(e, warnings))
      .filter((e): e is DraftEdge => e !== undefined);
    return finishImport({
      format: 'Cytoscape.js JSON',
      fileName: name,
      ownId: toText(topData.id),
      ownTitle: toText(topData.title) ?? toText(topData.name),
      ownDescription: toText(topData.description),
      layers: readLayers(topData.layers, warnings),
      nodes: draftNodes,
      edges,
      warnings,
    });
  });
}

/** Read Cytoscape.js JSON text. `name` is the file name. Never throws. */
export function importCyjs(text: string, name?: string): ImportResult {
  return guarded('Cytoscape.js JSON', () => {
    const checked = checkText(text, 'Cytoscape.js JSON');
    if ('result' in checked) return checked.result;
    const parsed = parseJsonText(checked.text, 'JSON');
    if ('result' in parsed) return parsed.result;
    return importCyjsValue(parsed.value, name);
  });
}

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
      layers: sel.layers.map((l) => ({
        id: l.id,
        title: l.title,
        summary: l.summary,
        color: l.color,
        lineStyle: l.lineStyle,
        defaultVisible: l.defaultVisible,
        ...(l.role ? { role: l.role } : {}),
      })),
    },
    elements: { nodes: sel.nodes.map(nodeElement), edges: sel.edges.map(edgeElement) },
  };
  const losses = [
    ...sel.notes,
    'Citations are not written: the references, every edge’s evidence and every layer’s key papers; re-imported edges are marked uncited.',
  ];
  if (sel.edges.some((e) => e.modifiers)) losses.push('Edge modifiers (e.g. pharmacokinetic notes) are not written.');
  return {
    text: JSON.stringify(doc, null, 2) + '\n',
    fileName: `${pathway.id}.cyjs`,
    fileExtension: 'cyjs',
    mimeType: 'application/json',
    losses,
  };
}
