/**
 * GraphML (yEd, Gephi, NetworkX, Cytoscape desktop): `<graphml>` with `<key>` declarations, one
 * `<graph>` of `<node>`s and `<edge>`s carrying `<data key=…>` values. Parsed with the platform
 * `DOMParser`; written as escaped strings.
 *
 * **Keys we write** (`attr.name`, all strings except `x`, `y`): graph `title`, `description`,
 * `layerDefinitions` (a JSON list of the layers' id, title, summary, colour, line style, default
 * visibility and role); node `label`, `kind`, `description`, `synonyms` (`|`-separated), `xrefs`
 * (space-separated), `parent` (compartment id), `x`, `y` (preset position); edge `relation`,
 * `layers` (comma-separated ids), `status`, `claim`, `reason`.
 *
 * **Read** by `attr.name`, case-insensitive, whatever the key ids: the keys above plus `name` (label
 * or title), `type`/`class` (node kind or edge relation, mapped like SIF types), `interaction`
 * (relation, as Cytoscape desktop writes it); key `<default>`s apply. yEd's node graphics give the
 * label and position (`y:NodeLabel`, `y:Geometry` centre) and an edge label names the relation when
 * nothing else does. A node holding a nested `<graph>` becomes a compartment containing its nodes.
 * Reported in the warnings, not imported: other data keys, a second top-level graph, hyperedges,
 * ports, undirected edges (imported as directed source → target), unknown types.
 *
 * **What GraphML loses on export**: citations (references, evidence, layers' key papers; re-imported
 * edges are `uncited`). Synonyms containing `|` are split at it on re-import.
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
  relationFromName,
  selectForExport,
  statusFromName,
  toList,
  toNumber,
  toText,
} from './common';
import type { EdgeSelection, ExportResult, ImportResult } from './types';
import { attr, childElements, descendants, escapeXml, escapeXmlText, firstChild, parseXml } from './xml';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type Domain = 'graph' | 'node' | 'edge';

/** What a declared key means to us. */
type Role =
  | 'title'
  | 'description'
  | 'layerDefinitions'
  | 'label'
  | 'kind'
  | 'synonyms'
  | 'xrefs'
  | 'parent'
  | 'x'
  | 'y'
  | 'relation'
  | 'layers'
  | 'status'
  | 'claim'
  | 'reason'
  | 'nodeGraphics'
  | 'edgeGraphics';

const ROLE_BY_NAME: Readonly<Record<Domain, Readonly<Record<string, Role>>>> = {
  graph: {
    title: 'title',
    name: 'title',
    label: 'title',
    description: 'description',
    layerdefinitions: 'layerDefinitions',
  },
  node: {
    label: 'label',
    name: 'label',
    kind: 'kind',
    type: 'kind',
    class: 'kind',
    description: 'description',
    synonyms: 'synonyms',
    xrefs: 'xrefs',
    parent: 'parent',
    x: 'x',
    y: 'y',
  },
  edge: {
    relation: 'relation',
    interaction: 'relation',
    type: 'relation',
    class: 'relation',
    layers: 'layers',
    status: 'status',
    claim: 'claim',
    reason: 'reason',
  },
};

interface KeyInfo {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly role?: Role;
  readonly fallback?: string;
}

/** The `<key>` declarations by id, with the role each plays for the domain it is declared for. */
function readKeys(root: Element): Map<string, KeyInfo[]> {
  const keys = new Map<string, KeyInfo[]>();
  for (const k of childElements(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) continue;
    const domain = attr(k, 'for') ?? 'all';
    const yfiles = attr(k, 'yfiles.type');
    const name = attr(k, 'attr.name') ?? yfiles ?? id;
    const defaultEl = firstChild(k, 'default');
    const fallback = defaultEl?.textContent ?? undefined;
    const domains: Domain[] = domain === 'all' ? ['graph', 'node', 'edge'] : [domain as Domain];
    const infos = domains
      .filter((d) => d in ROLE_BY_NAME)
      .map((d): KeyInfo => {
        const role: Role | undefined =
          yfiles === 'nodegraphics' && d === 'node'
            ? 'nodeGraphics'
            : yfiles === 'edgegraphics' && d === 'edge'
              ? 'edgeGraphics'
              : ROLE_BY_NAME[d][name.toLowerCase()];
        return { id, name, domain: d, role, fallback };
      });
    keys.set(id, [...(keys.get(id) ?? []), ...infos]);
  }
  return keys;
}

