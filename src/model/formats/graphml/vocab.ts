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
 * **Read** by `attr.name`, case-insensitive, whatever the key ids: the keys above plus `name` (label
 * or title), `type`/`class` (node kind or edge relation, mapped like SIF types), `interaction`
 * (relation, as Cytoscape desktop writes it); key `<default>`s apply. yEd's node graphics give the
 * label and position (`y:NodeLabel`, `y:Geometry` centre) and an edge label names the relation when
 * nothing else does. A node holding a nested `<graph>` becomes a compartment containing its nodes
 * (unless its own `kind` data says otherwise); a `parent` key naming a compartment (written by
 * earlier versions) is read as well and wins over the nesting.
 * Reported in the warnings, not imported: other data keys, a second top-level graph, hyperedges,
 * ports, undirected edges (imported as directed source → target), unknown types.
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
  | 'edgeGraphics';

/** The role of a key by its `attr.name` (lower case), for each domain. */
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
    name: 'label',
    kind: 'kind',
    type: 'kind',
    class: 'kind',
    description: 'description',
    synonyms: 'synonyms',
    xrefs: 'xrefs',
    parent: 'parent',
    x: 'x',
    y: 'y',
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
