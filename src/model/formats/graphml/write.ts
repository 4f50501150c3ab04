/**
 * Writing GraphML: one directed graph with the keys listed in `vocab.ts`; each compartment holds its
 * nodes in a nested `<graph>`; every edge is in the top-level graph.
 */
import type { Pathway, PathwayEdge, PathwayNode } from '../../types';
import { exportedFile } from '../registry';
import { layerDeclarations, selectForExport } from '../selection';
import type { EdgeSelection, ExportResult } from '../types';
import { escapeXml, escapeXmlText } from '../xml';
import { GRAPHML_NS, KEYS } from './vocab';

const dataLine = (indent: string, key: string, value: string | number) =>
  `${indent}<data key="${key}">${escapeXmlText(String(value))}</data>`;

/**
 * A node's lines at `depth` (0 = the top-level graph). A compartment holds its content in a nested
 * `<graph>`, the GraphML way of writing compound nodes; `yfiles.foldertype="group"` makes yEd and
 * NetworkX read it as a group too.
 */
function nodeXml(n: PathwayNode, depth: number, childrenOf: ReadonlyMap<string, readonly PathwayNode[]>): string[] {
  const pad = '    ' + '    '.repeat(depth);
  const i = pad + '  ';
  const lines = [dataLine(i, 'label', n.label), dataLine(i, 'kind', n.kind), dataLine(i, 'description', n.description)];
  if (n.synonyms?.length) lines.push(dataLine(i, 'synonyms', n.synonyms.join('|')));
  if (n.xrefs?.length) lines.push(dataLine(i, 'xrefs', n.xrefs.join(' ')));
  if (n.position) lines.push(dataLine(i, 'x', n.position.x), dataLine(i, 'y', n.position.y));
  if (n.kind !== 'compartment') return [`${pad}<node id="${escapeXml(n.id)}">`, ...lines, `${pad}</node>`];
  const children = childrenOf.get(n.id) ?? [];
  return [
    `${pad}<node id="${escapeXml(n.id)}" yfiles.foldertype="group">`,
    ...lines,
    `${i}<graph id="${escapeXml(n.id)}:" edgedefault="directed">`,
    ...children.flatMap((c) => nodeXml(c, depth + 1, childrenOf)),
    `${i}</graph>`,
    `${pad}</node>`,
  ];
}

/** Every node, each inside its compartment's nested graph; the top-level ones first in file order. */
function nodesXml(nodes: readonly PathwayNode[]): string[] {
  const compartments = new Set(nodes.filter((n) => n.kind === 'compartment').map((n) => n.id));
  const childrenOf = new Map<string, PathwayNode[]>();
  const roots: PathwayNode[] = [];
  for (const n of nodes) {
    if (n.parent !== undefined && compartments.has(n.parent))
      childrenOf.set(n.parent, [...(childrenOf.get(n.parent) ?? []), n]);
    else roots.push(n);
  }
  return roots.flatMap((n) => nodeXml(n, 0, childrenOf));
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
 * Write GraphML with the keys listed in `vocab.ts`: one directed graph, compartments as nodes holding
 * a nested graph of their content, every edge at the top level (where GraphML allows an edge between
 * nodes of any nesting depth). `losses` lists what is not written.
 */
export function exportGraphml(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
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
    dataLine('    ', 'layerDefinitions', JSON.stringify(layerDeclarations(sel.layers))),
    ...nodesXml(sel.nodes),
    ...sel.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
  ];
  const piped = sel.nodes.filter((n) => n.synonyms?.some((s) => s.includes('|'))).length;
  const more = piped ? [`${piped} node(s) have a synonym containing "|", which re-imports as two synonyms.`] : [];
  return exportedFile('graphml', pathway.id, lines.join('\n') + '\n', sel.notes, more);
}