/** An element's data values by role, and which of them came from a key's `<default>`. */
type DataValues = Map<Role, Element | string> & { readonly defaulted: ReadonlySet<Role> };

/** The values of an element's `<data>` children by role, with key defaults filled in. */
function readData(
  el: Element,
  domain: Domain,
  keys: Map<string, KeyInfo[]>,
  warnings: Warnings,
  where: string,
): DataValues {
  const out = new Map<Role, Element | string>();
  const defaulted = new Set<Role>();
  for (const data of childElements(el, 'data')) {
    const keyId = attr(data, 'key') ?? '';
    const info = keys.get(keyId)?.find((k) => k.domain === domain);
    if (!info) {
      warnings.add(`data with undeclared key "${keyId}" on ${domain}s not imported`, where);
      continue;
    }
    if (!info.role) {
      warnings.add(`${domain} data "${info.name}" not imported`, where);
      continue;
    }
    out.set(info.role, info.role === 'nodeGraphics' || info.role === 'edgeGraphics' ? data : (data.textContent ?? ''));
  }
  for (const infos of keys.values())
    for (const k of infos)
      if (k.domain === domain && k.role && k.fallback !== undefined && !out.has(k.role)) {
        out.set(k.role, k.fallback);
        defaulted.add(k.role);
      }
  return Object.assign(out, { defaulted });
}

const text = (v: Element | string | undefined): string | undefined => (typeof v === 'string' ? toText(v) : undefined);

/** Label and centre from yEd's node graphics (`y:NodeLabel`, `y:Geometry`). */
function yedNode(graphics: Element | string | undefined): { label?: string; position?: { x: number; y: number } } {
  if (typeof graphics !== 'object') return {};
  const label = toText(descendants(graphics, 'NodeLabel')[0]?.textContent ?? undefined);
  const geo = descendants(graphics, 'Geometry')[0];
  if (!geo) return { label };
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => toNumber(attr(geo, a)));
  const position = x !== undefined && y !== undefined ? { x: x + (w ?? 0) / 2, y: y + (h ?? 0) / 2 } : undefined;
  return { label, position };
}

interface Walk {
  readonly keys: Map<string, KeyInfo[]>;
  readonly warnings: Warnings;
  readonly nodes: DraftNode[];
  readonly edges: DraftEdge[];
  readonly undirectedDefault: boolean;
  /** Edge elements seen so far, skipped ones included, to number edges without an id. */
  seenEdges: number;
}

function readNode(el: Element, parentKey: string | undefined, walk: Walk): void {
  const key = attr(el, 'id') ?? `node-${walk.nodes.length + 1}`;
  const where = `node "${key}"`;
  const data = readData(el, 'node', walk.keys, walk.warnings, where);
  const yed = yedNode(data.get('nodeGraphics'));
  const nested = firstChild(el, 'graph');
  // A node holding a graph is a compartment unless its own data (not a key default) says otherwise.
  const kindName = nested && data.defaulted.has('kind') ? undefined : text(data.get('kind'));
  let kind = kindName === undefined ? undefined : kindFromName(kindName);
  if (kindName !== undefined && kind === undefined)
    walk.warnings.add(`node type "${kindName}" is not known; imported as concept`, where);
  if (kind === undefined && nested) kind = 'compartment';
  const x = toNumber(text(data.get('x')));
  const y = toNumber(text(data.get('y')));
  if (data.has('x') !== data.has('y') || (data.has('x') && (x === undefined || y === undefined)))
    walk.warnings.add('x and y are not both numbers; position not imported', where);
  walk.nodes.push({
    key,
    label: text(data.get('label')) ?? yed.label,
    kind,
    description: text(data.get('description')),
    synonyms: data.has('synonyms') ? toList(text(data.get('synonyms')) ?? '', /\|/) : undefined,
    xrefs: toList(text(data.get('xrefs')), /[\s,|]+/),
    parentKey: text(data.get('parent')) ?? parentKey,
    position: x !== undefined && y !== undefined ? { x, y } : yed.position,
    where,
  });
  if (nested) readGraph(nested, key, walk);
  for (const port of childElements(el, 'port'))
    walk.warnings.add(`port "${attr(port, 'name') ?? ''}" not imported`, where);
}

