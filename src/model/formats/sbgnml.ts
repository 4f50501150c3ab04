/**
 * SBGN-ML, Activity Flow maps only (`<map language="activity flow">`; libsbgn 0.2 and 0.3). A
 * Process Description or Entity Relationship map is refused with a clear error.
 *
 * **Glyphs → nodes**: `biological activity` → protein, refined by its unit of information
 * (`<entity name="macromolecule">` or `mt:prot` → protein, `simple chemical` or `mt:simplechem` →
 * small-molecule, `complex` → complex, `nucleic acid feature`, `mt:rna`, `mt:dna` → protein,
 * `unspecified entity` → concept, `perturbation` → drug); `phenotype` → phenotype; `perturbation` and
 * `perturbing agent` → drug; the PD-style classes `macromolecule` → protein, `simple chemical` →
 * small-molecule, `nucleic acid feature` → protein, `complex` → complex, `unspecified entity` →
 * concept; `compartment` → compartment, holding the glyphs whose `compartmentRef` names it;
 * `submap` → concept (its content is not imported, with a warning). Positions are the centres of the
 * `<bbox>`es. Logic operators (`and`, `or`, `not`, `delay`), their logic arcs, `equivalence arc`s,
 * tags, arc groups and unknown glyph classes are not imported and each is reported in the warnings,
 * as is every arc that goes through them.
 *
 * **Arcs → edges**: `positive influence`, `negative influence`, `unknown influence`, `necessary
 * stimulation` map one to one. PD arc classes found in an AF map (`stimulation`, `inhibition`,
 * `catalysis`, `modulation`, `absolute stimulation`) are read as the nearest relation, with a warning.
 *
 * **binds and allosteric-modulation have no Activity Flow arc class**: they are exported as `unknown
 * influence` arcs with a note (`Pathway Layers relation: binds`) that our importer reads back; other
 * tools see an unknown influence. Node kinds without an AF glyph are written as the nearest glyph
 * with a note (`Pathway Layers kind: process`): process → phenotype, lipid → simple chemical
 * activity, cell-type → unspecified-entity activity.
 *
 * **What SBGN-ML loses on export**: citations, layers, status, claims, reasons, node descriptions,
 * synonyms and cross-references, and the exact relation/kind for other tools (see the notes above).
 * SBGN-ML requires a box for every glyph: nodes without a preset position are placed on a grid and
 * `losses` says how many. Compartments are drawn as boxes around their content (their own preset
 * position is not kept). Coordinates are rounded to 0.001.
 */
import { RELATIONS } from '../schema';
import type { NodeKind, Pathway, PathwayEdge, PathwayNode, Relation } from '../types';
import { type DraftEdge, type DraftNode, finishImport } from './build';
import {
  AF_ARC_RELATION,
  IdAllocator,
  Warnings,
  checkText,
  failure,
  guarded,
  kindFromName,
  relationFromName,
  selectForExport,
  toNumber,
  toText,
} from './common';
import type { EdgeSelection, ExportResult, ImportResult } from './types';
import { attr, childElements, escapeXml, escapeXmlText, firstChild, num, parseXml } from './xml';

const SBGN_NS = 'http://sbgn.org/libsbgn/0.3';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const RELATION_NOTE = /Pathway Layers relation:\s*([a-z-]+)/;
const KIND_NOTE = /Pathway Layers kind:\s*([a-z-]+)/;

/** Glyph classes that become nodes, with the kind before any unit of information refines it. */
const GLYPH_KIND: Readonly<Record<string, NodeKind>> = {
  'biological activity': 'protein',
  phenotype: 'phenotype',
  perturbation: 'drug',
  'perturbing agent': 'drug',
  macromolecule: 'protein',
  'macromolecule multimer': 'protein',
  'nucleic acid feature': 'protein',
  'nucleic acid feature multimer': 'protein',
  'simple chemical': 'small-molecule',
  'simple chemical multimer': 'small-molecule',
  'unspecified entity': 'concept',
  complex: 'complex',
  'complex multimer': 'complex',
  compartment: 'compartment',
  submap: 'concept',
};

const LOGIC_CLASSES = new Set(['and', 'or', 'not', 'delay']);

