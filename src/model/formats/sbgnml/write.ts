/**
 * Writing an SBGN-ML 0.3 Activity Flow map: a glyph with a box for every node (placed on a grid
 * when it has no position), an arc for every edge; kinds and relations AF cannot show are written
 * as the nearest class with a note, ids that are not NCNames with a prefix (`vocab.ts`).
 */
import { placeOnGrid } from '../placement';
import type { Pathway, PathwayEdge, PathwayNode } from '../../types';
import { IdAllocator } from '../ids';
import { exportedFile } from '../registry';
import { selectForExport } from '../selection';
import type { EdgeSelection, ExportResult } from '../types';
import { escapeXml, escapeXmlText, num } from '../xml';
import { KIND_GLYPH, RELATION_ARC, RELATION_ARC_EXACT, SAFE_ID_PREFIX, SBGN_NS, XHTML_NS, safeId } from './vocab';

/** A glyph's id as written (an NCName). */
const glyphId = (id: string) => safeId(id, SAFE_ID_PREFIX.glyph);

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const notes = (indent: string, text: string) =>
  `${indent}<notes><html xmlns="${XHTML_NS}"><body>${escapeXmlText(text)}</body></html></notes>`;

/** How many compartments a node is inside (bounded, should the parents loop). */
function depthOf(nodes: readonly PathwayNode[]): (n: PathwayNode) => number {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  return (n) => {
    let d = 0;
    for (let p = n.parent; p !== undefined && d < nodes.length; p = parentOf.get(p)) d++;
    return d;
  };
}

/** Boxes for every node: given positions, a grid below them for the rest, compartments around their content. */
function layoutBoxes(nodes: readonly PathwayNode[]): { boxes: Map<string, Box>; gridded: number } {
  const boxes = new Map<string, Box>();
  const size = (n: PathwayNode) => ({ w: Math.max(80, Math.min(240, n.label.length * 7 + 24)), h: 40 });
  const leaves = nodes.filter((n) => n.kind !== 'compartment');
  const grid = placeOnGrid(leaves, { below: 120, column: 200, row: 110 });
  for (const n of leaves) {
    const s = size(n);
    const c = grid.centres.get(n.id)!;
    boxes.set(n.id, { x: c.x - s.w / 2, y: c.y - s.h / 2, ...s });
  }
  let gridded = grid.gridded;
  // Compartments: around their content, innermost first; empty ones at their position or on the grid.
  const compartments = nodes.filter((n) => n.kind === 'compartment');
  const depth = depthOf(nodes);
  for (const c of [...compartments].sort((a, b) => depth(b) - depth(a))) {
    const inside = nodes
      .filter((n) => n.parent === c.id)
      .map((n) => boxes.get(n.id))
      .filter((b): b is Box => !!b);
    if (inside.length) {
      const x = Math.min(...inside.map((b) => b.x)) - 30;
      const y = Math.min(...inside.map((b) => b.y)) - 30;
      const w = Math.max(...inside.map((b) => b.x + b.w)) + 30 - x;
      const h = Math.max(...inside.map((b) => b.y + b.h)) + 30 - y;
      boxes.set(c.id, { x, y, w, h });
    } else {
      const p = c.position ?? { x: grid.left, y: grid.top + (Math.ceil(grid.gridded / grid.columns) + 1) * 110 };
      if (!c.position) gridded++;
      boxes.set(c.id, { x: p.x - 100, y: p.y - 75, w: 200, h: 150 });
    }
  }
  return { boxes, gridded };
}

const bbox = (indent: string, b: Box) =>
  `${indent}<bbox x="${num(b.x)}" y="${num(b.y)}" w="${num(b.w)}" h="${num(b.h)}"/>`;

function glyphXml(n: PathwayNode, box: Box, uoiId: string): string {
  const g = KIND_GLYPH[n.kind];
  const ref = n.parent !== undefined ? ` compartmentRef="${escapeXml(glyphId(n.parent))}"` : '';
  const lines = [`    <glyph id="${escapeXml(glyphId(n.id))}" class="${g.cls}"${ref}>`];
  if (g.noted) lines.push(notes('      ', `Pathway Layers kind: ${n.kind}`));
  lines.push(`      <label text="${escapeXml(n.label)}"/>`, bbox('      ', box));
  if (g.entity) {
    const unit = { x: box.x + 8, y: box.y - 8, w: 36, h: 16 };
    lines.push(
      `      <glyph id="${escapeXml(glyphId(uoiId))}" class="unit of information">`,
      `        <entity name="${g.entity}"/>`,
      bbox('        ', unit),
      '      </glyph>',
    );
  }
  lines.push('    </glyph>');
  return lines.join('\n');
}

