/**
 * The GPML vocabulary of Pathway Layers: what is read from WikiPathways / PathVisio files and how
 * it maps onto our model, and what our export writes.
 *
 * GPML 2013a (`http://pathvisio.org/GPML/2013a`: PathVisio 3, most WikiPathways files) and GPML 2021 (`http://pathvisio.org/GPML/2021`: the same content in lower-camel-case
 * attributes, `<DataNodes>`/`<Interactions>`/… containers, `<Waypoints>` and `<Citation>`s). Other
 * GPML versions (2007, 2008a, 2010a, 2017) are refused with a message saying to save the file again
 * in PathVisio.
 *
 * **Data nodes → nodes**: the id is the `GraphId` / `elementId`; the label is `TextLabel` (line
 * breaks as spaces); the kind comes from `Type` ({@link DATA_NODE_KIND}: GeneProduct, Protein, Rna,
 * DNA → protein, Metabolite → small-molecule (lipid when its cross-reference is LIPID MAPS or
 * SwissLipids), Complex → complex, Pathway, Event → process, Disease, Phenotype → phenotype); a node
 * without a type (`Unknown`, `Undefined`) takes the kind its cross-reference implies
 * ({@link PREFIX_KIND}), else concept, with a warning. The `Xref` becomes a CURIE
 * ({@link XREF_PREFIX}: `Entrez Gene` → `ncbigene:`, `Uniprot-TrEMBL` → `uniprot:`, `ChEBI` →
 * `CHEBI:`, `HGNC` → `hgnc.symbol:`…; a GPML 2021 `dataSource` that is already a prefix is used as
 * it is); a database not known here is named in a warning. Position: the centre of `Graphics`.
 * Comments become the description (placeholders such as "Type your comment here" skipped); the
 * node's own citations are named in it (nodes carry no evidence in our model).
 *
 * **Groups**: a `Complex` group becomes one node of kind complex (label `TextLabel`, else its
 * members' labels joined with `:`), the node every interaction drawn to the group points at; its
 * members are listed in its description, and a member is also imported as a node of its own only
 * when an interaction points at that member itself. Any other group (`Group`, `None`,
 * `Transparent`, `Pathway`, `Paralog`…) becomes a compartment around its members (label
 * `TextLabel`, else the members' labels joined with ` / `), nested as the groups nest; an
 * interaction drawn to such a group is read as drawn to each of its members (one edge per member,
 * with a warning), since our interactions join nodes, not compartments.
 *
 * **Shapes**: a cellular-component shape (`CellularComponentProperty` / `ShapeType` Cell,
 * Nucleus, Mitochondria, Endoplasmic Reticulum, Golgi Apparatus, Organelle, Vesicle…) becomes a
 * compartment holding every node, group and smaller such shape whose centre lies inside it (the
 * smallest one that does). Other shapes, labels, graphical lines and states are drawing only: they
 * are not imported, with one warning each that counts and names them.
 *
 * **Interactions → edges**: from the element the first point is attached to (`GraphRef` /
 * `elementRef`) to the one the last point is attached to; the arrowhead of the last point gives the
 * relation ({@link ARROWHEADS}); an arrowhead only on the first point reverses the edge. A line with
 * no arrowhead is read as unknown-influence without direction (the claim says so, with a warning):
 * no causality is invented. A point attached to an **anchor** (a catalyst, inhibitor or stimulator
 * drawn onto another interaction) is read as the target of that interaction: the modifier's own
 * arrowhead acts on what the anchored interaction produces. A point attached to a state is read as
 * its data node. An interaction that starts or ends at a label, a shape, nothing at all, or an id
 * not in the file is skipped with a warning naming it. The interaction's comment is the claim;
 * without one, the claim is generated and names the arrowhead. The same arrowhead drawn twice
 * between the same two nodes is one edge (citations merged).
 *
 * **Citations**: GPML 2013a `<BiopaxRef>`s naming `<bp:PublicationXref>`s (`bp:ID`, `bp:DB`
 * PubMed / DOI, `bp:TITLE`, `bp:SOURCE`, `bp:YEAR`, `bp:AUTHORS`) and GPML 2021 `<CitationRef>`s
 * naming `<Citation>`s (a PubMed or DOI `Xref`, or a `Url`) become references (CSL-JSON, one per
 * work, keyed by the file's own id when it reads as a key, as ours do, else `familyYEAR`, the
 * title's first word and the year, or `pmidNNN`); each becomes an evidence item (`supports`, kind
 * {@link CITED_EVIDENCE_KIND}, with a note saying the file does not record what the work shows) on
 * the edges of the interaction that cites it. An interaction without citations is imported
 * `uncited`. The pathway's own citations are the imported layer's key papers. Ontology tags
 * (`bp:openControlledVocabulary`, 2021 `<Annotation>`s) and 2021 `<Evidence>` codes are not imported.
 *
 * **Export** (GPML 2013a, which PathVisio 3 and WikiPathways read): every node but the
 * compartments as a `DataNode`
 * (kind as `Type`, with an `Attribute` {@link KIND_ATTRIBUTE} where GPML has no such type; the
 * first cross-reference as `Xref`; the description as `Comment`; placed on a grid when it has no
 * position), every compartment as a `Group` (nesting with `GroupRef`), every edge as an
 * `Interaction` with the arrowhead of {@link RELATION_ARROWHEAD} (and an `Attribute`
 * {@link RELATION_ATTRIBUTE} where the arrowhead means something looser), its claim as `Comment` and
 * its supporting citations as `BiopaxRef`s to `bp:PublicationXref`s. Ids that are not NCNames are
 * written with the `n_`/`e_` prefix of the SBGN-ML writer. **Lost on export**: layers, status,
 * reasons, synonyms, cross-references after the first, evidence kinds, notes and contesting
 * evidence, the references' other fields (volume, issue, pages, PMCID…), layers' key papers.
 */