function readEdge(el: Element, index: number, walk: Walk): void {
  const id = attr(el, 'id');
  const where = id === undefined ? `edge ${index + 1}` : `edge "${id}"`;
  const source = attr(el, 'source');
  const target = attr(el, 'target');
  if (source === undefined || target === undefined) {
    walk.warnings.add('edge without source or target skipped', where);
    return;
  }
  const data = readData(el, 'edge', walk.keys, walk.warnings, where);
  const directed = attr(el, 'directed');
  if (directed === 'false' || (directed === undefined && walk.undirectedDefault))
    walk.warnings.add('undirected edge imported as directed from source to target', where);
  if (attr(el, 'sourceport') !== undefined || attr(el, 'targetport') !== undefined)
    walk.warnings.add('edge ports not imported', where);
  const graphics = data.get('edgeGraphics');
  const edgeLabel =
    typeof graphics === 'object' ? toText(descendants(graphics, 'EdgeLabel')[0]?.textContent ?? undefined) : undefined;
  const typeName = text(data.get('relation')) ?? edgeLabel;
  const match = typeName === undefined ? undefined : relationFromName(typeName);
  if (typeName === undefined) walk.warnings.add('edge without a relation, imported as unknown-influence', where);
  else if (!match?.known)
    walk.warnings.add(`unknown interaction type "${typeName}", imported as unknown-influence`, where);
  const statusName = text(data.get('status'));
  const status = statusName === undefined ? undefined : statusFromName(statusName);
  if (statusName !== undefined && !status)
    walk.warnings.add(`status "${statusName}" is not known; imported as proposed`, where);
  const reversed = match?.reversed === true;
  walk.edges.push({
    key: id,
    sourceKey: reversed ? target : source,
    targetKey: reversed ? source : target,
    relation: match?.relation ?? 'unknown-influence',
    layers: toList(text(data.get('layers')), /[\s,]+/),
    status,
    claim: text(data.get('claim')),
    reason: text(data.get('reason')),
    where,
  });
}

function readGraph(graph: Element, parentKey: string | undefined, walk: Walk): void {
  for (const child of Array.from(graph.children)) {
    if (child.localName === 'node') readNode(child, parentKey, walk);
    else if (child.localName === 'edge') readEdge(child, walk.seenEdges++, walk);
    else if (child.localName === 'hyperedge')
      walk.warnings.add(
        'hyperedge (an edge joining more than two nodes) not imported',
        `graph "${attr(graph, 'id') ?? ''}"`,
      );
  }
}

/** Layer declarations from the graph-level `layerDefinitions` JSON our export writes. */
function readLayerDefinitions(json: string | undefined, warnings: Warnings): DraftLayer[] | undefined {
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    warnings.add('layerDefinitions is not valid JSON and was not imported');
    return undefined;
  }
  if (!Array.isArray(value)) {
    warnings.add('layerDefinitions is not a JSON list and was not imported');
    return undefined;
  }
  return value.flatMap((l, i): DraftLayer[] => {
    const id = isRecord(l) ? toText(l.id) : undefined;
    if (!isRecord(l) || id === undefined) {
      warnings.add('layer definition without an id skipped', `layerDefinitions[${i}]`);
      return [];
    }
    return [draftLayer(id, l)];
  });
}

/** Read GraphML text. `name` is the file name. Never throws. */
export function importGraphml(input: string, name?: string): ImportResult {
  return guarded('GraphML', () => {
    const checked = checkText(input, 'GraphML');
    if ('result' in checked) return checked.result;
    const parsed = parseXml(checked.text, 'GraphML');
    if ('result' in parsed) return parsed.result;
    const root = parsed.doc.documentElement;
    if (root.localName !== 'graphml')
      return failure('(root)', `expected a <graphml> root element, found <${root.localName}>`);
    const graphs = childElements(root, 'graph');
    const graph = graphs[0];
    if (!graph) return failure('graphml', 'the file has no <graph> element');
    const warnings = new Warnings();
    graphs
      .slice(1)
      .forEach((g, i) =>
        warnings.add(`graph ${i + 2} ("${attr(g, 'id') ?? ''}") not imported: only the first graph is read`),
      );
    const keys = readKeys(root);
    const graphData = readData(graph, 'graph', keys, warnings, `graph "${attr(graph, 'id') ?? ''}"`);
    const walk: Walk = {
      keys,
      warnings,
      nodes: [],
      edges: [],
      undirectedDefault: attr(graph, 'edgedefault') === 'undirected',
      seenEdges: 0,
    };
    readGraph(graph, undefined, walk);
    // yEd and NetworkX call every graph "G": not a name worth keeping.
    const graphId = toText(attr(graph, 'id'));
    return finishImport({
      format: 'GraphML',
      fileName: name,
      ownId: graphId !== undefined && graphId !== 'G' ? graphId : undefined,
      ownTitle: text(graphData.get('title')),
      ownDescription: text(graphData.get('description')),
      layers: readLayerDefinitions(text(graphData.get('layerDefinitions')), warnings),
      nodes: walk.nodes,
      edges: walk.edges,
      warnings,
    });
  });
}

