/**
 * The elements of a GPML file, read alike from GPML 2013a (attributes in UpperCamelCase, elements
 * straight under `<Pathway>`, `<BiopaxRef>`s and `<Biopax>`) and GPML 2021 (lowerCamelCase,
 * `<DataNodes>`, `<Waypoints>`, `<CitationRef>`s and `<Citations>`): what `read.ts` turns into a
 * pathway. Nothing is interpreted here beyond the version's spelling.
 */
import { toNumber, toText } from '../values';
import { attr, childElements, firstChild } from '../xml';
import type { GpmlVersion } from './vocab';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Common {
  /** `GraphId` (2013a) / `elementId` (2021). */
  readonly id: string | undefined;
  /** For warnings: `DataNode "a0f85"`. */
  readonly where: string;
  readonly comments: readonly string[];
  /** Ids of the citations (2013a `BiopaxRef`, 2021 `CitationRef`). */
  readonly citations: readonly string[];
  /** `Attribute` (2013a) / `Property` (2021) key → value; keys in lower case. */
  readonly properties: ReadonlyMap<string, string>;
}

export interface GDataNode extends Common {
  readonly label: string | undefined;
  readonly type: string | undefined;
  readonly xref: { readonly db: string; readonly id: string } | undefined;
  /** The group holding it: 2013a `GroupRef` names a `GroupId`, 2021 `groupRef` an `elementId`. */
  readonly groupRef: string | undefined;
  /** 2021 `aliasRef` of an Alias node: the group it stands for. */
  readonly aliasRef: string | undefined;
  readonly box: Box | undefined;
}

export interface GGroup extends Common {
  /** What members name in their `GroupRef` (2013a `GroupId`; 2021 `elementId`). */
  readonly groupId: string | undefined;
  readonly label: string | undefined;
  readonly style: string | undefined;
  readonly groupRef: string | undefined;
  /** 2021 groups have a box; 2013a groups are drawn round their members. */
  readonly box: Box | undefined;
}

/** A shape or a label: drawing, which may stand for a cellular component. */
export interface GGraphic extends Common {
  readonly label: string | undefined;
  readonly shapeType: string | undefined;
  readonly box: Box | undefined;
}

export interface GPoint {
  readonly ref: string | undefined;
  readonly arrowHead: string | undefined;
}

export interface GInteraction extends Common {
  readonly points: readonly GPoint[];
  readonly anchors: readonly string[];
}

/** A state of a data node (a phosphorylation site…): its own id and the node it belongs to. */
interface GState {
  readonly id: string | undefined;
  readonly nodeId: string | undefined;
  readonly where: string;
}

/** A citation as the file gives it. */
export interface GPublication {
  readonly id: string;
  readonly db: string | undefined;
  readonly dbId: string | undefined;
  readonly title: string | undefined;
  readonly source: string | undefined;
  readonly year: string | undefined;
  readonly authors: readonly string[];
  readonly url: string | undefined;
  readonly where: string;
}

export interface GpmlDoc {
  readonly version: GpmlVersion;
  readonly title: string | undefined;
  readonly organism: string | undefined;
  /** 2013a `Version` (`WP2141_r139946`) / 2021 `version` or the pathway's WikiPathways `Xref`. */
  readonly revision: string | undefined;
  readonly description: string | undefined;
  readonly citations: readonly string[];
  readonly dataNodes: readonly GDataNode[];
  readonly groups: readonly GGroup[];
  readonly shapes: readonly GGraphic[];
  readonly labels: readonly GGraphic[];
  readonly interactions: readonly GInteraction[];
  readonly states: readonly GState[];
  readonly graphicalLines: number;
  readonly publications: readonly GPublication[];
  /** Ontology tags (2013a `bp:openControlledVocabulary`, 2021 `<Annotation>`). */
  readonly ontologyTags: number;
  /** 2021 `<Evidence>` items (ECO codes). */
  readonly evidenceCodes: number;
}

/** Runs of white space (line breaks in labels) as one space; `undefined` when nothing is left. */
const cleanText = (text: string | null | undefined): string | undefined => toText((text ?? '').replace(/\s+/g, ' '));

/** The children of `parent` named `name`, or of its container `<names>` (2021 `<DataNodes>`…). */
function listed(parent: Element, container: string, name: string): Element[] {
  const box = firstChild(parent, container);
  return [...childElements(parent, name), ...(box ? childElements(box, name) : [])];
}

/** Attribute names of one version: `GraphId` / `elementId`… */
interface Spelling {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly groupRef: string;
  readonly groupId: string;
  readonly style: string;
  readonly centerX: string;
  readonly centerY: string;
  readonly width: string;
  readonly height: string;
  readonly shapeType: string;
  readonly arrowHead: string;
  readonly pointRef: string;
  readonly xrefDb: string;
  readonly xrefId: string;
  readonly citation: string;
  readonly property: string;
  readonly key: string;
  readonly value: string;
}

