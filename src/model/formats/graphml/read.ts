/**
 * Reading GraphML: the `<key>` declarations, then the first `<graph>` with its nodes (nested graphs
 * as compartments), edges and the layer declarations our export writes; `<data>` with an undeclared
 * key is read by the key's name; labels come from label keys, yEd / yFiles graphics or Cytoscape's
 * name columns. What is read and what is reported is listed in `vocab.ts`.
 */
import { parseJson } from '../../json';
import { finishImport } from '../build';
import { type DraftEdge, type DraftLayer, type DraftNode, draftLayer, foreignType } from '../draft';
import { fieldKey, pickLabel } from '../names';
import { failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { isRecord, toList, toNumber, toText } from '../values';
import { kindFromName, relationFromName, relationWarning, statusFromName } from '../vocab';
import { Warnings } from '../warnings';
import { attr, childElements, descendants, firstChild, readXmlRoot } from '../xml';
import { type Domain, ELEMENT_ROLES, ROLE_BY_NAME, type Role } from './vocab';

interface KeyInfo {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly role?: Role | undefined;
  readonly fallback?: string | undefined;
}

/** The role of a key named `name` (its `attr.name`, or an undeclared key's id) on `domain`. */
function roleOf(domain: Domain, name: string): Role | undefined {
  const key = fieldKey(name);
  return Object.hasOwn(ROLE_BY_NAME[domain], key) ? ROLE_BY_NAME[domain][key] : undefined;
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
              : roleOf(d, name);
        return { id, name, domain: d, role, fallback };
      });
    keys.set(id, [...(keys.get(id) ?? []), ...infos]);
  }
  return keys;
}

/** An element's data values by role, and which of them came from a key's `<default>`. */
type DataValues = Map<Role, Element | string> & { readonly defaulted: ReadonlySet<Role> };

/**
 * Keys read by their name, by domain (those not imported are warned about where met): `never`
 * declared, or declared for another domain only (Cytoscape 3.5 and earlier declare every key
 * `for="node"`, the edges' columns too).
 */
type Undeclared = Record<'never' | 'elsewhere', Record<Domain, Set<string>>>;

const noKeys = (): Record<Domain, Set<string>> => ({ graph: new Set(), node: new Set(), edge: new Set() });

/**
 * The values of an element's `<data>` children by role, with key defaults filled in. A key that is
 * not declared for this domain is read by its own name, as if declared (`undeclared` records it).
 * When two data give one role, the first non-empty one is kept.
 */