/** The keys we write: [id, for, attr.name, attr.type]. */
const KEYS: readonly (readonly [string, Domain, string, 'string' | 'double'])[] = [
  ['title', 'graph', 'title', 'string'],
  ['pathwayDescription', 'graph', 'description', 'string'],
  ['layerDefinitions', 'graph', 'layerDefinitions', 'string'],
  ['label', 'node', 'label', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['description', 'node', 'description', 'string'],
  ['synonyms', 'node', 'synonyms', 'string'],
  ['xrefs', 'node', 'xrefs', 'string'],
  ['parent', 'node', 'parent', 'string'],
  ['x', 'node', 'x', 'double'],
  ['y', 'node', 'y', 'double'],
  ['relation', 'edge', 'relation', 'string'],
  ['layers', 'edge', 'layers', 'string'],
  ['status', 'edge', 'status', 'string'],
  ['claim', 'edge', 'claim', 'string'],
  ['reason', 'edge', 'reason', 'string'],
];

const dataLine = (indent: string, key: string, value: string | number) =>
  `${indent}<data key="${key}">${escapeXmlText(String(value))}</data>`;

function nodeXml(n: PathwayNode): string {
  const i = '      ';
  const lines = [dataLine(i, 'label', n.label), dataLine(i, 'kind', n.kind), dataLine(i, 'description', n.description)];
  if (n.synonyms?.length) lines.push(dataLine(i, 'synonyms', n.synonyms.join('|')));
  if (n.xrefs?.length) lines.push(dataLine(i, 'xrefs', n.xrefs.join(' ')));
  if (n.parent !== undefined) lines.push(dataLine(i, 'parent', n.parent));
  if (n.position) lines.push(dataLine(i, 'x', n.position.x), dataLine(i, 'y', n.position.y));
  return `    <node id="${escapeXml(n.id)}">\n${lines.join('\n')}\n    </node>`;
}

function edgeXml(e: PathwayEdge): string {
  const i = '      ';
  const lines = [
    dataLine(i, 'relation', e.relation),
    dataLine(i, 'layers', e.layers.join(',')),
    dataLine(i, 'status', e.status),
    dataLine(i, 'claim', e.claim),
  ];
  if (e.reason !== undefined) lines.push(dataLine(i, 'reason', e.reason));
  const ends = `source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"`;
  return `    <edge id="${escapeXml(e.id)}" ${ends}>\n${lines.join('\n')}\n    </edge>`;
}

/**
 * Write GraphML with the keys listed in the module comment. Every node and edge is flat in one
 * directed graph (compartments via the `parent` key, not nested graphs). `losses` lists what is not
 * written.
 */
export function exportGraphml(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
  const layers = sel.layers.map((l) => ({
    id: l.id,
    title: l.title,
    summary: l.summary,
    color: l.color,
    lineStyle: l.lineStyle,
    defaultVisible: l.defaultVisible,
    ...(l.role ? { role: l.role } : {}),
  }));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    '  <!-- Written by Pathway Layers. Citations (references and evidence) are not included. -->',
    ...KEYS.map(
      ([id, domain, name, type]) => `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`,
    ),
    `  <graph id="${escapeXml(pathway.id)}" edgedefault="directed">`,
    dataLine('    ', 'title', pathway.title),
    dataLine('    ', 'pathwayDescription', pathway.description),
    dataLine('    ', 'layerDefinitions', JSON.stringify(layers)),
    ...sel.nodes.map(nodeXml),
    ...sel.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
  ];
  const losses = [
    ...sel.notes,
    'Citations are not written: the references, every edge’s evidence and every layer’s key papers; re-imported edges are marked uncited.',
  ];
  if (sel.edges.some((e) => e.modifiers)) losses.push('Edge modifiers (e.g. pharmacokinetic notes) are not written.');
  const piped = sel.nodes.filter((n) => n.synonyms?.some((s) => s.includes('|'))).length;
  if (piped) losses.push(`${piped} node(s) have a synonym containing "|", which re-imports as two synonyms.`);
  return {
    text: lines.join('\n') + '\n',
    fileName: `${pathway.id}.graphml`,
    fileExtension: 'graphml',
    mimeType: 'application/graphml+xml',
    losses,
  };
}
