/**
 * Writing GraphML: one flat directed graph with the keys listed in `vocab.ts`; compartments via the
 * `parent` key, not nested graphs.
 */
import type { Pathway, PathwayEdge, PathwayNode } from '../../types';
import { exportedFile } from '../registry';
import { layerDeclarations, selectForExport } from '../selection';
import type { EdgeSelection, ExportResult } from '../types';
import { escapeXml, escapeXmlText } from '../xml';
import { GRAPHML_NS, KEYS } from './vocab';

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
 * Write GraphML with the keys listed in `vocab.ts`. Every node and edge is flat in one
 * directed graph (compartments via the `parent` key, not nested graphs). `losses` lists what is not
 * written.
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
    ...sel.nodes.map(nodeXml),
    ...sel.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
  ];
  const piped = sel.nodes.filter((n) => n.synonyms?.some((s) => s.includes('|'))).length;
  const more = piped ? [`${piped} node(s) have a synonym containing "|", which re-imports as two synonyms.`] : [];
  return exportedFile('graphml', pathway.id, lines.join('\n') + '\n', sel.notes, more);
}
