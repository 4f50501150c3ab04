/**
 * The PSI-MI JSON ("MI-JSON") vocabulary of Pathway Layers: what is read from the JSON that IntAct's
 * portal downloads and JAMI writes (`jami-interactionviewer-json`, described by its
 * `schema/mi-json-schema.json`, https://github.com/MICommunity/psi-jami), and how it maps onto our
 * model. Read only: there is no MI-JSON export.
 *
 * The file is `{ "data": [...] }`, a list of interactors (`"object": "interactor"`) and interactions
 * (`"object": "interaction"`) whose participants name an interactor by its `id` (`interactorRef`).
 *
 * **Interactors → nodes**: the label is `label`, kept as written (`apaf_human`), else the
 * identifier, else the id; the kind comes from `type.name` ({@link interactorKind}: protein and
 * peptide → protein, small molecule and bioactive entity → small molecule, complex → complex;
 * genes, DNA and RNA → protein, the closest kind here (the molecule whose activity is meant), and a
 * polysaccharide → small molecule, each with a warning; anything else concept, with a warning). The
 * `identifier` (`{ db, id }`) becomes a CURIE ({@link XREF_PREFIX}: `uniprotkb` → `uniprot:`,
 * `chebi` → `CHEBI:`, `intact` → `intact:`…; a database not known here that reads as a prefix is
 * used as it is, any other is named in a warning). Our nodes have no organism: it is named in the
 * description (`Protein of Homo sapiens (NCBI taxon 9606)`), with the members of a set
 * (`setComponents`). Sequences and any other interactor field are reported, not imported.
 *
 * **Interactions → edges**: `interactionType.name` gives the relation ({@link interactionMeaning}):
 * physical association, direct interaction, association, covalent binding and disulfide bond →
 * binds (PSI-MI's "association" is co-purification, so a binding here, not the shared vocabulary's
 * undirected association); colocalization, functional association, proximity and genetic
 * interactions → unknown-influence with neither direction nor sign (warned); enzymatic reactions
 * (`… reaction`, cleavages) → unknown-influence from the participant whose biological role is the
 * enzyme (or regulator, donor…) to its target, without a sign, or with neither direction nor sign
 * when the roles do not tell (warned); the names the shared vocabulary knows (`../vocab.ts`) as it
 * reads them; any other type → unknown-influence, named in the claim and a warning. One participant
 * (or two naming one interactor) gives an edge from the interactor to itself; two participants one
 * edge; three or more are expanded as a spoke around the bait(s) (`expRole` bait: one edge from each
 * bait to each other participant) when there is a bait, else as a matrix (one edge per pair), with
 * a warning naming the interaction and the number of participants and edges. The same relation
 * between the same nodes from several interactions is one edge, whose claim names each interaction
 * (type, detection method, IntAct accession) and whose evidence lists each publication. A negative
 * interaction (`negative: true`, evidence that the participants do not interact) is skipped with a
 * warning.
 *
 * **Citations**: the experiment's publication identifiers (`pubid`, as JAMI writes them, or
 * `publicationId`; also `imexId` and `doi`) become a reference: a PubMed id (`PMID`) or DOI, else
 * the IMEx id of the curation record (a web page). Every edge made from the interaction gets one
 * `supports` evidence item for it, of kind {@link MEASURED_EVIDENCE_KIND} (a molecular interaction
 * experiment; {@link INFERRED_EVIDENCE_KIND} when the detection method is an inference), with a
 * note naming the interaction, the detection method, the host, the figure, the confidence scores
 * and any mutated participant: so an IntAct download arrives cited. An interaction without a
 * publication identifier gives uncited edges, with a warning.
 *
 * **Reported, not imported**: participant features (tags, mutations, binding regions: named in a
 * warning; mutations also in the evidence note), stoichiometry, expression hosts, identification
 * methods, parameters, and any other field of an interactor, interaction, participant or experiment
 * (listed by name in one warning each).
 */
import type { EvidenceKind, NodeKind } from '../../types';
import { type RelationMatch, kindFromName, relationFromName } from '../vocab';

/** Lower case, spaces, `_`, `-` and `/` removed: `Physical Association`, `physical_association` → `physicalassociation`. */
export const squash = (name: string): string => name.toLowerCase().replace(/[\s_/-]+/g, '');

/** The kind of an interactor type, and whether it is only the closest of our kinds (then warned). */
export interface KindMeaning {
  readonly kind: NodeKind;
  readonly nearest?: boolean | undefined;
}