const SPELLING: Readonly<Record<GpmlVersion, Spelling>> = {
  '2013a': {
    id: 'GraphId',
    label: 'TextLabel',
    type: 'Type',
    groupRef: 'GroupRef',
    groupId: 'GroupId',
    style: 'Style',
    centerX: 'CenterX',
    centerY: 'CenterY',
    width: 'Width',
    height: 'Height',
    shapeType: 'ShapeType',
    arrowHead: 'ArrowHead',
    pointRef: 'GraphRef',
    xrefDb: 'Database',
    xrefId: 'ID',
    citation: 'BiopaxRef',
    property: 'Attribute',
    key: 'Key',
    value: 'Value',
  },
  '2021': {
    id: 'elementId',
    label: 'textLabel',
    type: 'type',
    groupRef: 'groupRef',
    groupId: 'elementId',
    style: 'type',
    centerX: 'centerX',
    centerY: 'centerY',
    width: 'width',
    height: 'height',
    shapeType: 'shapeType',
    arrowHead: 'arrowHead',
    pointRef: 'elementRef',
    xrefDb: 'dataSource',
    xrefId: 'identifier',
    citation: 'CitationRef',
    property: 'Property',
    key: 'key',
    value: 'value',
  },
};

class Reader {
  private readonly s: Spelling;
  constructor(readonly version: GpmlVersion) {
    this.s = SPELLING[version];
  }

  id(el: Element): string | undefined {
    return toText(attr(el, this.s.id));
  }

  common(el: Element, what: string, index: number): Common {
    const id = this.id(el);
    const citations =
      this.version === '2013a'
        ? childElements(el, 'BiopaxRef')
            .map((r) => toText(r.textContent))
            .filter((t): t is string => t !== undefined)
        : childElements(el, 'CitationRef')
            .map((r) => toText(attr(r, 'elementRef')))
            .filter((t): t is string => t !== undefined);
    // 2013a also allows a BiopaxRef attribute.
    const attrRef = toText(attr(el, 'BiopaxRef'));
    const properties = new Map<string, string>();
    for (const p of childElements(el, this.s.property)) {
      const key = toText(attr(p, this.s.key));
      const value = toText(attr(p, this.s.value));
      if (key !== undefined && value !== undefined) properties.set(key.toLowerCase(), value);
    }
    return {
      id,
      where: id === undefined ? `${what} ${index + 1}` : `${what} "${id}"`,
      comments: childElements(el, 'Comment')
        .map((c) => cleanText(c.textContent))
        .filter((t): t is string => t !== undefined),
      citations: attrRef === undefined ? citations : [attrRef, ...citations],
      properties,
    };
  }

  box(el: Element): Box | undefined {
    const g = firstChild(el, 'Graphics');
    if (!g) return undefined;
    const [x, y, w, h] = [this.s.centerX, this.s.centerY, this.s.width, this.s.height].map((a) => toNumber(attr(g, a)));
    return x === undefined || y === undefined ? undefined : { x, y, w: w ?? 0, h: h ?? 0 };
  }

  dataNode(el: Element, i: number): GDataNode {
    const x = firstChild(el, 'Xref');
    const db = x ? toText(attr(x, this.s.xrefDb)) : undefined;
    const xid = x ? toText(attr(x, this.s.xrefId)) : undefined;
    return {
      ...this.common(el, 'DataNode', i),
      label: cleanText(attr(el, this.s.label)),
      type: toText(attr(el, this.s.type)),
      xref: db !== undefined && xid !== undefined ? { db, id: xid } : undefined,
      groupRef: toText(attr(el, this.s.groupRef)),
      aliasRef: toText(attr(el, 'aliasRef')),
      box: this.box(el),
    };
  }

  group(el: Element, i: number): GGroup {
    return {
      ...this.common(el, 'Group', i),
      groupId: toText(attr(el, this.s.groupId)),
      label: cleanText(attr(el, this.s.label)),
      style: toText(attr(el, this.s.style)),
      groupRef: toText(attr(el, this.s.groupRef)),
      box: this.version === '2021' ? this.box(el) : undefined,
    };
  }

  graphic(el: Element, i: number, what: string): GGraphic {
    const g = firstChild(el, 'Graphics');
    return {
      ...this.common(el, what, i),
      label: cleanText(attr(el, this.s.label)),
      shapeType: g ? toText(attr(g, this.s.shapeType)) : undefined,
      box: this.box(el),
    };
  }

  interaction(el: Element, i: number): GInteraction {
    const holder = firstChild(el, this.version === '2013a' ? 'Graphics' : 'Waypoints');
    const points = holder
      ? childElements(holder, 'Point').map((p) => ({
          ref: toText(attr(p, this.s.pointRef)),
          arrowHead: toText(attr(p, this.s.arrowHead)),
        }))
      : [];
    const anchors = holder
      ? childElements(holder, 'Anchor')
          .map((a) => this.id(a))
          .filter((a): a is string => a !== undefined)
      : [];
    return { ...this.common(el, 'Interaction', i), points, anchors };
  }
}

/** The text of the first child whose local name is `name`, in any case (`bp:TITLE`, `bp:title`). */
function bpText(el: Element, name: string): string | undefined {
  const child = Array.from(el.children).find((c) => c.localName.toLowerCase() === name);
  return cleanText(child?.textContent);
}

