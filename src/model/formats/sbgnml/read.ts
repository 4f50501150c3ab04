/**
 * Reading SBGN-ML Activity Flow maps: glyphs become nodes, influence arcs edges; what is read and
 * what is reported is listed in `vocab.ts`.
 */
import { RELATIONS } from '../../schema';
import type { NodeKind, Relation } from '../../types';
import { finishImport } from '../build';
import type { DraftEdge, DraftNode } from '../draft';
import { failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { toNumber, toText } from '../values';
import { kindFromName, relationFromName } from '../vocab';
import { Warnings } from '../warnings';
import { attr, childElements, firstChild, readXmlRoot } from '../xml';
import { AF_ARC_RELATION, GLYPH_KIND, KIND_NOTE, LOGIC_CLASSES, MATERIAL_KIND, RELATION_NOTE, unsafeId } from './vocab';

/** An id attribute as we use it: our writer's NCName prefix (`n_1642`) taken off (`vocab.ts`). */
const idAttr = (el: Element, name: string): string | undefined => {
  const v = attr(el, name);
  return v === undefined ? undefined : unsafeId(v);
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
  const key = idAttr(g, 'id') ?? `glyph-${index + 1}`;
  const where = `glyph "${attr(g, 'id') ?? key}"`;
  for (const port of childElements(g, 'port')) {
    const id = idAttr(port, 'id');
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
    parentKey: toText(idAttr(g, 'compartmentRef')),
    position: centre(g),
    where,
  });
}

function readArc(a: Element, index: number, read: GlyphRead, warnings: Warnings): DraftEdge | undefined {
  const cls = (attr(a, 'class') ?? '').trim().toLowerCase();
  const id = idAttr(a, 'id');
  const where = id === undefined ? `arc ${index + 1}` : `arc "${attr(a, 'id')}"`;
  if (cls === 'logic arc' || cls === 'equivalence arc') {
    warnings.add(`${cls} not imported`, where);
    return undefined;
  }
  const [source, target] = [idAttr(a, 'source'), idAttr(a, 'target')].map((end) =>
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
    const opened = readXmlRoot(input, 'SBGN-ML', 'sbgn', 'an');
    if ('result' in opened) return opened.result;
    const { root } = opened;
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
      ownId: toText(idAttr(map, 'id')),
      nodes: read.nodes,
      edges,
      warnings,
    });
  });
}
