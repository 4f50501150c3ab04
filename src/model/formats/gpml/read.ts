/**
 * Reading GPML (WikiPathways, PathVisio), 2013a and 2021: data nodes, complexes, groups and
 * cellular-component shapes become nodes and compartments, interactions edges (through anchors and
 * groups), and the file's citations references and evidence. What is read, converted and reported
 * is listed in `vocab.ts`.
 */
import { NODE_KINDS, RELATIONS } from '../../schema';
import type { Evidence, NodeKind, Relation } from '../../types';
import { finishImport, generatedClaim } from '../build';
import type { DraftEdge, DraftNode, ForeignType } from '../draft';
import { failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { kindFromName } from '../vocab';
import { Warnings } from '../warnings';
import { readXmlRoot } from '../xml';
import {
  type Box,
  type GDataNode,
  type GGraphic,
  type GGroup,
  type GInteraction,
  type GPoint,
  type GpmlDoc,
  readElements,
} from './elements';
import { type ReadReferences, readReferences } from './references';
import {
  type ArrowMeaning,
  CELLULAR_COMPONENT_KEYS,
  CELLULAR_SHAPES,
  CITED_EVIDENCE_KIND,
  CITED_EVIDENCE_NOTE,
  COMPLEX_STYLES,
  DATA_NODE_KIND,
  EMBEDDED_PREFIX,
  GPML_NS,
  GPML_NS_STEMS,
  type GpmlVersion,
  KIND_ATTRIBUTE,
  NO_ARROWHEAD,
  NO_ARROWHEAD_NAMES,
  PLACEHOLDER_COMMENTS,
  PREFIX_KIND,
  RELATION_ATTRIBUTE,
  UNTYPED,
  XREF_PREFIX,
  arrowMeaning,
  squash,
  unsafeId,
} from './vocab';

const centre = (b: Box | undefined) => (b ? { x: b.x, y: b.y } : undefined);
const area = (b: Box) => b.w * b.h;
const inside = (p: { x: number; y: number }, b: Box) =>
  Math.abs(p.x - b.x) <= b.w / 2 && Math.abs(p.y - b.y) <= b.h / 2;

/** Longest comment kept as a description or claim (WikiPathways comments can be whole abstracts). */
const MAX_COMMENT = 600;

/** Comments that say something (PathVisio's placeholders left out), as one text of at most {@link MAX_COMMENT} characters. */
function commentText(comments: readonly string[]): string | undefined {
  const text = comments.filter((c) => !PLACEHOLDER_COMMENTS.has(c.toLowerCase())).join(' ');
  if (!text) return undefined;
  return text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1).trimEnd()}…` : text;
}

/** `text.` with a full stop unless it ends in one. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** At most `n` names, then `…`. */
const someNames = (names: readonly string[], joiner: string, n = 4) =>
  names.length > n ? `${names.slice(0, n).join(joiner)}${joiner}…` : names.join(joiner);

/** The cellular component a shape stands for (`Nucleus`), or `undefined` for a shape that is drawing only. */
function cellularComponent(shape: GGraphic): string | undefined {
  for (const [key, value] of shape.properties)
    if (CELLULAR_COMPONENT_KEYS.has(key) && squash(value) !== 'none') return value;
  return shape.shapeType === undefined ? undefined : CELLULAR_SHAPES[squash(shape.shapeType)];
}

const LOOP = 'points at an anchor in a loop of anchored interactions';

/** An end of an interaction once read: the node keys it stands for, and how, for the claim. */
type End =
  | {
      readonly ok: true;
      readonly keys: readonly string[];
      readonly group?: string | undefined;
      /** Set when the end is an anchor: the interaction it sits on, in words. */
      readonly anchor?: string | undefined;
    }
  | {
      readonly ok: false;
      /** What kind of thing the end is attached to, for the warning's message (grouped by it). */
      readonly why: string;
      /** Which one, for the warning's place: `label “ANXIETY”`. */
      readonly what?: string | undefined;
    };

interface Oriented {
  readonly from: GPoint;
  readonly to: GPoint;
  /** The arrowhead read, `undefined` for a line without one. */
  readonly arrow: string | undefined;
  readonly meaning: ArrowMeaning;
  readonly known: boolean;
}

class GpmlReader {
  readonly warnings = new Warnings();
  readonly nodes: DraftNode[] = [];
  private readonly refs: ReadReferences;
  private readonly dataById = new Map<string, GDataNode>();
  private readonly groupByGroupId = new Map<string, GGroup>();
  private readonly groupByRef = new Map<string, GGroup>();
  private readonly labelById = new Map<string, GGraphic>();
  private readonly shapeById = new Map<string, GGraphic>();
  private readonly stateNode = new Map<string, string>();
  private readonly anchorOn = new Map<string, GInteraction>();
  private readonly interactionById = new Map<string, GInteraction>();
  /** Alias data node id → the group it stands for. */
  private readonly aliasOf = new Map<string, GGroup>();
  /** Every id an interaction point is attached to. */
  private readonly pointedAt = new Set<string>();
  /** Draft key of each imported data node, group and compartment shape. */
  private readonly keyOfData = new Map<GDataNode, string>();
  private readonly keyOfGroup = new Map<GGroup, string>();
  private readonly labelOfKey = new Map<string, string>();
  private readonly compartmentShapes: { key: string; box: Box; shape: GGraphic }[] = [];
  private readonly warnedGroupRef = new Set<GGroup | GDataNode>();
  private readonly xrefs = new Map<GDataNode, string | undefined>();

  constructor(private readonly doc: GpmlDoc) {
    this.refs = readReferences(doc.publications, this.warnings);
    doc.dataNodes.forEach((d) => d.id !== undefined && this.dataById.set(d.id, d));
    for (const g of doc.groups) {
      if (g.groupId !== undefined) this.groupByGroupId.set(g.groupId, g);
      for (const id of [g.id, g.groupId]) if (id !== undefined && !this.groupByRef.has(id)) this.groupByRef.set(id, g);
    }
    doc.labels.forEach((l) => l.id !== undefined && this.labelById.set(l.id, l));
    doc.shapes.forEach((s) => s.id !== undefined && this.shapeById.set(s.id, s));
    doc.states.forEach((s) => s.id !== undefined && s.nodeId !== undefined && this.stateNode.set(s.id, s.nodeId));
    for (const i of doc.interactions) {
      if (i.id !== undefined) this.interactionById.set(i.id, i);
      for (const a of i.anchors) this.anchorOn.set(a, i);
      for (const p of i.points) if (p.ref !== undefined) this.pointedAt.add(p.ref);
    }
    for (const d of doc.dataNodes) {
      const group = d.aliasRef === undefined ? undefined : this.groupByGroupId.get(d.aliasRef);
      if (group && d.id !== undefined) this.aliasOf.set(d.id, group);
    }
  }

  // ---------------------------------------------------------------------------------- citations

  /** Our reference keys for the file's citation ids; unknown ids are warned about. */
  private citeKeys(ids: readonly string[], where: string): string[] {
    const keys = ids.flatMap((id) => {
      const key = this.refs.keyOf.get(id);
      if (key === undefined)
        this.warnings.add(`citation "${id}" is not among the file's citations; not imported`, where);
      return key === undefined ? [] : [key];
    });
    return [...new Set(keys)];
  }

  /** `Cited in the GPML file: Bramham et al. 2008 (PMID 19005037).` or nothing. */
  private citedSentence(ids: readonly string[], where: string): string | undefined {
    const keys = this.citeKeys(ids, where);
    if (!keys.length) return undefined;
    this.warnings.add(
      'citations of a data node or group are named in its description (in our model only interactions carry evidence)',
      where,
    );
    return `Cited for it in the GPML file: ${keys.map((k) => this.refs.nameOf.get(k)!).join('; ')}.`;
  }

  // ------------------------------------------------------------------------------------- groups

  private parentGroup(g: GGroup | GDataNode): GGroup | undefined {
    if (g.groupRef === undefined) return undefined;
    const parent = this.groupByGroupId.get(g.groupRef);
    if (!parent && !this.warnedGroupRef.has(g)) {
      this.warnedGroupRef.add(g);
      this.warnings.add(`group "${g.groupRef}" does not exist; imported outside any group`, g.where);
    }
    return parent === g ? undefined : parent;
  }

  /** The groups holding `x`, innermost first (bounded, should groups loop). */
  private ancestors(x: GGroup | GDataNode): GGroup[] {
    const out: GGroup[] = [];
    for (let g = this.parentGroup(x); g && !out.includes(g); g = this.parentGroup(g)) out.push(g);
    return out;
  }

  private isComplex = (g: GGroup) => COMPLEX_STYLES.has(squash(g.style ?? ''));

  /** The outermost complex that holds `x` (or is `x`), if any: the node it is folded into. */
  private complexOf(x: GGroup | GDataNode): GGroup | undefined {
    const chain = [...('style' in x ? [x] : []), ...this.ancestors(x)];
    return chain.filter(this.isComplex).pop();
  }

  /** The groups and data nodes directly inside `g` (alias nodes left out). */
  private membersOf(g: GGroup): { nodes: GDataNode[]; groups: GGroup[] } {
    if (g.groupId === undefined) return { nodes: [], groups: [] };
    return {
      nodes: this.doc.dataNodes.filter((d) => d.groupRef === g.groupId && !this.aliasOf.has(d.id ?? '')),
      groups: this.doc.groups.filter((c) => c.groupRef === g.groupId && c !== g),
    };
  }

  /** Every data node inside `g`, at any depth. */
  private dataInside(g: GGroup, seen = new Set<GGroup>()): GDataNode[] {
    if (seen.has(g)) return [];
    seen.add(g);
    const { nodes, groups } = this.membersOf(g);
    return [...nodes, ...groups.flatMap((c) => this.dataInside(c, seen))];
  }

  /** A group's box: its own (GPML 2021), else round the data nodes inside it. */
  private groupBox(g: GGroup): Box | undefined {
    if (g.box) return g.box;
    const boxes = this.dataInside(g)
      .map((d) => d.box)
      .filter((b): b is Box => b !== undefined);
    if (!boxes.length) return undefined;
    const x0 = Math.min(...boxes.map((b) => b.x - b.w / 2));
    const x1 = Math.max(...boxes.map((b) => b.x + b.w / 2));
    const y0 = Math.min(...boxes.map((b) => b.y - b.h / 2));
    const y1 = Math.max(...boxes.map((b) => b.y + b.h / 2));
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 };
  }

  private memberLabels(g: GGroup): string[] {
    const { nodes, groups } = this.membersOf(g);
    return [...nodes.map((d) => d.label ?? d.id ?? '?'), ...groups.map((c) => c.label ?? this.groupLabel(c))];
  }

  /** A group's label: its own, else its members' (`A:B` for a complex, `A / B` for a group). */
  private groupLabel(g: GGroup): string {
    return (
      g.label ??
      (someNames(this.memberLabels(g), this.isComplex(g) ? ':' : ' / ') || `group ${g.groupId ?? g.id ?? ''}`)
    );
  }

  // ----------------------------------------------------------------------------------- compartments

  /** The smallest cellular-component shape holding `point`; for a shape, one larger than `above` (its own area). */
  private shapeAround(point: { x: number; y: number } | undefined, above = -1): string | undefined {
    if (!point) return undefined;
    let best: { key: string; area: number } | undefined;
    for (const s of this.compartmentShapes)
      if (inside(point, s.box) && area(s.box) > above && (!best || area(s.box) < best.area))
        best = { key: s.key, area: area(s.box) };
    return best?.key;
  }

  /** The compartment around `x`: the nearest group that is a compartment, else the smallest shape round it. */
  private compartmentOf(x: GGroup | GDataNode, at: { x: number; y: number } | undefined): string | undefined {
    for (const g of this.ancestors(x)) if (!this.complexOf(g)) return this.keyOfGroup.get(g);
    return this.shapeAround(at);
  }

  // ------------------------------------------------------------------------------------- nodes

  /** A data node's cross-reference as a CURIE; read once per node, so each problem is reported once. */
  private xrefOf(d: GDataNode): string | undefined {
    if (!this.xrefs.has(d)) this.xrefs.set(d, this.readXref(d));
    return this.xrefs.get(d);
  }

  private readXref(d: GDataNode): string | undefined {
    if (!d.xref) return undefined;
    const { db, id } = d.xref;
    const named = XREF_PREFIX[db.toLowerCase()];
    const prefix = named ?? (/^[a-z][a-z0-9_.]*$/.test(db) ? db : undefined);
    if (prefix === undefined) {
      this.warnings.add(
        `cross-reference database "${db}" is not known here; its identifiers were not imported`,
        d.where,
      );
      return undefined;
    }
    if (/\s/.test(id)) {
      this.warnings.add(`identifier "${id}" holds a space; not imported`, d.where);
      return undefined;
    }
    if (EMBEDDED_PREFIX.has(prefix)) return `${prefix}:${id.replace(new RegExp(`^${prefix}:`, 'i'), '')}`;
    return `${prefix}:${id}`;
  }

  private kindOf(d: GDataNode, xref: string | undefined): NodeKind {
    const noted = d.properties.get(KIND_ATTRIBUTE);
    if (noted !== undefined && (NODE_KINDS as readonly string[]).includes(noted)) return noted as NodeKind;
    const prefix = xref?.slice(0, xref.indexOf(':'));
    const type = squash(d.type ?? '');
    const byType = DATA_NODE_KIND[type];
    if (byType === 'small-molecule' && (prefix === 'lipidmaps' || prefix === 'slm')) return 'lipid';
    if (byType) return byType;
    if (UNTYPED.has(type)) {
      const implied = prefix === undefined ? undefined : PREFIX_KIND[prefix];
      const said = d.type === undefined ? 'no type' : `type "${d.type}"`;
      this.warnings.add(
        implied
          ? `data node with ${said}: kind read from its cross-reference (${d.xref?.db ?? prefix})`
          : `data node with ${said} and no cross-reference that tells; imported as concept`,
        d.where,
      );
      return implied ?? 'concept';
    }
    const shared = kindFromName(d.type!);
    if (shared === undefined)
      this.warnings.add(`data node type "${d.type}" is not known; imported as concept`, d.where);
    return shared ?? 'concept';
  }

  private addDataNode(d: GDataNode, index: number): void {
    const key = d.id === undefined ? `datanode-${index + 1}` : unsafeId(d.id);
    this.keyOfData.set(d, key);
    const xref = this.xrefOf(d);
    const label = d.label ?? key;
    this.labelOfKey.set(key, label);
    const description = [commentText(d.comments), this.citedSentence(d.citations, d.where)].filter(Boolean).join(' ');
    this.nodes.push({
      key,
      label,
      kind: this.kindOf(d, xref),
      description: description || undefined,
      synonyms: [],
      xrefs: xref === undefined ? undefined : [xref],
      parentKey: this.compartmentOf(d, centre(d.box)),
      position: centre(d.box),
      where: d.where,
    });
  }

  private groupKey(g: GGroup, index: number): string {
    return g.id !== undefined ? unsafeId(g.id) : `group-${g.groupId ?? index + 1}`;
  }

  /** Nodes for data nodes, complexes, groups and cellular-component shapes, outer compartments first. */
  readNodes(): void {
    // Shapes that are cellular components: compartments holding what is drawn inside them.
    this.doc.shapes.forEach((s, i) => {
      const component = cellularComponent(s);
      if (component === undefined || !s.box) {
        this.warnings.add(
          component === undefined
            ? 'shape not imported: drawing only, not a cellular component'
            : 'cellular-component shape without a position or size not imported',
          `${s.where}${s.shapeType ? ` (${s.shapeType})` : ''}`,
        );
        if (s.citations.length)
          this.warnings.add(
            'citations of a shape or label not imported as evidence (the references are kept)',
            s.where,
          );
        return;
      }
      const key = s.id === undefined ? `shape-${i + 1}` : unsafeId(s.id);
      this.compartmentShapes.push({ key, box: s.box, shape: s });
      this.warnings.add('cellular-component shape imported as a compartment holding what is drawn inside it', s.where);
    });
    for (const { key, box, shape } of this.compartmentShapes) {
      const label = shape.label ?? cellularComponent(shape)!;
      this.labelOfKey.set(key, label);
      const description = [
        `A cellular component (${cellularComponent(shape)}) drawn in the GPML file; it holds what is drawn inside it.`,
        commentText(shape.comments),
        this.citedSentence(shape.citations, shape.where),
      ].filter(Boolean);
      this.nodes.push({
        key,
        label,
        kind: 'compartment',
        description: description.join(' '),
        synonyms: [],
        parentKey: this.shapeAround(centre(box), area(box)),
        position: centre(box),
        where: shape.where,
      });
    }
    for (const l of this.doc.labels) {
      this.warnings.add('label not imported: text on the drawing', l.label ? `Label “${l.label}”` : l.where);
      if (l.citations.length)
        this.warnings.add('citations of a shape or label not imported as evidence (the references are kept)', l.where);
    }
    // Groups: a complex is one node; any other group (not inside a complex) a compartment.
    this.doc.groups.forEach((g, i) => {
      const complex = this.complexOf(g);
      if (complex !== undefined && complex !== g) return;
      this.keyOfGroup.set(g, this.groupKey(g, i));
    });
    for (const [g, key] of this.keyOfGroup) {
      const box = this.groupBox(g);
      const label = this.groupLabel(g);
      this.labelOfKey.set(key, label);
      const isComplex = this.isComplex(g);
      const members = this.dataInside(g).map((d) => {
        const xref = this.xrefOf(d);
        return `${d.label ?? d.id ?? '?'}${xref ? ` (${xref})` : ''}`;
      });
      const own = commentText(g.comments);
      const about =
        own !== undefined && g.properties.get(KIND_ATTRIBUTE) === 'compartment'
          ? undefined
          : isComplex
            ? `A complex in the GPML file${members.length ? ` of ${someNames(members, ', ', 12)}` : ''}.`
            : `A group drawn in the GPML file${g.style ? ` (style “${g.style}”)` : ''}${members.length ? ` round ${someNames(members, ', ', 8)}` : ''}.`;
      const description = [about, own, this.citedSentence(g.citations, g.where)].filter(Boolean);
      // Our own export marks the groups it writes for compartments: nothing to report for those.
      if (g.properties.get(KIND_ATTRIBUTE) !== 'compartment' || isComplex)
        this.warnings.add(
          isComplex
            ? 'complex imported as one node; its members are named in its description, and imported as nodes of their own only where an interaction points at them'
            : 'group imported as a compartment round its members',
          g.where,
        );
      this.nodes.push({
        key,
        label,
        kind: isComplex ? 'complex' : 'compartment',
        description: description.join(' '),
        synonyms: [],
        parentKey: this.compartmentOf(g, centre(box)),
        position: centre(box),
        where: g.where,
      });
    }
    this.doc.dataNodes.forEach((d, i) => {
      if (d.id !== undefined && this.aliasOf.has(d.id)) return;
      const complex = this.complexOf(d);
      if (complex !== undefined && (d.id === undefined || !this.pointedAt.has(d.id))) return;
      this.addDataNode(d, i);
    });
    const lost = this.doc.states.filter((s) => s.id === undefined || !this.pointedAt.has(s.id));
    for (const s of lost)
      this.warnings.add('state (a modification or variant drawn on a data node) not imported', s.where);
    if (this.doc.graphicalLines)
      this.warnings.add(`${this.doc.graphicalLines} graphical line(s) not imported: drawing only, not interactions`);
    if (this.doc.ontologyTags)
      this.warnings.add(`${this.doc.ontologyTags} ontology tag(s) (pathway, disease, cell type…) not imported`);
    if (this.doc.evidenceCodes)
      this.warnings.add(`${this.doc.evidenceCodes} evidence code(s) (<Evidence>) not imported`);
  }

  // -------------------------------------------------------------------------------- interactions

  /** Which end an interaction points at, and what its arrowhead means. */
  private orient(i: GInteraction): Oriented | undefined {
    const first = i.points[0];
    const last = i.points[i.points.length - 1];
    if (!first || !last || i.points.length < 2) return undefined;
    const head = (p: GPoint) => p.arrowHead !== undefined && !NO_ARROWHEAD_NAMES.has(squash(p.arrowHead));
    const noted = i.properties.get(RELATION_ATTRIBUTE);
    const fixed =
      noted !== undefined && (RELATIONS as readonly string[]).includes(noted) ? (noted as Relation) : undefined;
    const read = (from: GPoint, to: GPoint, arrow: string | undefined): Oriented => {
      if (fixed) return { from, to, arrow, meaning: { relation: fixed }, known: true };
      if (arrow === undefined) return { from, to, arrow, meaning: NO_ARROWHEAD, known: true };
      const meaning = arrowMeaning(arrow);
      return meaning
        ? { from, to, arrow, meaning, known: true }
        : { from, to, arrow, meaning: { relation: 'unknown-influence', fit: 'unknown' }, known: false };
    };
    if (head(last)) return read(first, last, last.arrowHead);
    if (head(first)) return read(last, first, first.arrowHead);
    return read(first, last, undefined);
  }

  /** The nodes a point's `GraphRef` / `elementRef` stands for. */
  private resolve(ref: string | undefined, seen: ReadonlySet<GInteraction>): End {
    if (ref === undefined) return { ok: false, why: 'is not attached to anything' };
    const alias = this.aliasOf.get(ref);
    if (alias) return this.resolveGroup(alias);
    const data = this.dataById.get(ref);
    if (data) return { ok: true, keys: [this.keyOfData.get(data)!] };
    const group = this.groupByRef.get(ref);
    if (group) return this.resolveGroup(group);
    const stateOf = this.stateNode.get(ref);
    if (stateOf !== undefined && this.dataById.has(stateOf)) {
      return this.resolve(stateOf, seen);
    }
    const on = this.anchorOn.get(ref);
    if (on) {
      if (seen.has(on)) return { ok: false, why: LOOP, what: `anchor "${ref}"` };
      const o = this.orient(on);
      const target = o ? this.resolve(o.to.ref, new Set([...seen, on])) : undefined;
      const source = o ? this.resolve(o.from.ref, new Set([...seen, on])) : undefined;
      if (target && !target.ok && target.why === LOOP) return { ok: false, why: LOOP, what: `anchor "${ref}"` };
      if (!o || !target?.ok)
        return {
          ok: false,
          why: 'points at an anchor on an interaction whose target cannot be read',
          what: `anchor "${ref}" on ${on.where}`,
        };
      const names = (e: End | undefined) =>
        e?.ok
          ? someNames(
              e.keys.map((k) => this.labelOfKey.get(k)!),
              ', ',
            )
          : '?';
      const arrow = o.arrow === undefined ? 'line' : `“${o.arrow}”`;
      return {
        ok: true,
        keys: target.keys,
        anchor: `the ${arrow} interaction from ${names(source)} to ${names(target)}`,
      };
    }
    const label = this.labelById.get(ref);
    if (label)
      return { ok: false, why: 'points at a label, which is drawing only', what: `label “${label.label ?? ref}”` };
    const shape = this.shapeById.get(ref);
    if (shape)
      return {
        ok: false,
        why: 'points at a shape, which is not a node',
        what: `shape "${ref}"${shape.shapeType ? ` (${shape.shapeType})` : ''}`,
      };
    if (this.interactionById.has(ref))
      return {
        ok: false,
        why: 'points at an interaction itself, not at an anchor on it',
        what: `Interaction "${ref}"`,
      };
    return { ok: false, why: 'points at an id that is not in the file', what: `"${ref}"` };
  }

  /** A complex stands for itself; any other group for each of its members. */
  private resolveGroup(g: GGroup): End {
    const complex = this.complexOf(g);
    if (complex) return { ok: true, keys: [this.keyOfGroup.get(complex)!] };
    const keys: string[] = [];
    const visit = (x: GGroup, done: Set<GGroup>) => {
      if (done.has(x)) return;
      done.add(x);
      const { nodes, groups } = this.membersOf(x);
      for (const d of nodes) {
        const key = this.keyOfData.get(d);
        if (key !== undefined) keys.push(key);
      }
      for (const c of groups) {
        if (this.isComplex(c)) keys.push(this.keyOfGroup.get(c)!);
        else visit(c, done);
      }
    };
    visit(g, new Set());
    return keys.length
      ? { ok: true, keys: [...new Set(keys)], group: this.groupLabel(g) }
      : { ok: false, why: 'points at a group without members', what: `group “${this.groupLabel(g)}”` };
  }

  /** The claim of one edge read from interaction `i`. */
  private claimOf(i: GInteraction, o: Oriented, s: string, t: string, from: End, to: End, foreign?: ForeignType) {
    const label = (k: string) => this.labelOfKey.get(k) ?? k;
    const own = commentText(i.comments);
    const base = own
      ? sentence(own)
      : (() => {
          const generated = generatedClaim(label(s), o.meaning.relation, label(t), foreign, 'GPML');
          return foreign || o.arrow === undefined
            ? generated
            : `${generated.slice(0, -1)} (“${o.arrow}” in the GPML file).`;
        })();
    const notes: string[] = [];
    if (from.ok && from.group)
      notes.push(`In the GPML file it starts at the group “${from.group}”, read as each of its members.`);
    if (to.ok && to.group)
      notes.push(`In the GPML file it ends at the group “${to.group}”, read as each of its members.`);
    if (from.ok && from.anchor)
      notes.push(`In the GPML file it starts on ${from.anchor}, read as starting at ${label(s)}.`);
    if (to.ok && to.anchor) notes.push(`In the GPML file it acts on ${to.anchor}, read as acting on ${label(t)}.`);
    return [base, ...notes].join(' ');
  }

  readEdges(): DraftEdge[] {
    const edges: DraftEdge[] = [];
    const byEnds = new Map<string, { edge: DraftEdge; evidence: Evidence[] }>();
    for (const i of this.doc.interactions) {
      const o = this.orient(i);
      if (!o) {
        this.warnings.add('interaction with fewer than two points skipped', i.where);
        continue;
      }
      const from = this.resolve(o.from.ref, new Set([i]));
      const to = this.resolve(o.to.ref, new Set([i]));
      if (!from.ok || !to.ok) {
        const why = [!from.ok ? `its start ${from.why}` : '', !to.ok ? `its end ${to.why}` : '']
          .filter(Boolean)
          .join(', and ');
        const what = [!from.ok ? from.what : undefined, !to.ok ? to.what : undefined].filter(Boolean).join(' → ');
        this.warnings.add(`interaction skipped: ${why}`, what ? `${i.where}: ${what}` : i.where);
        continue;
      }
      const [p0, p1] = [i.points[0]!, i.points[i.points.length - 1]!];
      const both = [p0, p1].every((p) => p.arrowHead !== undefined && !NO_ARROWHEAD_NAMES.has(squash(p.arrowHead)));
      if (both)
        this.warnings.add(
          `arrowheads at both ends: read as pointing at the last point; the first arrowhead ("${p0.arrowHead}") was not imported`,
          i.where,
        );
      if (!o.known) this.warnings.add(`unknown arrowhead "${o.arrow}", imported as unknown-influence`, i.where);
      if (o.arrow === undefined && o.meaning.fit === 'undirected')
        this.warnings.add(
          "line without an arrowhead: imported as unknown-influence in the file's order (the file gives neither direction nor sign)",
          i.where,
        );
      if ((from.ok && from.anchor) || (to.ok && to.anchor))
        this.warnings.add(
          "interaction drawn to an anchor on another interaction: read as acting on that interaction's target",
          i.where,
        );
      if ((from.ok && from.group) || (to.ok && to.group))
        this.warnings.add('interaction drawn to a group: read as one interaction per member of the group', i.where);
      if ([o.from.ref, o.to.ref].some((r) => r !== undefined && this.stateNode.has(r)))
        this.warnings.add('interaction drawn to a state of a data node: read as drawn to the data node', i.where);
      const name = o.arrow ?? 'line without an arrowhead';
      const foreign: ForeignType | undefined = o.meaning.fit ? { name, fit: o.meaning.fit } : undefined;
      const evidence: Evidence[] = this.citeKeys(i.citations, i.where).map((ref) => ({
        ref,
        kind: CITED_EVIDENCE_KIND,
        stance: 'supports',
        note: CITED_EVIDENCE_NOTE,
      }));
      const single = from.keys.length * to.keys.length === 1;
      for (const s of from.keys)
        for (const t of to.keys) {
          const same = `${s}\u0000${t}\u0000${o.meaning.relation}\u0000${o.arrow ?? ''}`;
          const earlier = byEnds.get(same);
          if (earlier) {
            this.warnings.add(
              'interaction repeats one drawn between the same nodes with the same arrowhead; merged, citations kept',
              i.where,
            );
            for (const ev of evidence) if (!earlier.evidence.some((e) => e.ref === ev.ref)) earlier.evidence.push(ev);
            continue;
          }
          const own: Evidence[] = [...evidence];
          const edge: DraftEdge = {
            key: single && i.id !== undefined ? unsafeId(i.id) : undefined,
            sourceKey: s,
            targetKey: t,
            relation: o.meaning.relation,
            foreign,
            claim: this.claimOf(i, o, s, t, from, to, foreign),
            evidence: own,
            where: i.where,
          };
          byEnds.set(same, { edge, evidence: own });
          edges.push(edge);
        }
    }
    return edges;
  }

  /** The references, and the pathway's own citations (the imported layer's key papers). */
  references() {
    return { references: this.refs.references, pathwayKeys: this.citeKeys(this.doc.citations, 'Pathway') };
  }
}

