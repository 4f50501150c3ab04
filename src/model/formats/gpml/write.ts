/**
 * Writing GPML 2013a (PathVisio 3, WikiPathways): a `DataNode` for every node that is not a
 * compartment, a `Group` for every compartment (nested with `GroupRef`), an `Interaction` for every
 * edge with its claim as `Comment` and its supporting citations as `BiopaxRef`s, and the cited
 * references as `bp:PublicationXref`s. What is written and lost is listed in `vocab.ts`.
 */
import { placeOnGrid } from '../placement';
import type { Author, Pathway, PathwayEdge, PathwayNode, Reference } from '../../types';
import { IdAllocator } from '../ids';
import { exportedFile } from '../registry';
import { selectForExport } from '../selection';
import type { EdgeSelection, ExportResult } from '../types';
import { escapeXml, escapeXmlText, num } from '../xml';
import {
  BIOPAX_NS,
  EMBEDDED_PREFIX,
  GPML_NS,
  ID_PREFIX,
  KIND_ATTRIBUTE,
  KIND_TYPE,
  PREFIX_DATABASE,
  RDF_NS,
  RELATION_ARROWHEAD,
  RELATION_ATTRIBUTE,
  safeId,
} from './vocab';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const nodeId = (id: string) => safeId(id, ID_PREFIX.node);

/** Centres and sizes of the data nodes: given positions, a grid below them for the rest. */
function layout(nodes: readonly PathwayNode[]): { boxes: Map<string, Box>; gridded: number } {
  const size = (n: PathwayNode) => ({ w: Math.max(80, Math.min(240, n.label.length * 7 + 24)), h: 25 });
  const { centres, gridded } = placeOnGrid(nodes, { below: 100, column: 180, row: 80 });
  const boxes = new Map<string, Box>();
  for (const n of nodes) boxes.set(n.id, { ...centres.get(n.id)!, ...size(n) });
  return { boxes, gridded };
}

/** Where a line towards `to` leaves `from`'s box: on the side facing it (PathVisio's RelX/RelY). */
function port(from: Box, to: Box): { x: number; y: number; rx: number; ry: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const [rx, ry] =
    dx === 0 && dy === 0 ? [0, 0] : Math.abs(dx) >= Math.abs(dy) ? [Math.sign(dx), 0] : [0, Math.sign(dy)];
  return { x: from.x + (rx * from.w) / 2, y: from.y + (ry * from.h) / 2, rx, ry };
}

const comment = (indent: string, text: string, source?: string) =>
  `${indent}<Comment${source ? ` Source="${escapeXml(source)}"` : ''}>${escapeXmlText(text)}</Comment>`;
const attribute = (indent: string, key: string, value: string) =>
  `${indent}<Attribute Key="${escapeXml(key)}" Value="${escapeXml(value)}" />`;

/** The GPML database name and identifier of a CURIE (`CHEBI:5118` → ChEBI, `CHEBI:5118`). */
function gpmlXref(curie: string): { db: string; id: string } {
  const i = curie.indexOf(':');
  const prefix = curie.slice(0, i);
  const local = curie.slice(i + 1);
  const embedded = [...EMBEDDED_PREFIX].find((p) => p.toLowerCase() === prefix.toLowerCase());
  return {
    db: PREFIX_DATABASE[prefix] ?? prefix,
    id: embedded ? `${embedded.toUpperCase()}:${local.replace(new RegExp(`^${embedded}:`, 'i'), '')}` : local,
  };
}

function dataNodeXml(n: PathwayNode, box: Box, groupOf: (id: string | undefined) => string | undefined): string {
  const t = KIND_TYPE[n.kind];
  const group = groupOf(n.parent);
  const xref = n.xrefs?.[0] ? gpmlXref(n.xrefs[0]) : { db: '', id: '' };
  return [
    `  <DataNode TextLabel="${escapeXml(n.label)}" GraphId="${escapeXml(nodeId(n.id))}" Type="${t.type}"${group ? ` GroupRef="${escapeXml(group)}"` : ''}>`,
    comment('    ', n.description),
    ...(t.attribute ? [attribute('    ', KIND_ATTRIBUTE, n.kind)] : []),
    `    <Graphics CenterX="${num(box.x)}" CenterY="${num(box.y)}" Width="${num(box.w)}" Height="${num(box.h)}" ZOrder="32768" FontSize="12" Valign="Middle" />`,
    `    <Xref Database="${escapeXml(xref.db)}" ID="${escapeXml(xref.id)}" />`,
    '  </DataNode>',
  ].join('\n');
}

