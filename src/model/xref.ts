/**
 * Compact identifiers (CURIEs) such as `uniprot:Q16620`, resolved through identifiers.org.
 */
const DATABASES: Readonly<Record<string, string>> = {
  uniprot: 'UniProt',
  hgnc: 'HGNC',
  chebi: 'ChEBI',
  go: 'Gene Ontology',
  pubchem: 'PubChem',
  'pubchem.compound': 'PubChem',
  ncbigene: 'NCBI Gene',
  ensembl: 'Ensembl',
  reactome: 'Reactome',
};

export interface Xref {
  readonly curie: string;
  readonly prefix: string;
  readonly local: string;
  readonly database: string;
  readonly url: string;
}

export function parseXref(curie: string): Xref | null {
  const i = curie.indexOf(':');
  if (i <= 0 || i === curie.length - 1) return null;
  const prefix = curie.slice(0, i);
  const local = curie.slice(i + 1);
  return {
    curie,
    prefix,
    local,
    database: DATABASES[prefix.toLowerCase()] ?? prefix,
    url: `https://identifiers.org/${encodeURIComponent(prefix)}:${encodeURIComponent(local)}`,
  };
}