/** SBGN material types (`mt:`) of a unit of information. */
const MATERIAL_KIND: Readonly<Record<string, NodeKind>> = {
  prot: 'protein',
  rna: 'protein',
  dna: 'protein',
  nuc: 'protein',
  simplechem: 'small-molecule',
  ion: 'small-molecule',
  rad: 'small-molecule',
  psac: 'small-molecule',
  complex: 'complex',
  unspecified: 'concept',
};

/** The kind a biological activity's unit of information states, if any. */
function unitKind(unit: Element): NodeKind | undefined {
  const entity = attr(firstChild(unit, 'entity') ?? unit, 'name');
  if (entity) return kindFromName(entity);
  const label =
    attr(firstChild(unit, 'label') ?? unit, 'text')
      ?.trim()
      .toLowerCase() ?? '';
  const mt = /^mt:(\w+)/.exec(label);
  if (mt) return MATERIAL_KIND[mt[1]!];
  return /^ct:/.test(label) ? 'protein' : undefined;
}

/** The centre of a glyph's `<bbox>`. */
function centre(glyph: Element): { x: number; y: number } | undefined {
  const box = firstChild(glyph, 'bbox');
  if (!box) return undefined;
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((a) => toNumber(attr(box, a)));
  return x === undefined || y === undefined ? undefined : { x: x + (w ?? 0) / 2, y: y + (h ?? 0) / 2 };
}

const notesText = (el: Element): string => firstChild(el, 'notes')?.textContent ?? '';

interface GlyphRead {
  readonly nodes: DraftNode[];
  /** Glyph ids that are not nodes (logic operators, tags…), with what they are, for arc warnings. */
  readonly skipped: Map<string, string>;
  /** Port id → owning glyph id. */
  readonly portOwner: Map<string, string>;
}

function readGlyph(g: Element, index: number, read: GlyphRead, warnings: Warnings): void {
  const cls = (attr(g, 'class') ?? '').trim().toLowerCase();
  const key = attr(g, 'id') ?? `glyph-${index + 1}`;
  const where = `glyph "${key}"`;
  for (const port of childElements(g, 'port')) {
    const id = attr(port, 'id');
    if (id !== undefined) read.portOwner.set(id, key);
  }
  if (LOGIC_CLASSES.has(cls)) {
    warnings.add(`logic operator "${cls}" not imported: the influences through it are lost`, where);
    read.skipped.set(key, `the logic operator "${cls}"`);
    return;
  }
  const base = GLYPH_KIND[cls];
  if (base === undefined) {
    warnings.add(`glyph class "${cls || '(none)'}" is not an Activity Flow node; not imported`, where);
    read.skipped.set(key, `a "${cls || '(none)'}" glyph`);
    return;
  }
  if (cls === 'submap') warnings.add('submap imported as a concept node; its content is not imported', where);
  let kind = base;
  const synonyms: string[] = [];
  for (const child of childElements(g, 'glyph')) {
    const childClass = attr(child, 'class') ?? '';
    if (childClass === 'unit of information' && cls === 'biological activity') {
      kind = unitKind(child) ?? kind;
      const name = attr(firstChild(child, 'label') ?? child, 'text')?.trim();
      if (name && !/^(mt|ct):/i.test(name)) synonyms.push(name);
    } else {
      warnings.add(`"${childClass}" inside a glyph not imported`, where);
    }
  }
  if (firstChild(g, 'clone')) warnings.add('clone marker not imported', where);
  const noted = KIND_NOTE.exec(notesText(g))?.[1];
  const notedKind = noted === undefined ? undefined : kindFromName(noted);
  const label = toText(attr(firstChild(g, 'label') ?? g, 'text'));
  read.nodes.push({
    key,
    label,
    kind: notedKind ?? kind,
    synonyms: synonyms.length ? synonyms : undefined,
    parentKey: toText(attr(g, 'compartmentRef')),
    position: centre(g),
    where,
  });
}