import type { EvidenceKind, NodeKind, Relation } from '../../types';
import type { RelationFit } from '../vocab';

/** The namespaces of the two GPML versions read. */
export const GPML_NS = {
  '2013a': 'http://pathvisio.org/GPML/2013a',
  '2021': 'http://pathvisio.org/GPML/2021',
} as const;

export type GpmlVersion = keyof typeof GPML_NS;

/**
 * How every GPML namespace starts: `http://genmapp.org/GPML/` for 2007, 2008a and 2010a,
 * `http://pathvisio.org/GPML/` since (2013a, 2017, 2021). Versions not read are refused by name.
 */
export const GPML_NS_STEMS = ['http://pathvisio.org/GPML/', 'http://genmapp.org/GPML/'] as const;

export const BIOPAX_NS = 'http://www.biopax.org/release/biopax-level3.owl#';
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** The `Attribute` (2013a) / `Property` (2021) keys our export writes and our import reads first. */
export const KIND_ATTRIBUTE = 'org.pathwaylayers.kind';
export const RELATION_ATTRIBUTE = 'org.pathwaylayers.relation';
/** PathVisio's key for the cellular component a shape stands for. */
export const CELLULAR_COMPONENT_KEYS: ReadonlySet<string> = new Set([
  'org.pathvisio.cellularcomponentproperty',
  'cellularcomponentproperty',
]);

/** The evidence kind given to a citation the file attaches to an interaction: the file does not say more. */
export const CITED_EVIDENCE_KIND: EvidenceKind = 'review';
export const CITED_EVIDENCE_NOTE =
  'Cited for this interaction in the GPML (WikiPathways) file, which does not record what kind of evidence the work gives; check it.';

/** Lower case, spaces, `_` and `-` removed: `mim-conversion`, `Conversion`, `MIM_CONVERSION` → `mimconversion` / `conversion`. */
export const squash = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

/** What an arrowhead means to us. `fit` as in `../vocab.ts`: set when the name fits our relation only loosely. */
export interface ArrowMeaning {
  readonly relation: Relation;
  readonly fit?: RelationFit | undefined;
}

/** A line that ends without an arrowhead: no direction, no sign. */
export const NO_ARROWHEAD: ArrowMeaning = { relation: 'unknown-influence', fit: 'undirected' };