/** `rdf:id` (as PathVisio writes it) or `rdf:ID`. */
function rdfId(el: Element): string | undefined {
  const a = Array.from(el.attributes).find((x) => x.localName.toLowerCase() === 'id');
  return toText(a?.value);
}

function biopaxPublications(root: Element): { publications: GPublication[]; tags: number } {
  const biopax = firstChild(root, 'Biopax');
  if (!biopax) return { publications: [], tags: 0 };
  const publications: GPublication[] = [];
  let tags = 0;
  Array.from(biopax.children).forEach((el, i) => {
    if (el.localName === 'openControlledVocabulary') tags++;
    if (el.localName !== 'PublicationXref') return;
    const id = rdfId(el);
    if (id === undefined) return;
    const authors = Array.from(el.children)
      .filter((c) => c.localName.toLowerCase() === 'authors')
      .map((c) => cleanText(c.textContent))
      .filter((t): t is string => t !== undefined);
    publications.push({
      id,
      db: bpText(el, 'db'),
      dbId: bpText(el, 'id'),
      title: bpText(el, 'title'),
      source: bpText(el, 'source'),
      year: bpText(el, 'year'),
      authors,
      url: undefined,
      where: `bp:PublicationXref "${id}" (${i + 1} in <Biopax>)`,
    });
  });
  return { publications, tags };
}

function citations2021(root: Element): GPublication[] {
  const box = firstChild(root, 'Citations');
  if (!box) return [];
  return childElements(box, 'Citation').flatMap((c): GPublication[] => {
    const id = toText(attr(c, 'elementId'));
    if (id === undefined) return [];
    const x = firstChild(c, 'Xref');
    const url = firstChild(c, 'Url');
    return [
      {
        id,
        db: x ? toText(attr(x, 'dataSource')) : undefined,
        dbId: x ? toText(attr(x, 'identifier')) : undefined,
        title: undefined,
        source: undefined,
        year: undefined,
        authors: [],
        url: url ? toText(attr(url, 'link')) : undefined,
        where: `Citation "${id}"`,
      },
    ];
  });
}

/** 2013a: the `WikiPathways-description` comment, else the first comment without a source. */
function description2013a(root: Element): string | undefined {
  const comments = childElements(root, 'Comment');
  const described = comments.find((c) => attr(c, 'Source') === 'WikiPathways-description');
  return toText((described ?? comments.find((c) => !attr(c, 'Source')))?.textContent);
}

/** Read the elements of a GPML `<Pathway>` of the given version. */
export function readElements(root: Element, version: GpmlVersion): GpmlDoc {
  const r = new Reader(version);
  const top = r.common(root, 'Pathway', 0);
  const is2013a = version === '2013a';
  const dataNodeEls = listed(root, 'DataNodes', 'DataNode');
  const states: GState[] = [];
  // 2013a states are top-level `<State GraphRef>`; 2021 states sit in their data node's `<States>`.
  if (is2013a)
    childElements(root, 'State').forEach((s, i) =>
      states.push({
        id: toText(attr(s, 'GraphId')),
        nodeId: toText(attr(s, 'GraphRef')),
        where: `State ${toText(attr(s, 'GraphId')) ?? i + 1}`,
      }),
    );
  else
    for (const d of dataNodeEls)
      for (const s of listed(d, 'States', 'State'))
        states.push({
          id: toText(attr(s, 'elementId')),
          nodeId: toText(attr(d, 'elementId')),
          where: `State "${toText(attr(s, 'elementId')) ?? ''}"`,
        });
  const { publications, tags } = is2013a ? biopaxPublications(root) : { publications: citations2021(root), tags: 0 };
  const annotations = is2013a ? 0 : listed(root, 'Annotations', 'Annotation').length;
  const wpXref = firstChild(root, 'Xref');
  return {
    version,
    title: cleanText(attr(root, is2013a ? 'Name' : 'title')),
    organism: cleanText(attr(root, is2013a ? 'Organism' : 'organism')),
    revision:
      toText(attr(root, is2013a ? 'Version' : 'version')) ?? (wpXref ? toText(attr(wpXref, 'identifier')) : undefined),
    description: is2013a ? description2013a(root) : toText(firstChild(root, 'Description')?.textContent),
    citations: top.citations,
    dataNodes: dataNodeEls.map((el, i) => r.dataNode(el, i)),
    groups: listed(root, 'Groups', 'Group').map((el, i) => r.group(el, i)),
    shapes: listed(root, 'Shapes', 'Shape').map((el, i) => r.graphic(el, i, 'Shape')),
    labels: listed(root, 'Labels', 'Label').map((el, i) => r.graphic(el, i, 'Label')),
    interactions: listed(root, 'Interactions', 'Interaction').map((el, i) => r.interaction(el, i)),
    states,
    graphicalLines: listed(root, 'GraphicalLines', 'GraphicalLine').length,
    publications,
    ontologyTags: tags + annotations,
    evidenceCodes: is2013a ? 0 : listed(root, 'Evidences', 'Evidence').length,
  };
}
