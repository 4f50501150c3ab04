/**
 * Reading GraphML: the `<key>` declarations, then the first `<graph>` with its nodes (nested graphs
 * as compartments), edges and the layer declarations our export writes. What is read and what is
 * reported is listed in `vocab.ts`.
 */
import { parseJson } from '../../json';
import { finishImport } from '../build';
import { type DraftEdge, type DraftLayer, type DraftNode, draftLayer } from '../draft';
import { failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { isRecord, toList, toNumber, toText } from '../values';
import { kindFromName, relationFromName, statusFromName } from '../vocab';
import { Warnings } from '../warnings';
import { attr, childElements, descendants, firstChild, readXmlRoot } from '../xml';
import { type Domain, ROLE_BY_NAME, type Role } from './vocab';

interface KeyInfo {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly role?: Role | undefined;
  readonly fallback?: string | undefined;
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
function yedNode(graphics: Element | string | undefined): {
  label?: string | undefined;
  position?: { x: number; y: number } | undefined;
} {
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
  const parsed = parseJson(json);
  if (!parsed.ok) {
    warnings.add('layerDefinitions is not valid JSON and was not imported');
    return undefined;
  }
  const value = parsed.value;
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
    const opened = readXmlRoot(input, 'GraphML', 'graphml', 'a');
    if ('result' in opened) return opened.result;
    const { root } = opened;
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
