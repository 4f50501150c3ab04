/**
 * The Cytoscape.js JSON vocabulary of Pathway Layers: the data fields read and written.
 *
 * Cytoscape.js JSON: `{ elements: { nodes: [{ data, position }], edges: [{ data }] } }` (what
 * `cy.json()` and Cytoscape desktop's `.cyjs` export write), `{ elements: [...] }` and the flat array
 * of elements (`[{ group?, data, position? }]`, edges told apart by `group: 'edges'` or by having
 * `data.source` and `data.target`).
 *
 * **Read**: node `data.id`, `data.kind`, `data.type` or `data.class` (kind, e.g. SBGNViz's
 * `macromolecule`), `data.description`, `data.synonyms`, `data.xrefs`, `data.parent` (compound parent
 * → compartment), `position`; the label, first found wins: `data.label`, then (as Cytoscape desktop
 * writes them) a readable name column (`gene_name`, `Gene Name`, `display name`, `COMMON`),
 * `shared_name`, `name`, skipping those that look like accessions (`YDL194W`, `9606.ENSP…`,
 * `P35555`) while a readable one is left (`../names.ts`); the names not chosen become synonyms, and
 * UniProt and Ensembl accessions xrefs as well. Edge `data.id`, `source`, `target`,
 * `data.relation`, `data.interaction` (or Cytoscape's `shared_interaction`), `data.type` or
 * `data.class` (relation, mapped like SIF types; a type that fits loosely, such as Cytoscape's `pp`,
 * is kept in the generated claim), `data.layers`, `data.status`, `data.claim`, `data.reason`;
 * top-level `data.name` or `data.title`, `data.description`, and the layer declarations in
 * `data.layers` that our export writes. Other data fields, element classes and view settings (style,
 * zoom, pan) are reported in the warnings, not imported.
 *
 * **What our export carries**: everything except citations: the references, each edge's evidence
 * and each layer's key papers are not written (imported edges are `uncited`). Our own export →
 * import keeps node ids, labels, kinds, descriptions, synonyms, xrefs, compartments and positions,
 * edge ids, relations, layers (with title, summary, colour, line style, default visibility, role),
 * status, claims and reasons.
 */

/** Marks a file written by our exporter (`data.format`). */
export const CYJS_FORMAT_TAG = 'pathway-layers@1';

/** Node data fields read. */
export const NODE_FIELDS = new Set([
  'id',
  'label',
  'name',
  'kind',
  'type',
  'class',
  'description',
  'synonyms',
  'xrefs',
  'parent',
]);
/** Edge data fields read. */
export const EDGE_FIELDS = new Set([
  'id',
  'source',
  'target',
  'relation',
  'interaction',
  'shared_interaction',
  'type',
  'class',
  'layers',
  'status',
  'claim',
  'reason',
  'uncited',
]);
/** Top-level fields read or known to hold nothing to import. */
export const TOP_FIELDS = new Set([
  'elements',
  'nodes',
  'edges',
  'data',
  'format_version',
  'generated_by',
  'target_cytoscapejs_version',
]);
/** Network `data` fields read or known to hold nothing to import. */
export const TOP_DATA_FIELDS = new Set([
  'format',
  'id',
  'name',
  'title',
  'description',
  'layers',
  'shared_name',
  'SUID',
]);