/** Where the line from the centre of `from` towards the centre of `to` leaves `from`'s box. */
function borderPoint(from: Box, to: Box): { x: number; y: number } {
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  const dx = to.x + to.w / 2 - cx;
  const dy = to.y + to.h / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(dx ? from.w / 2 / Math.abs(dx) : Infinity, dy ? from.h / 2 / Math.abs(dy) : Infinity);
  return { x: cx + dx * t, y: cy + dy * t };
}

function arcXml(e: PathwayEdge, id: string, boxes: Map<string, Box>): string {
  const s = boxes.get(e.source)!;
  const t = boxes.get(e.target)!;
  const start = borderPoint(s, t);
  const end = borderPoint(t, s);
  const lines = [
    `    <arc id="${escapeXml(safeId(id, SAFE_ID_PREFIX.arc))}" class="${RELATION_ARC[e.relation]}" source="${escapeXml(glyphId(e.source))}" target="${escapeXml(glyphId(e.target))}">`,
  ];
  if (RELATION_ARC[e.relation] !== RELATION_ARC_EXACT[e.relation])
    lines.push(notes('      ', `Pathway Layers relation: ${e.relation}`));
  lines.push(
    `      <start x="${num(start.x)}" y="${num(start.y)}"/>`,
    `      <end x="${num(end.x)}" y="${num(end.y)}"/>`,
    '    </arc>',
  );
  return lines.join('\n');
}

/**
 * Write an SBGN-ML 0.3 Activity Flow map. binds and allosteric-modulation become `unknown influence`
 * arcs with a note, kinds without an AF glyph the nearest glyph with a note (see the module comment);
 * `losses` lists these and everything else not written.
 */
export function exportSbgnml(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
  const ids = new IdAllocator();
  for (const n of sel.nodes) ids.reserve(n.id);
  const uoiIds = new Map(sel.nodes.map((n) => [n.id, KIND_GLYPH[n.kind].entity ? ids.take(`${n.id}-unit`) : '']));
  const arcIds = new Map(sel.edges.map((e) => [e.id, ids.take(e.id)]));
  const { boxes, gridded } = layoutBoxes(sel.nodes);
  // Compartments first, outer before inner, so that each is drawn under what it contains.
  const depth = depthOf(sel.nodes);
  const ordered = [
    ...sel.nodes.filter((n) => n.kind === 'compartment').sort((a, b) => depth(a) - depth(b)),
    ...sel.nodes.filter((n) => n.kind !== 'compartment'),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sbgn xmlns="${SBGN_NS}">`,
    `  <map id="${escapeXml(safeId(pathway.id, SAFE_ID_PREFIX.map))}" language="activity flow">`,
    ...ordered.map((n) => glyphXml(n, boxes.get(n.id)!, uoiIds.get(n.id)!)),
    ...sel.edges.map((e) => arcXml(e, arcIds.get(e.id)!, boxes)),
    '  </map>',
    '</sbgn>',
  ];
  const losses: string[] = [];
  const noAfArc = sel.edges.filter((e) => !RELATION_ARC_EXACT[e.relation]).length;
  if (noAfArc)
    losses.push(
      `${noAfArc} binds/allosteric-modulation edge(s) have no Activity Flow arc class: written as "unknown influence" with a note naming the relation (restored when re-imported here; other tools show an unknown influence).`,
    );
  const noted = sel.nodes.filter((n) => KIND_GLYPH[n.kind].noted).length;
  if (noted)
    losses.push(
      `${noted} node(s) of a kind without an Activity Flow glyph (process, lipid, cell type) are written as the nearest glyph with a note naming the kind.`,
    );
  if (gridded) losses.push(`${gridded} node(s) had no preset position and were placed on a grid.`);
  const redrawn = sel.nodes.filter(
    (c) => c.kind === 'compartment' && c.position && sel.nodes.some((n) => n.parent === c.id),
  );
  if (redrawn.length)
    losses.push(
      `${redrawn.length} compartment(s) are drawn as boxes around their content, so their own preset positions are not kept.`,
    );
  const renamed = sel.edges.filter((e) => arcIds.get(e.id) !== e.id).length;
  if (renamed) losses.push(`${renamed} edge id(s) clash with a node id and were written with a suffix.`);
  return exportedFile('sbgnml', pathway.id, lines.join('\n') + '\n', sel.notes, losses);
}