/** PSI-MI interactor types (MI:0313), squashed, onto our node kinds. */
const INTERACTOR_KINDS: Readonly<Record<string, KindMeaning>> = {
  protein: { kind: 'protein' },
  peptide: { kind: 'protein' },
  smallmolecule: { kind: 'small-molecule' },
  bioactiveentity: { kind: 'small-molecule' },
  polysaccharide: { kind: 'small-molecule', nearest: true },
  complex: { kind: 'complex' },
  moleculeset: { kind: 'concept' },
};

/** The kind an identifier's prefix implies, for an interactor without a type. */
export const PREFIX_KIND: Readonly<Record<string, NodeKind>> = {
  uniprot: 'protein',
  refseq: 'protein',
  ensembl: 'protein',
  ncbigene: 'protein',
  CHEBI: 'small-molecule',
  'pubchem.compound': 'small-molecule',
  'chembl.compound': 'small-molecule',
  drugbank: 'small-molecule',
  complexportal: 'complex',
};

/** Genes, DNA and RNA of any sort (`deoxyribonucleic acid`, `messenger rna`, `gene`…), squashed. */
const NUCLEIC = /nucleicacid|rna|dna|^gene$/;

/** The kind of a PSI-MI interactor type name; `undefined` when it is not known. */
export function interactorKind(name: string): KindMeaning | undefined {
  const key = squash(name);
  if (Object.hasOwn(INTERACTOR_KINDS, key)) return INTERACTOR_KINDS[key];
  if (NUCLEIC.test(key)) return { kind: 'protein', nearest: true };
  const shared = kindFromName(name);
  return shared === undefined ? undefined : { kind: shared };
}

/**
 * PSI-MI database names (MI:0444 short labels, lower case) onto CURIE prefixes. A database not
 * listed whose name reads as a prefix (lower-case letters, digits, `.`, `_`) is used as it is.
 */
export const XREF_PREFIX: Readonly<Record<string, string>> = {
  uniprotkb: 'uniprot',
  uniprot: 'uniprot',
  'uniprot knowledge base': 'uniprot',
  chebi: 'CHEBI',
  ensembl: 'ensembl',
  refseq: 'refseq',
  'entrez gene/locuslink': 'ncbigene',
  entrezgene: 'ncbigene',
  'entrez gene': 'ncbigene',
  ncbigene: 'ncbigene',
  intact: 'intact',
  'complex portal': 'complexportal',
  rnacentral: 'rnacentral',
  'ddbj/embl/genbank': 'insdc',
  pubchem: 'pubchem.compound',
  'chembl compound': 'chembl.compound',
  chembl: 'chembl.compound',
  drugbank: 'drugbank',
  mirbase: 'mirbase',
  sgd: 'sgd',
  flybase: 'flybase',
  wormbase: 'wormbase',
  hgnc: 'hgnc',
  go: 'GO',
  interpro: 'interpro',
  pdbe: 'pdb',
  rcsb: 'pdb',
  wwpdb: 'pdb',
  reactome: 'reactome',
};

/** Prefixes whose local identifiers repeat the prefix (`CHEBI:15377`): written `PREFIX:number`. */
export const EMBEDDED_PREFIX: ReadonlySet<string> = new Set(['CHEBI', 'GO', 'hgnc']);

/** What an interaction type means to us; `needsRoles`: directed only when the participants' roles tell. */
export interface TypeMeaning {
  readonly match: RelationMatch;
  readonly needsRoles?: boolean | undefined;
}

const BINDING: RelationMatch = { relation: 'binds', known: true, reversed: false, fit: 'binding' };
const UNDIRECTED: RelationMatch = { relation: 'unknown-influence', known: true, reversed: false, fit: 'undirected' };
const UNSIGNED: RelationMatch = { relation: 'unknown-influence', known: true, reversed: false, fit: 'unsigned' };

/** PSI-MI interaction types (MI:0190), squashed, that are bindings. */
const BINDING_TYPES: ReadonlySet<string> = new Set([
  'physicalassociation',
  'directinteraction',
  'association',
  'covalentbinding',
  'disulfidebond',
  'physicalinteraction', // the older name of physical association
]);

/** PSI-MI interaction types, squashed, that say two molecules go together, without direction or sign. */
const UNDIRECTED_TYPES: ReadonlySet<string> = new Set(['colocalization', 'functionalassociation', 'proximity']);