function interactionXml(e: PathwayEdge, id: string, boxes: Map<string, Box>, cited: readonly string[]): string {
  const s = boxes.get(e.source)!;
  const t = boxes.get(e.target)!;
  const a = port(s, t);
  const b = port(t, s);
  const arrow = RELATION_ARROWHEAD[e.relation];
  return [
    `  <Interaction GraphId="${escapeXml(safeId(id, ID_PREFIX.edge))}">`,
    comment('    ', e.claim),
    ...cited.map((key) => `    <BiopaxRef>${escapeXmlText(key)}</BiopaxRef>`),
    ...(arrow.attribute ? [attribute('    ', RELATION_ATTRIBUTE, e.relation)] : []),
    '    <Graphics ZOrder="12288" LineThickness="1.0">',
    `      <Point X="${num(a.x)}" Y="${num(a.y)}" GraphRef="${escapeXml(nodeId(e.source))}" RelX="${a.rx}.0" RelY="${a.ry}.0" />`,
    `      <Point X="${num(b.x)}" Y="${num(b.y)}" GraphRef="${escapeXml(nodeId(e.target))}" RelX="${b.rx}.0" RelY="${b.ry}.0" ArrowHead="${arrow.arrow}" />`,
    '    </Graphics>',
    '    <Xref Database="" ID="" />',
    '  </Interaction>',
  ].join('\n');
}

/** `Smith J` as GPML writes authors; an organisation as it is. */
const authorText = (a: Author) => ('literal' in a ? a.literal : a.given ? `${a.family} ${a.given}` : a.family);

function publicationXml(key: string, ref: Reference): string {
  const [id, db] = ref.PMID ? [ref.PMID, 'PubMed'] : ref.DOI ? [ref.DOI, 'DOI'] : ref.URL ? [ref.URL, 'URL'] : ['', ''];
  const field = (name: string, value: string) =>
    `      <bp:${name} rdf:datatype="${XSD_STRING}">${escapeXmlText(value)}</bp:${name}>`;
  const year = ref.issued?.['date-parts'][0]?.[0];
  return [
    `    <bp:PublicationXref xmlns:bp="${BIOPAX_NS}" xmlns:rdf="${RDF_NS}" rdf:id="${escapeXml(key)}">`,
    field('ID', id),
    field('DB', db),
    field('TITLE', ref.title),
    ...(ref['container-title'] ? [field('SOURCE', ref['container-title'])] : []),
    ...(year !== undefined ? [field('YEAR', String(year))] : []),
    ...(ref.author ?? []).map((a) => field('AUTHORS', authorText(a))),
    '    </bp:PublicationXref>',
  ].join('\n');
}

/**
 * Write GPML 2013a. Nodes without a position are placed on a grid; relations and kinds GPML has no
 * arrowhead or type for are written as the nearest with an `Attribute` naming ours (see `vocab.ts`);
 * `losses` lists these and everything else not written.
 */