/**
 * GPML 2013a arrowheads (MIM names and the older basic ones) and their GPML 2021 names, squashed
 * ({@link squash}), with the `mim` prefix taken off. Conversion, catalysis and transcription /
 * translation increase what they point at; modification, cleavage, translocation and gap have no
 * sign; binding, covalent bonds and the receptor / ligand ends are bindings.
 */
const ARROWHEADS: Readonly<Record<string, ArrowMeaning>> = {
  arrow: { relation: 'positive-influence' },
  directed: { relation: 'positive-influence' },
  conversion: { relation: 'positive-influence' },
  stimulation: { relation: 'positive-influence' },
  catalysis: { relation: 'positive-influence' },
  transcriptiontranslation: { relation: 'positive-influence' },
  necessarystimulation: { relation: 'necessary-stimulation' },
  tbar: { relation: 'negative-influence' },
  inhibition: { relation: 'negative-influence' },
  binding: { relation: 'binds', fit: 'binding' },
  covalentbond: { relation: 'binds', fit: 'binding' },
  receptor: { relation: 'binds', fit: 'binding' },
  receptorround: { relation: 'binds', fit: 'binding' },
  receptorsquare: { relation: 'binds', fit: 'binding' },
  ligandround: { relation: 'binds', fit: 'binding' },
  ligandsquare: { relation: 'binds', fit: 'binding' },
  modification: { relation: 'unknown-influence', fit: 'unsigned' },
  cleavage: { relation: 'unknown-influence', fit: 'unsigned' },
  translocation: { relation: 'unknown-influence', fit: 'unsigned' },
  gap: { relation: 'unknown-influence', fit: 'unsigned' },
  branchingleft: NO_ARROWHEAD,
  branchingright: NO_ARROWHEAD,
};

/** Arrowhead names that mean "no arrowhead". */
export const NO_ARROWHEAD_NAMES: ReadonlySet<string> = new Set(['', 'line', 'undirected', 'none']);

/** The meaning of an arrowhead name; `undefined` when not known. */
export function arrowMeaning(name: string): ArrowMeaning | undefined {
  const key = squash(name).replace(/^mim/, '');
  return Object.hasOwn(ARROWHEADS, key) ? ARROWHEADS[key] : undefined;
}

/** The arrowhead our export writes for each relation, and whether it needs the relation attribute to come back exactly. */
export const RELATION_ARROWHEAD: Readonly<Record<Relation, { arrow: string; attribute: boolean }>> = {
  'positive-influence': { arrow: 'mim-stimulation', attribute: false },
  'negative-influence': { arrow: 'mim-inhibition', attribute: false },
  'necessary-stimulation': { arrow: 'mim-necessary-stimulation', attribute: false },
  binds: { arrow: 'mim-binding', attribute: false },
  'unknown-influence': { arrow: 'mim-modification', attribute: false },
  'allosteric-modulation': { arrow: 'mim-modification', attribute: true },
};

/** Data-node types (squashed) and the kind each is read as. */
export const DATA_NODE_KIND: Readonly<Record<string, NodeKind>> = {
  geneproduct: 'protein',
  gene: 'protein',
  protein: 'protein',
  rna: 'protein',
  dna: 'protein',
  mrna: 'protein',
  mirna: 'protein',
  metabolite: 'small-molecule',
  complex: 'complex',
  pathway: 'process',
  pathways: 'process',
  event: 'process',
  keyevent: 'process',
  biologicalprocess: 'process',
  disease: 'phenotype',
  phenotype: 'phenotype',
  cellularcomponent: 'concept',
};

/** Types that say nothing about the kind: the cross-reference decides, else concept. */
export const UNTYPED: ReadonlySet<string> = new Set(['', 'unknown', 'undefined', 'other']);