function readArc(a: Element, index: number, read: GlyphRead, warnings: Warnings): DraftEdge | undefined {
  const cls = (attr(a, 'class') ?? '').trim().toLowerCase();
  const id = attr(a, 'id');
  const where = id === undefined ? `arc ${index + 1}` : `arc "${id}"`;
  if (cls === 'logic arc' || cls === 'equivalence arc') {
    warnings.add(`${cls} not imported`, where);
    return undefined;
  }
  const [source, target] = [attr(a, 'source'), attr(a, 'target')].map((end) =>
    end === undefined ? undefined : (read.portOwner.get(end) ?? end),
  );
  if (source === undefined || target === undefined) {
    warnings.add('arc without source or target skipped', where);
    return undefined;
  }
  const through = read.skipped.get(source) ?? read.skipped.get(target);
  if (through !== undefined) {
    warnings.add(`"${cls}" arc through ${through} not imported`, where);
    return undefined;
  }
  let relation: Relation | undefined = AF_ARC_RELATION[cls];
  if (relation === undefined) {
    const match = relationFromName(cls);
    relation = match.relation;
    warnings.add(
      match.known
        ? `arc class "${cls}" is not Activity Flow; read as ${relation}`
        : `unknown arc class "${cls}", imported as unknown-influence`,
      where,
    );
  }
  // Our export writes binds and allosteric-modulation as unknown influence with a note naming them.
  const noted = RELATION_NOTE.exec(notesText(a))?.[1];
  if (relation === 'unknown-influence' && noted !== undefined && (RELATIONS as readonly string[]).includes(noted))
    relation = noted as Relation;
  return { key: id, sourceKey: source, targetKey: target, relation, where };
}