export function exportGpml(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
  const compartments = sel.nodes.filter((n) => n.kind === 'compartment');
  const dataNodes = sel.nodes.filter((n) => n.kind !== 'compartment');
  const compartmentIds = new Set(compartments.map((c) => c.id));
  const groupOf = (id: string | undefined) => (id !== undefined && compartmentIds.has(id) ? nodeId(id) : undefined);
  const ids = new IdAllocator();
  for (const n of sel.nodes) ids.reserve(n.id);
  const edgeGraphIds = new Map(sel.edges.map((e) => [e.id, ids.take(e.id, 'edge')]));
  const { boxes, gridded } = layout(dataNodes);
  const citedBy = new Map(
    sel.edges.map((e) => [
      e.id,
      [...new Set(e.evidence.filter((ev) => ev.stance === 'supports').map((ev) => ev.ref))].filter((k) =>
        Object.hasOwn(pathway.references, k),
      ),
    ]),
  );
  const cited = [...new Set([...citedBy.values()].flat())];
  const all = [...boxes.values()];
  const width = all.length ? Math.max(...all.map((b) => b.x + b.w)) + 40 : 400;
  const height = all.length ? Math.max(...all.map((b) => b.y + b.h)) + 40 : 300;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Pathway xmlns="${GPML_NS['2013a']}" Name="${escapeXml(pathway.title)}" Data-Source="Pathway Layers">`,
    comment('  ', pathway.description, 'WikiPathways-description'),
    `  <Graphics BoardWidth="${num(width)}" BoardHeight="${num(height)}" />`,
    ...dataNodes.map((n) => dataNodeXml(n, boxes.get(n.id)!, groupOf)),
    ...sel.edges.map((e) => interactionXml(e, edgeGraphIds.get(e.id)!, boxes, citedBy.get(e.id)!)),
    ...compartments.map((c) => {
      const parent = groupOf(c.parent);
      return [
        `  <Group GroupId="${escapeXml(nodeId(c.id))}" GraphId="${escapeXml(nodeId(c.id))}" Style="None" TextLabel="${escapeXml(c.label)}"${parent ? ` GroupRef="${escapeXml(parent)}"` : ''}>`,
        comment('    ', c.description),
        attribute('    ', KIND_ATTRIBUTE, 'compartment'),
        '  </Group>',
      ].join('\n');
    }),
    '  <InfoBox CenterX="0.0" CenterY="0.0" />',
    ...(cited.length
      ? ['  <Biopax>', ...cited.map((k) => publicationXml(k, pathway.references[k]!)), '  </Biopax>']
      : []),
    '</Pathway>',
  ];
  const losses: string[] = [];
  const attributed = sel.edges.filter((e) => RELATION_ARROWHEAD[e.relation].attribute).length;
  if (attributed)
    losses.push(
      `${attributed} allosteric-modulation edge(s) have no GPML arrowhead: written as "mim-modification" with an Attribute naming the relation (restored when re-imported here; PathVisio shows a modification).`,
    );
  const typed = dataNodes.filter((n) => KIND_TYPE[n.kind].attribute).length;
  if (typed)
    losses.push(
      `${typed} node(s) of a kind without a GPML type (lipid, drug, cell type, concept) are written as the nearest type with an Attribute naming the kind.`,
    );
  const xrefs = dataNodes.reduce((sum, n) => sum + Math.max(0, (n.xrefs?.length ?? 0) - 1), 0);
  if (xrefs)
    losses.push(`${xrefs} cross-reference(s) after a node's first are not written (a GPML data node has one).`);
  const synonyms = sel.nodes.filter((n) => n.synonyms?.length).length;
  if (synonyms) losses.push(`The synonyms of ${synonyms} node(s) are not written.`);
  const contesting = sel.edges.reduce((sum, e) => sum + e.evidence.filter((ev) => ev.stance === 'contests').length, 0);
  if (contesting)
    losses.push(`${contesting} contesting evidence item(s) are not written (a BiopaxRef can only cite in support).`);
  if (gridded) losses.push(`${gridded} node(s) had no preset position and were placed on a grid.`);
  const placedCompartments = compartments.filter((c) => c.position).length;
  if (placedCompartments)
    losses.push(
      `${placedCompartments} compartment(s) are written as groups, drawn round their members: their own preset positions are not kept.`,
    );
  const renamed = sel.edges.filter((e) => edgeGraphIds.get(e.id) !== e.id).length;
  if (renamed) losses.push(`${renamed} edge id(s) clash with a node id and were written with a suffix.`);
  return exportedFile('gpml', pathway.id, lines.join('\n') + '\n', sel.notes, losses);
}
