/**
 * Reading Cytoscape.js JSON in any of its shapes (`{ elements: { nodes, edges } }`, `{ elements:
 * [...] }`, a flat list of elements); what is read and what is reported is listed in `vocab.ts`.
 */
import { parseJson } from '../../json';
import { finishImport } from '../build';
import { type DraftEdge, type DraftLayer, type DraftNode, draftLayer, foreignType } from '../draft';
import { DISPLAY_NAME_FIELDS, fieldKey, pickLabel } from '../names';
import { checkText, failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { isRecord, toList, toNumber, toText } from '../values';
import { kindFromName, relationFromName, relationWarning, statusFromName } from '../vocab';
import { Warnings } from '../warnings';
import { EDGE_FIELDS, NODE_FIELDS, TOP_DATA_FIELDS, TOP_FIELDS } from './vocab';

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

/** Node name columns read for the label, by their normalised name (`shared_name` → `shared name`). */
const isNameField = (key: string) => {
  const k = fieldKey(key);
  return DISPLAY_NAME_FIELDS.has(k) || k === 'shared name';
};

/** Report data fields we do not read, once per group. */
function reportUnknownFields(elements: readonly RawElement[], warnings: Warnings): void {
  for (const [group, known] of [
    ['nodes', NODE_FIELDS],
    ['edges', EDGE_FIELDS],
  ] as const) {
    const extra = new Set<string>();
    for (const el of elements)
      if (el.group === group)
        for (const k of Object.keys(el.data)) if (!known.has(k) && !(group === 'nodes' && isNameField(k))) extra.add(k);
    if (extra.size)
      warnings.add(`${group === 'nodes' ? 'node' : 'edge'} data fields not imported: ${[...extra].join(', ')}`);
  }
}

/** The first non-empty value among the data fields whose normalised name passes `test`. */
function field(d: Record<string, unknown>, test: (key: string) => boolean): string | undefined {
  for (const [k, v] of Object.entries(d)) if (test(fieldKey(k)) && toText(v) !== undefined) return toText(v);
  return undefined;
}

function readNode(el: RawElement, index: number, warnings: Warnings): DraftNode & { explicitKind: boolean } {
  const d = el.data;
  const names = pickLabel({
    label: toText(d.label),
    display: field(d, (k) => DISPLAY_NAME_FIELDS.has(k)),
    shared: field(d, (k) => k === 'shared name'),
    name: toText(d.name),
  });
  const label = names.label;
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
    synonyms: mergeLists(toList(d.synonyms, /\|/), names.synonyms),
    xrefs: mergeLists(toList(d.xrefs, /[\s,|]+/), names.xrefs),
    parentKey: toText(d.parent),
    position,
    where: el.where,
  };
}

/** The file's own list followed by the names not chosen as label; `undefined` when both are empty. */
function mergeLists(own: string[] | undefined, more: readonly string[]): string[] | undefined {
  return own || more.length ? [...(own ?? []), ...more] : undefined;
}

function readEdge(el: RawElement, warnings: Warnings): DraftEdge | undefined {
  const d = el.data;
  const sourceKey = toText(d.source);
  const targetKey = toText(d.target);
  if (sourceKey === undefined || targetKey === undefined) {
    warnings.add('edge without source or target skipped', el.where);
    return undefined;
  }
  const typeName =
    toText(d.relation) ?? toText(d.interaction) ?? toText(d.shared_interaction) ?? toText(d.type) ?? toText(d.class);
  const match = typeName === undefined ? undefined : relationFromName(typeName);
  const typeWarning = typeName === undefined || !match ? undefined : relationWarning(typeName, match);
  if (typeName === undefined)
    warnings.add('edge without a relation or interaction type, imported as unknown-influence', el.where);
  else if (typeWarning) warnings.add(typeWarning, el.where);
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
    foreign: typeName === undefined || !match ? undefined : foreignType(typeName, match),
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
    const parsed = parseJson(checked.text);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    return importCyjsValue(parsed.value, name);
  });
}
