/**
 * Reading SBGN-ML: the map's language is found (`mapLanguage`); Activity Flow maps are read here
 * (glyphs become nodes, influence arcs edges; what is read and what is reported is listed in
 * `vocab.ts`), Process Description maps are converted to influences by `pd.ts`, other languages
 * are refused with an error naming them.
 */
import { RELATIONS } from '../../schema';
import type { NodeKind, Relation } from '../../types';
import { finishImport } from '../build';
import type { DraftEdge, DraftNode } from '../draft';
import { failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { toText } from '../values';
import { kindFromName, relationFromName } from '../vocab';
import { Warnings } from '../warnings';
import { attr, childElements, firstChild, readXmlRoot } from '../xml';
import { centre, compartmentsFromDrawing, idAttr } from './glyphs';
import { readProcessDescription } from './pd';
import {
  AF_ARC_RELATION,
  GLYPH_KIND,
  KIND_NOTE,
  LOGIC_CLASSES,
  MATERIAL_KIND,
  RELATION_NOTE,
  VERSION_LANGUAGE,
} from './vocab';

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

/**
 * The SBGN language of a map, in lower case, and how the file says it: the `language` attribute
 * (libsbgn 0.2: `language="process description"`) or, without one, the libsbgn 0.3 `version` URI
 * (`http://identifiers.org/combine.specifications/sbgn.pd.level-1.version-2.0` → process
 * description); `undefined` when the map says neither.
 */
function mapLanguage(map: Element): { language: string; said: string } | undefined {
  const language = attr(map, 'language')?.trim();
  if (language) return { language: language.toLowerCase(), said: `language="${language}"` };
  const version = attr(map, 'version')?.trim() ?? '';
  const code = /\bsbgn\.(af|pd|er)\./i.exec(version)?.[1]?.toLowerCase();
  return code === undefined ? undefined : { language: VERSION_LANGUAGE[code]!, said: `version="${version}"` };
}

/**
 * Read SBGN-ML text: an Activity Flow map, or a Process Description map converted to influences
 * (`pd.ts`). `name` is the file name. Never throws.
 */
export function importSbgnml(input: string, name?: string): ImportResult {
  return guarded('SBGN-ML', () => {
    const opened = readXmlRoot(input, 'SBGN-ML', 'sbgn', 'an');
    if ('result' in opened) return opened.result;
    const { root } = opened;
    const maps = childElements(root, 'map');
    const map = maps[0];
    if (!map) return failure('sbgn', 'the file has no <map> element');
    const warnings = new Warnings();
    const found = mapLanguage(map);
    const language = found?.language;
    if (language === 'entity relationship')
      return failure(
        'sbgn.map',
        `this is an SBGN Entity Relationship map (${found!.said}); only Activity Flow and Process Description maps can be imported`,
      );
    if (language !== undefined && language !== 'activity flow' && language !== 'process description')
      return failure(
        'sbgn.map',
        `this is an SBGN "${language}" map; only Activity Flow (language="activity flow") and Process Description (language="process description") maps can be imported`,
      );
    const otherMaps = maps
      .slice(1)
      .map((m, i) => `map ${i + 2} ("${attr(m, 'id') ?? ''}") not imported: only the first map is read`);
    if (language === 'process description') {
      const pd = readProcessDescription(map);
      if ('result' in pd) return pd.result;
      // The conversion notice first, then the other maps, then what the conversion could not carry.
      for (const w of [pd.notice, ...otherMaps, ...pd.warnings.list()]) warnings.add(w);
      return finishImport({
        format: 'SBGN-ML',
        fileName: name,
        ownId: toText(idAttr(map, 'id')),
        ownDescription: pd.notice,
        nodes: compartmentsFromDrawing(map, pd.nodes, warnings),
        edges: pd.edges,
        warnings,
      });
    }
    if (language === undefined) warnings.add('the map does not name its language; read as Activity Flow');
    otherMaps.forEach((w) => warnings.add(w));
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
      nodes: compartmentsFromDrawing(map, read.nodes, warnings),
      edges,
      warnings,
    });
  });
}