/** Read SBGN-ML (Activity Flow) text. `name` is the file name. Never throws. */
export function importSbgnml(input: string, name?: string): ImportResult {
  return guarded('SBGN-ML', () => {
    const checked = checkText(input, 'SBGN-ML');
    if ('result' in checked) return checked.result;
    const parsed = parseXml(checked.text, 'SBGN-ML');
    if ('result' in parsed) return parsed.result;
    const root = parsed.doc.documentElement;
    if (root.localName !== 'sbgn')
      return failure('(root)', `expected an <sbgn> root element, found <${root.localName}>`);
    const maps = childElements(root, 'map');
    const map = maps[0];
    if (!map) return failure('sbgn', 'the file has no <map> element');
    const warnings = new Warnings();
    const language = attr(map, 'language')?.trim().toLowerCase();
    if (language === undefined) warnings.add('the map does not name its language; read as Activity Flow');
    else if (language !== 'activity flow')
      return failure(
        'sbgn.map',
        `this is an SBGN "${language}" map; only Activity Flow maps (language="activity flow") can be imported`,
      );
    maps
      .slice(1)
      .forEach((m, i) =>
        warnings.add(`map ${i + 2} ("${attr(m, 'id') ?? ''}") not imported: only the first map is read`),
      );
    const read: GlyphRead = { nodes: [], skipped: new Map(), portOwner: new Map() };
    childElements(map, 'glyph').forEach((g, i) => readGlyph(g, i, read, warnings));
    const edges = childElements(map, 'arc')
      .map((a, i) => readArc(a, i, read, warnings))
      .filter((e): e is DraftEdge => e !== undefined);
    for (const group of childElements(map, 'arcgroup'))
      warnings.add(`arc group "${attr(group, 'class') ?? ''}" not imported`, `arcgroup "${attr(group, 'id') ?? ''}"`);
    return finishImport({
      format: 'SBGN-ML',
      fileName: name,
      ownId: toText(attr(map, 'id')),
      nodes: read.nodes,
      edges,
      warnings,
    });
  });
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Glyph class, unit-of-information entity and, for kinds AF cannot show, the note to write. */
const KIND_GLYPH: Readonly<Record<NodeKind, { cls: string; entity?: string; noted?: boolean }>> = {
  protein: { cls: 'biological activity', entity: 'macromolecule' },
  complex: { cls: 'biological activity', entity: 'complex' },
  'small-molecule': { cls: 'biological activity', entity: 'simple chemical' },
  lipid: { cls: 'biological activity', entity: 'simple chemical', noted: true },
  drug: { cls: 'perturbation' },
  phenotype: { cls: 'phenotype' },
  process: { cls: 'phenotype', noted: true },
  'cell-type': { cls: 'biological activity', entity: 'unspecified entity', noted: true },
  concept: { cls: 'biological activity', entity: 'unspecified entity' },
  compartment: { cls: 'compartment' },
};

/** Nearest AF arc class of each relation; binds and allosteric-modulation get a note. */
const RELATION_ARC: Readonly<Record<Relation, string>> = {
  'positive-influence': 'positive influence',
  'negative-influence': 'negative influence',
  'unknown-influence': 'unknown influence',
  'necessary-stimulation': 'necessary stimulation',
  binds: 'unknown influence',
  'allosteric-modulation': 'unknown influence',
};

/** The AF class that means exactly our relation, where one exists. */
const RELATION_ARC_EXACT: Readonly<Partial<Record<Relation, string>>> = {
  'positive-influence': 'positive influence',
  'negative-influence': 'negative influence',
  'unknown-influence': 'unknown influence',
  'necessary-stimulation': 'necessary stimulation',
};

const notes = (indent: string, text: string) =>
  `${indent}<notes><html xmlns="${XHTML_NS}"><body>${escapeXmlText(text)}</body></html></notes>`;

/** Boxes for every node: given positions, a grid below them for the rest, compartments around their content. */
function layoutBoxes(nodes: readonly PathwayNode[]): { boxes: Map<string, Box>; gridded: number } {
  const boxes = new Map<string, Box>();
  const size = (n: PathwayNode) => ({ w: Math.max(80, Math.min(240, n.label.length * 7 + 24)), h: 40 });
  const leaves = nodes.filter((n) => n.kind !== 'compartment');
  const placed = leaves.filter((n) => n.position);
  const bottom = placed.length ? Math.max(...placed.map((n) => n.position!.y)) + 120 : 60;
  const left = placed.length ? Math.min(...placed.map((n) => n.position!.x)) : 100;
  const unplaced = leaves.filter((n) => !n.position);
  const cols = Math.max(1, Math.ceil(Math.sqrt(unplaced.length)));
  for (const n of placed) {
    const s = size(n);
    boxes.set(n.id, { x: n.position!.x - s.w / 2, y: n.position!.y - s.h / 2, ...s });
  }
  unplaced.forEach((n, i) => {
    const s = size(n);
    const cx = left + (i % cols) * 200;
    const cy = bottom + Math.floor(i / cols) * 110;
    boxes.set(n.id, { x: cx - s.w / 2, y: cy - s.h / 2, ...s });
  });
  let gridded = unplaced.length;
  // Compartments: around their content, innermost first; empty ones at their position or on the grid.
  const compartments = nodes.filter((n) => n.kind === 'compartment');
  const depth = (n: PathwayNode): number => {
    let d = 0;
    for (let p = n.parent; p !== undefined && d < nodes.length; p = nodes.find((m) => m.id === p)?.parent) d++;
    return d;
  };
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
      const p = c.position ?? { x: left, y: bottom + (Math.ceil(unplaced.length / cols) + 1) * 110 };
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
  const ref = n.parent !== undefined ? ` compartmentRef="${escapeXml(n.parent)}"` : '';
  const lines = [`    <glyph id="${escapeXml(n.id)}" class="${g.cls}"${ref}>`];
  if (g.noted) lines.push(notes('      ', `Pathway Layers kind: ${n.kind}`));
  lines.push(`      <label text="${escapeXml(n.label)}"/>`, bbox('      ', box));
  if (g.entity) {
    const unit = { x: box.x + 8, y: box.y - 8, w: 36, h: 16 };
    lines.push(
      `      <glyph id="${escapeXml(uoiId)}" class="unit of information">`,
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
    `    <arc id="${escapeXml(id)}" class="${RELATION_ARC[e.relation]}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
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
  const ordered = [
    ...sel.nodes.filter((n) => n.kind === 'compartment'),
    ...sel.nodes.filter((n) => n.kind !== 'compartment'),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sbgn xmlns="${SBGN_NS}">`,
    `  <map id="${escapeXml(pathway.id)}" language="activity flow">`,
    ...ordered.map((n) => glyphXml(n, boxes.get(n.id)!, uoiIds.get(n.id)!)),
    ...sel.edges.map((e) => arcXml(e, arcIds.get(e.id)!, boxes)),
    '  </map>',
    '</sbgn>',
  ];
  const losses = [
    ...sel.notes,
    'SBGN-ML Activity Flow has no layers, status, claims, reasons or citations, and no place for node descriptions, synonyms or cross-references: none is written.',
  ];
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
  return {
    text: lines.join('\n') + '\n',
    fileName: `${pathway.id}.sbgn`,
    fileExtension: 'sbgn',
    mimeType: 'application/xml',
    losses,
  };
}