/** The meaning of a PSI-MI interaction type name; unknown names give unknown-influence, `known: false`. */
export function interactionMeaning(name: string): TypeMeaning {
  const key = squash(name);
  if (BINDING_TYPES.has(key)) return { match: BINDING };
  if (UNDIRECTED_TYPES.has(key) || key.includes('genetic')) return { match: UNDIRECTED };
  // Enzymatic reactions: `phosphorylation reaction`, `ubiquitination reaction`, `protein cleavage`…
  if (key.endsWith('reaction') || key.includes('cleavage')) return { match: UNSIGNED, needsRoles: true };
  return { match: relationFromName(name) };
}

/** Biological roles (MI:0500), squashed, of the participant an enzymatic or causal interaction starts at. */
export const SOURCE_ROLES: ReadonlySet<string> = new Set([
  'enzyme',
  'regulator',
  'inhibitor',
  'stimulator',
  'phosphatedonor',
  'electrondonor',
]);

/** Biological roles, squashed, of the participant such an interaction acts on. */
export const TARGET_ROLES: ReadonlySet<string> = new Set([
  'enzymetarget',
  'regulatortarget',
  'inhibited',
  'stimulated',
  'phosphateacceptor',
  'electronacceptor',
]);

/** The experimental role (MI:0495) a spoke expansion is centred on. */
export const BAIT_ROLE = 'bait';

/**
 * The evidence kind of a curated interaction measured on purified molecules, cells or tissue
 * extracts: in vitro is the closest of our kinds.
 */
const MEASURED_EVIDENCE_KIND: EvidenceKind = 'in-vitro';

/**
 * The evidence kind an experiment supports, from its host and interaction type: in vitro for an
 * experiment in vitro (host taxid -1), by chemical synthesis (-2) or in named cells or tissue;
 * simulation in silico (-5); otherwise (in vivo, a whole organism, an unknown host, a genetic
 * interaction) none of our kinds says what it is, so the neutral `review`, and the note names the host.
 */
export function measuredKind(host: unknown, interactionType: string | undefined): EvidenceKind {
  if (squash(interactionType ?? '').includes('genetic')) return INFERRED_EVIDENCE_KIND;
  const record = typeof host === 'object' && host !== null ? (host as Record<string, unknown>) : {};
  const taxid = Number(record.taxid);
  if (taxid === -5) return 'simulation';
  if (taxid === -1 || taxid === -2) return MEASURED_EVIDENCE_KIND;
  if (record.cellType !== undefined || record.tissue !== undefined) return MEASURED_EVIDENCE_KIND;
  return INFERRED_EVIDENCE_KIND;
}
/** The evidence kind when the detection method is an inference (`inferred by curator` / `author`), not a measurement. */
export const INFERRED_EVIDENCE_KIND: EvidenceKind = 'review';
/** Detection methods (MI:0001), squashed, that are inferences. */
export const INFERRED_METHODS: ReadonlySet<string> = new Set(['inferredbycurator', 'inferredbyauthor']);

/** Ends every evidence note: where the kind comes from. */
export const EVIDENCE_NOTE_TAIL =
  'The evidence kind is read from the curated PSI-MI record, not from the paper: check it.';

/** Host organisms with a negative taxon id (PSI-MI's conventions) in words; `-3` (unknown) says nothing. */
export const SPECIAL_TAXA: Readonly<Record<string, string>> = {
  '-1': 'in vitro',
  '-2': 'by chemical synthesis',
  '-4': 'in vivo',
};

/** Interaction fields read (the others are named in a warning). */
export const INTERACTION_FIELDS: ReadonlySet<string> = new Set([
  'object',
  'id',
  'interactionType',
  'experiment',
  'identifiers',
  'participants',
  'negative',
  'confidences',
  'imexId',
  'doi',
]);

/** Interactor fields read. */
export const INTERACTOR_FIELDS: ReadonlySet<string> = new Set([
  'object',
  'id',
  'label',
  'type',
  'organism',
  'identifier',
  'setComponents',
]);

/** Participant fields read (`features` are named in their own warning). */
export const PARTICIPANT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'interactorRef',
  'bioRole',
  'expRole',
  'features',
]);

/** Experiment fields read. */
export const EXPERIMENT_FIELDS: ReadonlySet<string> = new Set([
  'detmethod',
  'host',
  'pubid',
  'publicationId',
  'imexId',
  'doi',
  'figures',
  'sourceDatabase',
]);
