/**
 * Choosing a node's label among the names a foreign file gives it. Cytoscape desktop keeps an
 * internal `name` (often an accession: `YDL194W`, `9606.ENSP00000269305`, `P35555`) next to the
 * readable one (`gene_name`, `display name`, `COMMON`, `shared name`); GraphML and Cytoscape.js JSON
 * read them all and let {@link pickLabel} choose. The names not chosen are kept as synonyms, and the
 * accessions we can write as compact identifiers (UniProt, Ensembl) as xrefs as well.
 */

/** The names a file gives one node, by how much each is meant as the label. */
export interface NameCandidates {
  /** An explicit label (a `label` key): always the label when given. */
  readonly label?: string | undefined;
  /** The label the file's graphics draw (yEd, yFiles): the label when there is no explicit one. */
  readonly graphics?: string | undefined;
  /** A readable name column: `gene_name`, `Gene Name`, `display name`, `COMMON`… */
  readonly display?: string | undefined;
  /** Cytoscape's `shared name`. */
  readonly shared?: string | undefined;
  /** Cytoscape's (and many tools') `name`. */
  readonly name?: string | undefined;
}

/** Column names (lower case, `_` and runs of spaces as one space) that hold a readable name. */
export const DISPLAY_NAME_FIELDS: ReadonlySet<string> = new Set([
  'gene name',
  'gene symbol',
  'display name',
  'common', // Cytoscape's sample data (galFiltered) keeps the gene symbol here
]);

/** `Gene_Name`, `gene  name` → `gene name`. */
export const fieldKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const UNIPROT = /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})(-\d+)?$/;
const ENSEMBL = /^ENS[A-Z]*[EGPTR]\d{11}(\.\d+)?$/;
const IDENTIFIER_PATTERNS: readonly RegExp[] = [
  UNIPROT,
  ENSEMBL,
  /^[A-Z0-9]{1,10}_[A-Z0-9]{1,5}$/, // UniProt entry name: AKT1_HUMAN
  /^\d+\.[A-Za-z0-9_.-]+$/, // STRING: 9606.ENSP00000269305
  /^Y[A-P][LR]\d{3}[WC](-[A-Z])?$/, // yeast systematic ORF name: YDL194W
  /^[NXYW][MRP]_\d+(\.\d+)?$/, // RefSeq: NP_000537
  /^EBI-\d+$/, // IntAct interactor
  /^\d+$/, // Entrez Gene, Cytoscape SUID
  /^[A-Za-z][A-Za-z0-9_.]*:\S+$/, // a compact identifier: CHEBI:15422, uniprotkb:P04637
];

/** True for names that look like a database accession rather than a name for people. */
export function looksLikeIdentifier(name: string): boolean {
  const n = name.trim();
  return IDENTIFIER_PATTERNS.some((p) => p.test(n));
}

/** The compact identifier (CURIE) for a UniProt or Ensembl accession; `undefined` for anything else. */
function identifierXref(name: string): string | undefined {
  const n = name.trim();
  const uniprot = UNIPROT.exec(n);
  if (uniprot) return uniprot[2] ? `uniprot.isoform:${n}` : `uniprot:${n}`;
  if (ENSEMBL.test(n)) return `ensembl:${n.replace(/\.\d+$/, '')}`;
  return undefined;
}

export interface PickedLabel {
  readonly label?: string | undefined;
  /** The other names, each once, in the order given. */
  readonly synonyms: readonly string[];
  /** Compact identifiers for the names that are UniProt or Ensembl accessions. */
  readonly xrefs: readonly string[];
}

/**
 * The label: the explicit one when given, then the one the graphics draw; otherwise the first of
 * display name, shared name and name that does not look like an accession (`looksLikeIdentifier`),
 * or the first of them when all do.
 */
export function pickLabel(names: NameCandidates): PickedLabel {
  const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;
  const explicit = clean(names.label) ?? clean(names.graphics);
  const others = [names.display, names.shared, names.name].map(clean).filter((s): s is string => s !== undefined);
  const label = explicit ?? others.find((s) => !looksLikeIdentifier(s)) ?? others[0];
  const given = [clean(names.label), clean(names.graphics), ...others];
  const all = [...new Set(given.filter((s): s is string => s !== undefined))];
  const synonyms = all.filter((s) => s !== label);
  const xrefs = all.map(identifierXref).filter((x): x is string => x !== undefined);
  return { label, synonyms, xrefs };
}
