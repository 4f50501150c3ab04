/**
 * GraphML (yEd, Gephi, NetworkX, Cytoscape desktop): `<graphml>` with `<key>` declarations, one
 * `<graph>` of `<node>`s and `<edge>`s carrying `<data key=…>` values. Parsed with the platform
 * `DOMParser`; written as escaped strings.
 *
 * **Keys we write** (`attr.name`, all strings except `x`, `y`): graph `title`, `description`,
 * `layerDefinitions` (a JSON list of the layers' id, title, summary, colour, line style, default
 * visibility and role); node `label`, `kind`, `description`, `synonyms` (`|`-separated), `xrefs`
 * (space-separated), `x`, `y` (preset position); edge `relation`, `layers` (comma-separated ids),
 * `status`, `claim`, `reason`. A compartment is a node holding a nested `<graph>` with the nodes it
 * contains (the GraphML way of writing compound nodes, as yEd writes groups), marked
 * `yfiles.foldertype="group"` so that yEd and NetworkX read it as a group; every edge is written in
 * the top-level graph. Nodes therefore come back grouped by compartment, not in the original order.
 *
 * **Read** by `attr.name`, case-insensitive (`_` as a space), whatever the key ids: the keys above,
 * `type`/`class` (node kind or edge relation, mapped like SIF types, the claim keeping a type that
 * fits loosely), `interaction` (relation, as Cytoscape desktop writes it); key `<default>`s apply. A
 * `<data key="…">` whose key is never declared with `<key>` (the IntAct network viewer's download and
 * other cytoscape.js-graphml files write `key="label"`, `key="x"`…) is read by that name as if declared
 * for its element, and one warning per element type names these keys.
 * **Node labels**, first found wins: a `label` key; the first non-empty label of the node's graphics,
 * yEd's `<y:NodeLabel>` text or yFiles for HTML / yEd Live's `<y:Label Text="…">` /
 * `<y:Label.Text>` in the `NodeLabels` data; then, as Cytoscape desktop writes them, a readable name
 * column (`gene_name`, `Gene Name`, `display name`, `COMMON`), `shared name`, `name`, skipping those
 * that look like accessions (`YDL194W`, `P35555`) while a readable one is left (`../names.ts`). The
 * names not chosen become synonyms (UniProt and Ensembl accessions xrefs as well). Positions: `x`/`y`
 * keys, else the centre of yEd's `<y:Geometry>` or yFiles' `<y:RectD>` (`NodeGeometry`). An edge
 * label (yEd `<y:EdgeLabel>`, yFiles `EdgeLabels`) names the relation when nothing else does; a label
 * we do not know is kept in the claim. A node holding a nested `<graph>` with nodes in it (or marked
 * `yfiles.foldertype="group"`) becomes a compartment containing its nodes (unless its own `kind` data
 * says otherwise); an empty nested graph is ignored. A `parent` key naming a compartment (written by
 * earlier versions) is read as well and wins over the nesting.
 * Reported in the warnings, not imported: other data keys (yFiles styles, view states…), a second
 * top-level graph, hyperedges, ports, undirected edges (imported as directed source → target), unknown
 * types.
 *
 * **What GraphML loses on export**: citations (references, evidence, layers' key papers; re-imported
 * edges are `uncited`). Synonyms containing `|` are split at it on re-import.
 */

/** The GraphML namespace. */
export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** The element a key is declared for. */
export type Domain = 'graph' | 'node' | 'edge';

/** What a declared key means to us. */
export type Role =
  | 'title'
  | 'description'
  | 'layerDefinitions'
  | 'label'
  | 'displayName'
  | 'sharedName'
  | 'name'
  | 'kind'
  | 'synonyms'
  | 'xrefs'
  | 'parent'
  | 'x'
  | 'y'
  | 'relation'
  | 'layers'
  | 'status'
  | 'claim'
  | 'reason'
  | 'nodeGraphics'
  | 'edgeGraphics'
  | 'labelList'
  | 'geometry';

/** Roles whose `<data>` holds markup (yEd graphics, yFiles labels and geometry), kept as the element. */
export const ELEMENT_ROLES: ReadonlySet<Role> = new Set(['nodeGraphics', 'edgeGraphics', 'labelList', 'geometry']);

/**
 * The role of a key by its `attr.name` (lower case, `_` and spaces as one space), for each domain;
 * also the role of a `<data key=…>` whose key is never declared, by the key itself.
 */
export const ROLE_BY_NAME: Readonly<Record<Domain, Readonly<Record<string, Role>>>> = {
  graph: {
    title: 'title',
    name: 'title',
    label: 'title',
    description: 'description',
    layerdefinitions: 'layerDefinitions',
  },
  node: {
    label: 'label',
    'gene name': 'displayName',
    'gene symbol': 'displayName',
    'display name': 'displayName',
    common: 'displayName',
    'shared name': 'sharedName',
    name: 'name',
    kind: 'kind',
    type: 'kind',
    class: 'kind',
    description: 'description',
    synonyms: 'synonyms',
    xrefs: 'xrefs',
    parent: 'parent',
    x: 'x',
    y: 'y',
    // yFiles for HTML / yEd Live (attr.name; the y:attr.uri ends in the same name)
    nodelabels: 'labelList',
    nodegeometry: 'geometry',
  },
  edge: {
    relation: 'relation',
    interaction: 'relation',
    type: 'relation',
    class: 'relation',
    layers: 'layers',
    status: 'status',
    claim: 'claim',
    reason: 'reason',
    edgelabels: 'labelList',
  },
};

/** The keys we write: [id, for, attr.name, attr.type]. */
export const KEYS: readonly (readonly [string, Domain, string, 'string' | 'double'])[] = [
  ['title', 'graph', 'title', 'string'],
  ['pathwayDescription', 'graph', 'description', 'string'],
  ['layerDefinitions', 'graph', 'layerDefinitions', 'string'],
  ['label', 'node', 'label', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['description', 'node', 'description', 'string'],
  ['synonyms', 'node', 'synonyms', 'string'],
  ['xrefs', 'node', 'xrefs', 'string'],
  ['x', 'node', 'x', 'double'],
  ['y', 'node', 'y', 'double'],
  ['relation', 'edge', 'relation', 'string'],
  ['layers', 'edge', 'layers', 'string'],
  ['status', 'edge', 'status', 'string'],
  ['claim', 'edge', 'claim', 'string'],
  ['reason', 'edge', 'reason', 'string'],
];