/** The GPML type our export writes for each kind, and whether the kind attribute is needed to read it back. */
export const KIND_TYPE: Readonly<Record<NodeKind, { type: string; attribute: boolean }>> = {
  protein: { type: 'GeneProduct', attribute: false },
  complex: { type: 'Complex', attribute: false },
  'small-molecule': { type: 'Metabolite', attribute: false },
  lipid: { type: 'Metabolite', attribute: true },
  drug: { type: 'Metabolite', attribute: true },
  process: { type: 'Pathway', attribute: false },
  phenotype: { type: 'Phenotype', attribute: false },
  'cell-type': { type: 'Unknown', attribute: true },
  concept: { type: 'Unknown', attribute: true },
  compartment: { type: 'Unknown', attribute: true },
};

/**
 * GPML 2013a database names (lower case) and the CURIE prefix of each, as identifiers.org resolves
 * them. Prefixes whose identifiers carry the prefix themselves (`CHEBI:15377`, `GO:0006915`,
 * `MGI:97490`) are written in that form.
 */
export const XREF_PREFIX: Readonly<Record<string, string>> = {
  ensembl: 'ensembl',
  'entrez gene': 'ncbigene',
  ncbigene: 'ncbigene',
  chebi: 'CHEBI',
  'uniprot-trembl': 'uniprot',
  'uniprot-swissprot': 'uniprot',
  'uniprot/trembl': 'uniprot',
  uniprot: 'uniprot',
  hmdb: 'hmdb',
  'lipid maps': 'lipidmaps',
  swisslipids: 'slm',
  wikipathways: 'wikipathways',
  cas: 'cas',
  hgnc: 'hgnc.symbol',
  'hgnc accession number': 'hgnc',
  'hgnc accession': 'hgnc',
  reactome: 'reactome',
  rhea: 'rhea',
  wikidata: 'wikidata',
  'kegg compound': 'kegg.compound',
  'kegg reaction': 'kegg.reaction',
  'kegg glycan': 'kegg.glycan',
  'kegg pathway': 'kegg.pathway',
  'kegg genes': 'kegg.genes',
  'kegg drug': 'kegg.drug',
  'pubchem-compound': 'pubchem.compound',
  'pubchem-substance': 'pubchem.substance',
  sgd: 'sgd',
  tair: 'tair.locus',
  refseq: 'refseq',
  'ncbi protein': 'ncbiprotein',
  chemspider: 'chemspider',
  rgd: 'rgd',
  mgi: 'MGI',
  'mirbase sequence': 'mirbase',
  'mirbase mature sequence': 'mirbase.mature',
  mirbase: 'mirbase',
  knapsack: 'knapsack',
  zfin: 'zfin',
  drugbank: 'drugbank',
  wormbase: 'wormbase',
  'complex portal': 'complexportal',
  interpro: 'interpro',
  pfam: 'pfam',
  geneontology: 'GO',
  'gene ontology': 'GO',
  go: 'GO',
  flybase: 'flybase',
  embl: 'ena.embl',
  'chembl compound': 'chembl.compound',
  intact: 'intact',
  inchikey: 'inchikey',
  omim: 'mim',
  dbsnp: 'dbsnp',
  brenda: 'brenda',
};

/** Prefixes whose local identifiers repeat the prefix (`CHEBI:15377`): written `PREFIX:number`. */
export const EMBEDDED_PREFIX: ReadonlySet<string> = new Set(['CHEBI', 'GO', 'MGI', 'hgnc']);

/** The kind a cross-reference's prefix implies, for a data node without a type. */
export const PREFIX_KIND: Readonly<Record<string, NodeKind>> = {
  ensembl: 'protein',
  ncbigene: 'protein',
  uniprot: 'protein',
  'hgnc.symbol': 'protein',
  hgnc: 'protein',
  refseq: 'protein',
  ncbiprotein: 'protein',
  sgd: 'protein',
  'tair.locus': 'protein',
  MGI: 'protein',
  rgd: 'protein',
  zfin: 'protein',
  flybase: 'protein',
  wormbase: 'protein',
  mirbase: 'protein',
  'mirbase.mature': 'protein',
  'kegg.genes': 'protein',
  interpro: 'protein',
  pfam: 'protein',
  CHEBI: 'small-molecule',
  hmdb: 'small-molecule',
  'kegg.compound': 'small-molecule',
  'kegg.glycan': 'small-molecule',
  'pubchem.compound': 'small-molecule',
  'pubchem.substance': 'small-molecule',
  chemspider: 'small-molecule',
  cas: 'small-molecule',
  inchikey: 'small-molecule',
  knapsack: 'small-molecule',
  drugbank: 'small-molecule',
  'chembl.compound': 'small-molecule',
  'kegg.drug': 'drug',
  lipidmaps: 'lipid',
  slm: 'lipid',
  wikipathways: 'process',
  reactome: 'process',
  'kegg.pathway': 'process',
  GO: 'process',
  complexportal: 'complex',
};