function readData(
  el: Element,
  domain: Domain,
  keys: Map<string, KeyInfo[]>,
  undeclared: Undeclared,
  warnings: Warnings,
  where: string,
): DataValues {
  const out = new Map<Role, Element | string>();
  const defaulted = new Set<Role>();
  for (const data of childElements(el, 'data')) {
    const keyId = attr(data, 'key') ?? '';
    const declared = keys.get(keyId);
    const info = declared?.find((k) => k.domain === domain);
    // Declared, but for another domain: read by the name it was declared with.
    const elsewhere = info ? undefined : declared?.[0]?.name;
    const role = info ? info.role : roleOf(domain, elsewhere ?? keyId);
    if (!role) {
      warnings.add(
        info || elsewhere !== undefined
          ? `${domain} data "${info?.name ?? elsewhere}" not imported`
          : `data with undeclared key "${keyId}" on ${domain}s not imported`,
        where,
      );
      continue;
    }
    if (!info) undeclared[elsewhere === undefined ? 'never' : 'elsewhere'][domain].add(elsewhere ?? keyId);
    const value = ELEMENT_ROLES.has(role) ? data : (data.textContent ?? '');
    const previous = out.get(role);
    if (previous === undefined || (typeof previous === 'string' && !previous.trim())) out.set(role, value);
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

/**
 * The texts of the labels inside yEd / yFiles markup, in document order, empty ones left out: yEd's
 * `<y:NodeLabel>` / `<y:EdgeLabel>` content, yFiles for HTML's `<y:Label Text="…">` or its
 * `<y:Label.Text>` child. Runs of white space (line breaks in multi-line labels) become one space.
 */
function labelTexts(markup: Element | string | undefined): string[] {
  if (typeof markup !== 'object') return [];
  const texts = Array.from(markup.getElementsByTagNameNS('*', '*')).map((e) => {
    if (e.localName === 'NodeLabel' || e.localName === 'EdgeLabel') return e.textContent ?? '';
    if (e.localName === 'Label') return attr(e, 'Text') ?? firstChild(e, 'Label.Text')?.textContent ?? '';
    return '';
  });
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The centre of a box given by the four attributes named, or `undefined`. */
function boxCentre(box: Element | undefined, names: readonly [string, string, string, string]) {
  if (!box) return undefined;
  const [x, y, w, h] = names.map((a) => toNumber(attr(box, a)));
  return x !== undefined && y !== undefined ? { x: x + (w ?? 0) / 2, y: y + (h ?? 0) / 2 } : undefined;
}

/** Label and centre from yEd's node graphics (`y:NodeLabel`, `y:Geometry`) or yFiles' `NodeLabels` / `NodeGeometry`. */
function graphicsOf(data: DataValues): { label?: string | undefined; position?: { x: number; y: number } | undefined } {
  const graphics = data.get('nodeGraphics');
  const geometry = data.get('geometry');
  const label = [...labelTexts(graphics), ...labelTexts(data.get('labelList'))][0];
  const yed = typeof graphics === 'object' ? descendants(graphics, 'Geometry')[0] : undefined;
  const yfiles = typeof geometry === 'object' ? descendants(geometry, 'RectD')[0] : undefined;
  const position = boxCentre(yed, ['x', 'y', 'width', 'height']) ?? boxCentre(yfiles, ['X', 'Y', 'Width', 'Height']);
  return { label, position };
}

interface Walk {
  readonly keys: Map<string, KeyInfo[]>;
  readonly undeclared: Undeclared;
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
  const data = readData(el, 'node', walk.keys, walk.undeclared, walk.warnings, where);
  const graphics = graphicsOf(data);
  const nested = firstChild(el, 'graph');
  // A nested graph with nodes in it (or a yEd group, even empty) makes a compartment; yEd Live keeps
  // an empty nested graph on some plain nodes.
  const foldertype = attr(el, 'yfiles.foldertype');
  const group =
    nested !== undefined &&
    (childElements(nested, 'node').length > 0 || foldertype === 'group' || foldertype === 'folder');
  // A node holding a graph is a compartment unless its own data (not a key default) says otherwise.
  const kindName = group && data.defaulted.has('kind') ? undefined : text(data.get('kind'));
  let kind = kindName === undefined ? undefined : kindFromName(kindName);
  if (kindName !== undefined && kind === undefined)
    walk.warnings.add(`node type "${kindName}" is not known; imported as concept`, where);
  if (kind === undefined && group) kind = 'compartment';
  const x = toNumber(text(data.get('x')));
  const y = toNumber(text(data.get('y')));
  if (data.has('x') !== data.has('y') || (data.has('x') && (x === undefined || y === undefined)))
    walk.warnings.add('x and y are not both numbers; position not imported', where);
  const names = pickLabel({
    label: text(data.get('label')),
    graphics: graphics.label,
    display: text(data.get('displayName')),
    shared: text(data.get('sharedName')),
    name: text(data.get('name')),
  });
  const synonyms = data.has('synonyms') ? toList(text(data.get('synonyms')) ?? '', /\|/) : undefined;
  const xrefs = toList(text(data.get('xrefs')), /[\s,|]+/);
  walk.nodes.push({
    key,
    label: names.label,
    kind,
    description: text(data.get('description')),
    synonyms: synonyms || names.synonyms.length ? [...(synonyms ?? []), ...names.synonyms] : undefined,
    xrefs: xrefs || names.xrefs.length ? [...(xrefs ?? []), ...names.xrefs] : undefined,
    parentKey: text(data.get('parent')) ?? parentKey,
    position: x !== undefined && y !== undefined ? { x, y } : graphics.position,
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
  const data = readData(el, 'edge', walk.keys, walk.undeclared, walk.warnings, where);
  const directed = attr(el, 'directed');
  if (directed === 'false' || (directed === undefined && walk.undirectedDefault))
    walk.warnings.add('undirected edge imported as directed from source to target', where);
  if (attr(el, 'sourceport') !== undefined || attr(el, 'targetport') !== undefined)
    walk.warnings.add('edge ports not imported', where);
  const edgeLabel = [...labelTexts(data.get('edgeGraphics')), ...labelTexts(data.get('labelList'))][0];
  const typeName = text(data.get('relation')) ?? edgeLabel;
  const match = typeName === undefined ? undefined : relationFromName(typeName);
  const typeWarning = typeName === undefined || !match ? undefined : relationWarning(typeName, match);
  if (typeName === undefined) walk.warnings.add('edge without a relation, imported as unknown-influence', where);
  else if (typeWarning) walk.warnings.add(typeWarning, where);
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
    foreign: typeName === undefined || !match ? undefined : foreignType(typeName, match),
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
    const undeclared: Undeclared = { never: noKeys(), elsewhere: noKeys() };
    const graphData = readData(graph, 'graph', keys, undeclared, warnings, `graph "${attr(graph, 'id') ?? ''}"`);
    const walk: Walk = {
      keys,
      undeclared,
      warnings,
      nodes: [],
      edges: [],
      undirectedDefault: attr(graph, 'edgedefault') === 'undirected',
      seenEdges: 0,
    };
    readGraph(graph, undefined, walk);
    const quoted = (read: Set<string>) => [...read].map((k) => `"${k}"`).join(', ');
    for (const [domain, read] of Object.entries(undeclared.never))
      if (read.size)
        warnings.add(`${domain} data keys never declared with <key> were read by their names: ${quoted(read)}`);
    for (const [domain, read] of Object.entries(undeclared.elsewhere))
      if (read.size)
        warnings.add(
          `${domain} data keys declared only for other elements (as Cytoscape 3.5 and earlier write them) were read by their names: ${quoted(read)}`,
        );
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