/** `WP2141_r139946` → WP2141 and revision 139946. */
function wikiPathwaysId(revision: string | undefined): { wp?: string | undefined; rev?: string | undefined } {
  const m = /^(WP\d+)(?:_r(\d+))?$/i.exec(revision ?? '');
  return m ? { wp: m[1]!.toUpperCase(), rev: m[2] } : {};
}

function versionOf(ns: string): GpmlVersion | undefined {
  return (Object.keys(GPML_NS) as GpmlVersion[]).find((v) => GPML_NS[v] === ns);
}

/** Read GPML 2013a or 2021 text. `name` is the file name. Never throws. */
export function importGpml(input: string, name?: string): ImportResult {
  return guarded('GPML', () => {
    const opened = readXmlRoot(input, 'GPML', 'Pathway', 'a');
    if ('result' in opened) {
      const r = opened.result;
      return r.ok || r.errors[0]?.path !== '(root)'
        ? r
        : failure(
            '(root)',
            `not a GPML file: ${r.errors[0].message} (GPML files are a WikiPathways / PathVisio <Pathway>)`,
          );
    }
    const { root } = opened;
    const ns = root.namespaceURI ?? '';
    const version = versionOf(ns);
    if (!version) {
      const stem = GPML_NS_STEMS.find((st) => ns.startsWith(st));
      if (stem !== undefined)
        return failure(
          '(root)',
          `GPML ${ns.slice(stem.length)} is not supported: only GPML 2013a and 2021 are read; open the file in PathVisio and save it again`,
        );
      return failure(
        '(root)',
        `not a GPML file: its <Pathway> is in ${ns ? `the namespace "${ns}"` : 'no namespace'}, not ${GPML_NS['2013a']} or ${GPML_NS['2021']}`,
      );
    }
    const doc = readElements(root, version);
    const reader = new GpmlReader(doc);
    reader.readNodes();
    const edges = reader.readEdges();
    if (!edges.length && reader.nodes.length) {
      const n = doc.interactions.length;
      const why = n
        ? `the file's ${n} interaction${n === 1 ? ' was' : 's were all'} skipped (see the warnings)`
        : 'the file has data nodes but no interactions';
      return {
        ok: false,
        errors: [
          { path: '(file)', message: `no usable interactions found: ${why}; a pathway needs at least one` },
          ...reader.warnings.list().map((w) => ({ path: '(warning)', message: w })),
        ],
      };
    }
    const { references, pathwayKeys } = reader.references();
    const { wp, rev } = wikiPathwaysId(doc.revision);
    const source = [
      wp ? `WikiPathways ${wp}${rev ? ` (revision ${rev})` : ''}` : `GPML ${version}`,
      doc.organism,
    ].filter(Boolean);
    const description = [doc.description, `${source.join(', ')}.`].filter(Boolean).join('\n\n');
    const cited = edges.filter((e) => e.evidence?.length).length;
    return finishImport({
      format: 'GPML',
      fileName: name,
      ownId: wp,
      ownTitle: doc.title,
      ownDescription: description,
      references,
      layers: [
        {
          id: 'imported',
          title: wp ? `WikiPathways ${wp}` : 'Imported interactions',
          summary: `Interactions read from ${name ? `“${name}”` : 'a GPML file'}; ${cited} of ${edges.length} cite the file's references.`,
          lineStyle: 'solid',
          references: pathwayKeys,
        },
      ],
      nodes: reader.nodes,
      edges,
      warnings: reader.warnings,
    });
  });
}