/** The GPML 2013a database name our export writes for a CURIE prefix (the first name above that maps to it). */
export const PREFIX_DATABASE: Readonly<Record<string, string>> = {
  ensembl: 'Ensembl',
  ncbigene: 'Entrez Gene',
  CHEBI: 'ChEBI',
  chebi: 'ChEBI',
  uniprot: 'Uniprot-TrEMBL',
  hmdb: 'HMDB',
  lipidmaps: 'LIPID MAPS',
  wikipathways: 'WikiPathways',
  cas: 'CAS',
  'hgnc.symbol': 'HGNC',
  hgnc: 'HGNC Accession number',
  reactome: 'Reactome',
  rhea: 'Rhea',
  wikidata: 'Wikidata',
  'kegg.compound': 'KEGG Compound',
  'kegg.pathway': 'KEGG Pathway',
  'pubchem.compound': 'PubChem-compound',
  pubchem: 'PubChem-compound',
  chemspider: 'Chemspider',
  refseq: 'RefSeq',
  MGI: 'MGI',
  mgi: 'MGI',
  rgd: 'RGD',
  drugbank: 'DrugBank',
  interpro: 'InterPro',
  pfam: 'Pfam',
  GO: 'GeneOntology',
  go: 'GeneOntology',
};

/** Cellular components (squashed) a shape can stand for: such a shape becomes a compartment. */
export const CELLULAR_SHAPES: Readonly<Record<string, string>> = {
  cell: 'Cell',
  nucleus: 'Nucleus',
  mitochondria: 'Mitochondria',
  mitochondrion: 'Mitochondrion',
  organelle: 'Organelle',
  vesicle: 'Vesicle',
  endoplasmicreticulum: 'Endoplasmic reticulum',
  golgiapparatus: 'Golgi apparatus',
  sarcoplasmicreticulum: 'Sarcoplasmic reticulum',
  extracellularregion: 'Extracellular region',
  extracellular: 'Extracellular region',
  cytosol: 'Cytosol',
  cytoplasm: 'Cytoplasm',
  membrane: 'Membrane',
  membraneregion: 'Membrane region',
  lysosome: 'Lysosome',
  peroxisome: 'Peroxisome',
  endosome: 'Endosome',
  chloroplast: 'Chloroplast',
  vacuole: 'Vacuole',
};

/** Group styles (squashed) that make a complex; every other style is a group drawn round its members. */
export const COMPLEX_STYLES: ReadonlySet<string> = new Set(['complex']);

/** Comments PathVisio fills in by itself, which say nothing. */
export const PLACEHOLDER_COMMENTS: ReadonlySet<string> = new Set(['type your comment here', '']);

/**
 * `GraphId`s are `xs:ID`s (NCNames): our ids that start with a digit are written with a prefix,
 * `n_` for nodes and `e_` for interactions (as the SBGN-ML writer does), and read back without it.
 */
export const ID_PREFIX = { node: 'n_', edge: 'e_' } as const;

/** An id as written: a kebab-case id starting with a digit gets `prefix`; any other id is unchanged. */
export const safeId = (id: string, prefix: string): string => (/^[0-9]/.test(id) ? `${prefix}${id}` : id);

/** A file's id as read: `n_1642`, `e_5ht-drives-ltp` lose the prefix our writer adds. */
export const unsafeId = (id: string): string => (/^[ne]_[0-9][a-z0-9-]*$/.test(id) ? id.slice(2) : id);
