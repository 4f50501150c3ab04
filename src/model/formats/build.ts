/**
 * The last step of every importer: a format-neutral draft (nodes and edges keyed by the file's own
 * ids) becomes a `Pathway` that passes `parsePathway`. Ids are made kebab-case and unique, labels and
 * claims filled in (a claim keeps the file's own interaction name when it fits our relation only
 * loosely, and so does a generated edge id: `a-controls-expression-of-b`); dangling edges, dangling
 * or looping parents and edges that start or end at a compartment are dropped with a warning; the
 * edges are put on the layers the file names, or on one `imported` layer (`layers.ts`). An edge is
 * `uncited` unless the file gives it citations (GPML: `DraftEdge.evidence` pointing at the draft's
 * `references`, which become the pathway's references).
 */
import type { EdgeStatus, Evidence, NodeKind, Relation } from '../types';
import { parsePathway } from '../validate';
import type { Draft, DraftNode, ForeignType } from './draft';
import { IdAllocator, toKebabId } from './ids';
import { LayerTable } from './layers';
import { fileStem } from './text';
import type { ImportResult } from './types';
import { SIF_RELATION_TOKEN, splitCamelCase } from './vocab';

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

type MutableEdge = {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  layers: string[];
  claim: string;
  status: EdgeStatus;
  reason?: string;
  evidence: Evidence[];
  uncited?: true;
};

function buildEdges(draft: Draft, nodes: MutableNode[], idOf: Map<string, string>, layers: LayerTable): MutableEdge[] {
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const compartments = new Set(nodes.filter((n) => n.kind === 'compartment').map((n) => n.id));
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
    const ends = [
      [d.sourceKey, source],
      [d.targetKey, target],
    ].filter(([, id]) => compartments.has(id!));
    if (ends.length) {
      const names = [...new Set(ends.map(([key]) => `"${key}"`))].join(' and ');
      draft.warnings.add(
        `interaction skipped: it starts or ends at the compartment ${names}; interactions join the nodes inside a compartment, not the compartment itself`,
        d.where,
      );
      continue;
    }
    const layerIds = d.layers?.length
      ? [...new Set(d.layers.map((l) => layers.resolve(l, d.where)))]
      : [layers.imported()];
    const status = d.status ?? 'proposed';
    // The file's own type names a loosely fitting edge (`a-controls-expression-of-b`, `a-interacts-with-b`).
    const token = SIF_RELATION_TOKEN[d.relation];
    const verb = d.foreign ? toKebabId(splitCamelCase(d.foreign.name), token) : token;
    const evidence = (d.evidence ?? []).filter((ev) => Object.hasOwn(draft.references ?? {}, ev.ref));
    const edge: MutableEdge = {
      id: ids.take(d.key ?? `${source}-${verb}-${target}`, 'edge'),
      source,
      target,
      relation: d.relation,
      layers: layerIds,
      claim:
        d.claim?.trim() ||
        generatedClaim(labelOf.get(source)!, d.relation, labelOf.get(target)!, d.foreign, draft.format),
      status,
      evidence: evidence.map((ev) => ({ ...ev })),
    };
    if (!evidence.some((ev) => ev.stance === 'supports')) edge.uncited = true;
    const reason = d.reason?.trim();
    if (reason) edge.reason = reason;
    else if (status === 'inferred')
      edge.reason = `Marked inferred in the imported ${draft.format} file, which gives no reason.`;
    edges.push(edge);
  }
  return edges;
}

/** Told when an import moves from reading the file to checking what it read (see {@link whileImporting}). */
let onChecking: (() => void) | undefined;

/**
 * Run one (synchronous) import with `checking` told when the reading is done and the checks of
 * the built pathway begin: how a worker names the stage on its progress bar. Scoped to the call.
 */
export function whileImporting<T>(checking: (() => void) | undefined, run: () => T): T {
  const outer = onChecking;
  onChecking = checking;
  try {
    return run();
  } finally {
    onChecking = outer;
  }
}

/** The reading is done: what follows checks the pathway built from it. */
export function announceChecking(): void {
  const told = onChecking;
  // Once per import.
  onChecking = undefined;
  told?.();
}

/**
 * Turn a draft into a validated pathway. Fails (ok: false) when there is no node or no usable edge,
 * since a pathway needs at least one of each.
 */
export function finishImport(draft: Draft): ImportResult {
  announceChecking();
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
  const cited = edges.filter((e) => !e.uncited).length;
  const note =
    `Imported from ${source}: ${count(nodes.length, 'node')}, ${count(edges.length, 'interaction')}. ` +
    (cited === 0
      ? 'The interactions carry no citations; check each before relying on it.'
      : `${cited === edges.length ? 'Each' : `${cited} of them`} ${cited === 1 || cited === edges.length ? 'carries' : 'carry'} the citations the file gives, but not what each cited work shows; check each before relying on it.`);
  const pathway = {
    schemaVersion: 1,
    id: toKebabId(draft.ownId ?? draft.ownTitle ?? stem ?? '', 'imported-pathway'),
    title,
    description: draft.ownDescription?.trim() ? `${draft.ownDescription.trim()}\n\n${note}` : note,
    references: { ...draft.references },
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

/**
 * A one-sentence claim made from the two labels and the relation; when the file's own interaction
 * name fits the relation only loosely (or is not known), the claim keeps that name and says what the
 * file does not give (sign, direction).
 */
export function generatedClaim(
  source: string,
  relation: Relation,
  target: string,
  foreign: ForeignType | undefined,
  format: string,
): string {
  if (foreign) {
    const swapped = foreign.reversed ? ', read with its ends swapped' : '';
    const named = `“${foreign.name}” in the ${format} file${swapped}`;
    switch (foreign.fit) {
      case 'binding':
        return `${source} binds ${target} (${named}).`;
      case 'unsigned':
        return `${source} influences ${target} (${named}); the sign of the effect is not given.`;
      case 'undirected':
        return `${source} and ${target} are associated (${named}); the file gives neither direction nor sign, so the arrow from ${source} to ${target} only follows the file's order.`;
      case 'unknown':
        return `${source} influences ${target} (${named}, a type not known here); the sign of the effect is not given.`;
    }
  }
  switch (relation) {
    case 'positive-influence':
      return `${source} increases the activity or amount of ${target}.`;
    case 'negative-influence':
      return `${source} decreases or inhibits ${target}.`;
    case 'necessary-stimulation':
      return `${target} needs ${source}.`;
    case 'unknown-influence':
      return `${source} influences ${target}; the sign of the effect is not given.`;
    case 'binds':
      return `${source} binds ${target}.`;
    case 'allosteric-modulation':
      return `${source} allosterically modulates ${target}.`;
  }
}

/** `n things` with a plural s. */
function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
