/**
 * The vocabulary shared by the importers: foreign interaction, node-type and status names mapped
 * onto our relations (exactly, or loosely with the name kept in the claim: {@link RelationFit}),
 * node kinds and statuses, and the SIF token written for each relation. Format-specific tables
 * (GraphML keys, SBGN glyph and arc classes…) live next to their format.
 */
import { NODE_KINDS, RELATIONS, STATUSES } from '../schema';
import type { EdgeStatus, NodeKind, Relation } from '../types';

/** `"Activates"`, `"controls_state_change_of"`, `"-|"` → `activates`, `controls-state-change-of`, `-|`. */
function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * How a foreign interaction name fits our relations when the fit is not exact; the importers keep
 * the name in the generated claim (and the SIF reader in the edge id), so that nothing the file said
 * is lost and two such names between the same nodes stay two edges:
 * - `binding`: a physical association (Cytoscape's `pp`, `pd`; Pathway Commons' `in-complex-with`,
 *   `interacts-with`), read as binds, which is symmetric and not causal;
 * - `unsigned`: directed, but the sign is not given (Pathway Commons' `controls-*-of`,
 *   `catalysis-precedes`, `used-to-produce`…), read as unknown-influence in the file's direction;
 * - `undirected`: an association with neither direction nor sign (`neighbor-of`, `reacts-with`),
 *   read as unknown-influence from the first name to the second, with a warning;
 * - `unknown`: a name we do not know, read as unknown-influence, with a warning.
 */
export type RelationFit = 'binding' | 'unsigned' | 'undirected' | 'unknown';

/**
 * Foreign interaction names, normalised (lower case, spaces and `_` as `-`), that mean one of our
 * relations: the SIF tokens we write (`activates`, `inhibits`, `required-for`, `influences`, `binds`,
 * `allosterically-modulates`), our own relation names, SBGN AF arc classes, common verbs and signed
 * SIF's `1` / `-1` (CellNOpt).
 */
const RELATION_NAMES: Readonly<Record<string, Relation>> = {
  // positive
  activates: 'positive-influence',
  activation: 'positive-influence',
  stimulates: 'positive-influence',
  stimulation: 'positive-influence',
  promotes: 'positive-influence',
  induces: 'positive-influence',
  increases: 'positive-influence',
  upregulates: 'positive-influence',
  'up-regulates': 'positive-influence',
  enhances: 'positive-influence',
  catalysis: 'positive-influence',
  positive: 'positive-influence',
  '+': 'positive-influence',
  '->': 'positive-influence',
  '1': 'positive-influence',
  '+1': 'positive-influence',
  // negative
  inhibits: 'negative-influence',
  inhibition: 'negative-influence',
  represses: 'negative-influence',
  suppresses: 'negative-influence',
  decreases: 'negative-influence',
  downregulates: 'negative-influence',
  'down-regulates': 'negative-influence',
  blocks: 'negative-influence',
  negative: 'negative-influence',
  '-': 'negative-influence',
  '-|': 'negative-influence',
  '-1': 'negative-influence',
  // necessary stimulation
  'required-for': 'necessary-stimulation',
  'necessary-for': 'necessary-stimulation',
  'absolute-stimulation': 'necessary-stimulation',
  trigger: 'necessary-stimulation',
  triggers: 'necessary-stimulation',
  // unknown sign
  influences: 'unknown-influence',
  affects: 'unknown-influence',
  regulates: 'unknown-influence',
  modulates: 'unknown-influence',
  modulation: 'unknown-influence',
  // binding
  binds: 'binds',
  binding: 'binds',
  // allosteric modulation
  'allosterically-modulates': 'allosteric-modulation',
  'allosteric-modulator-of': 'allosteric-modulation',
  allosteric: 'allosteric-modulation',
};

/**
 * Foreign interaction names that fit one of our relations only loosely (see {@link RelationFit}):
 * Cytoscape's classic `pp` (protein–protein) and `pd` (protein–DNA), `interactsWith`, the SIF types
 * of Pathway Commons (https://www.pathwaycommons.org/pc2/formats#sif_relations) and the PSI-MI
 * interaction types IntAct gives most (`physical association`, `direct interaction`, `association`,
 * `colocalization`).
 */
const LOOSE_NAMES: Readonly<Record<string, { relation: Relation; fit: RelationFit }>> = {
  pp: { relation: 'binds', fit: 'binding' },
  pd: { relation: 'binds', fit: 'binding' },
  'interacts-with': { relation: 'binds', fit: 'binding' },
  'in-complex-with': { relation: 'binds', fit: 'binding' },
  'in-same-complex': { relation: 'binds', fit: 'binding' }, // Pathway Commons' older name
  // PSI-MI interaction types (IntAct)
  'physical-association': { relation: 'binds', fit: 'binding' },
  'direct-interaction': { relation: 'binds', fit: 'binding' },
  association: { relation: 'unknown-influence', fit: 'undirected' },
  colocalization: { relation: 'unknown-influence', fit: 'undirected' },
  'controls-state-change-of': { relation: 'unknown-influence', fit: 'unsigned' },
  'controls-expression-of': { relation: 'unknown-influence', fit: 'unsigned' },
  'controls-transport-of': { relation: 'unknown-influence', fit: 'unsigned' },
  'controls-phosphorylation-of': { relation: 'unknown-influence', fit: 'unsigned' },
  'controls-production-of': { relation: 'unknown-influence', fit: 'unsigned' },
  'controls-transport-of-chemical': { relation: 'unknown-influence', fit: 'unsigned' },
  'chemical-affects': { relation: 'unknown-influence', fit: 'unsigned' },
  'catalysis-precedes': { relation: 'unknown-influence', fit: 'unsigned' },
  'used-to-produce': { relation: 'unknown-influence', fit: 'unsigned' },
  'neighbor-of': { relation: 'unknown-influence', fit: 'undirected' },
  'reacts-with': { relation: 'unknown-influence', fit: 'undirected' },
};

/** The SIF token written for each of our relations; also the verb in generated edge ids (`a-activates-b`). */
export const SIF_RELATION_TOKEN: Readonly<Record<Relation, string>> = {
  'positive-influence': 'activates',
  'negative-influence': 'inhibits',
  'necessary-stimulation': 'required-for',
  'unknown-influence': 'influences',
  binds: 'binds',
  'allosteric-modulation': 'allosterically-modulates',
};

/** Interaction names that state the control in the other direction: `A consumption-controlled-by B` is `B → A`. */
const REVERSED_NAMES: ReadonlySet<string> = new Set([
  'consumption-controlled-by',
  'consumption-controled-by', // Pathway Commons' own spelling
]);

export interface RelationMatch {
  readonly relation: Relation;
  /** False when the name is not known: the relation is then `unknown-influence` and `fit` is `unknown`. */
  readonly known: boolean;
  /** True when the name points from target to source (swap the ends). */
  readonly reversed: boolean;
  /** Set when the name fits our relation only loosely, or not at all; the claim should keep the name. */
  readonly fit?: RelationFit | undefined;
}

/** `interactsWith` → `interacts-With` (then normalised); other names unchanged. */
export const splitCamelCase = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2');

/**
 * Map a foreign interaction name onto our relations. Exact synonyms give the relation; loose names
 * (see {@link RelationFit}) the nearest relation and their fit; unknown names `unknown-influence`,
 * known: false, fit `unknown`. `interactsWith` is read as `interacts-with`.
 */
export function relationFromName(name: string): RelationMatch {
  for (const key of new Set([normaliseName(name), normaliseName(splitCamelCase(name))])) {
    if ((RELATIONS as readonly string[]).includes(key))
      return { relation: key as Relation, known: true, reversed: false };
    if (Object.hasOwn(RELATION_NAMES, key)) return { relation: RELATION_NAMES[key]!, known: true, reversed: false };
    if (Object.hasOwn(LOOSE_NAMES, key)) {
      const { relation, fit } = LOOSE_NAMES[key]!;
      return { relation, known: true, reversed: false, fit };
    }
    if (REVERSED_NAMES.has(key)) return { relation: 'unknown-influence', known: true, reversed: true, fit: 'unsigned' };
  }
  return { relation: 'unknown-influence', known: false, reversed: false, fit: 'unknown' };
}

/**
 * The warning for an interaction type that is not known (read as unknown-influence) or has neither
 * direction nor sign (read as unknown-influence in the file's order); `undefined` for the others,
 * whose generated claim keeps their name without a warning.
 */
export function relationWarning(name: string, match: RelationMatch): string | undefined {
  if (!match.known) return `unknown interaction type "${name}", imported as unknown-influence`;
  if (match.fit === 'undirected')
    return `interaction type "${name}" has neither direction nor sign; imported as unknown-influence in the file's order, and the claim names the type`;
  return undefined;
}

/** The key by which an interaction type counts as "the same" when merging repeated interactions. */
export function relationKey(name: string, match: RelationMatch): string {
  return match.fit === undefined ? match.relation : normaliseName(splitCamelCase(name));
}

/**
 * Foreign node-type names, normalised, onto our node kinds. Genes, gene products, RNA and DNA are
 * `protein` (the molecule whose activity is meant); chemicals and metabolites `small-molecule`;
 * perturbations and pharmaceuticals `drug`; pathways and reactions `process`; diseases and
 * behaviours `phenotype`; anything unspecified `concept`.
 */
const KIND_NAMES: Readonly<Record<string, NodeKind>> = {
  gene: 'protein',
  'gene-product': 'protein',
  geneproduct: 'protein',
  macromolecule: 'protein',
  'macromolecule-multimer': 'protein',
  enzyme: 'protein',
  receptor: 'protein',
  rna: 'protein',
  mrna: 'protein',
  dna: 'protein',
  'nucleic-acid-feature': 'protein',
  'biological-activity': 'protein',
  proteinreference: 'protein',
  rnareference: 'protein',
  dnareference: 'protein',
  'simple-chemical': 'small-molecule',
  'simple-chemical-multimer': 'small-molecule',
  chemical: 'small-molecule',
  compound: 'small-molecule',
  metabolite: 'small-molecule',
  ion: 'small-molecule',
  smallmolecule: 'small-molecule',
  smallmoleculereference: 'small-molecule',
  neurotransmitter: 'small-molecule',
  hormone: 'small-molecule',
  perturbation: 'drug',
  'perturbing-agent': 'drug',
  pharmaceutical: 'drug',
  medication: 'drug',
  'complex-multimer': 'complex',
  complexreference: 'complex',
  pathway: 'process',
  'biological-process': 'process',
  reaction: 'process',
  disease: 'phenotype',
  outcome: 'phenotype',
  behaviour: 'phenotype',
  behavior: 'phenotype',
  symptom: 'phenotype',
  cell: 'cell-type',
  celltype: 'cell-type',
  location: 'compartment',
  'unspecified-entity': 'concept',
  unknown: 'concept',
  other: 'concept',
};

/** Map a foreign node-type name onto our node kinds; `undefined` when the name is not known. */
export function kindFromName(name: string): NodeKind | undefined {
  const key = normaliseName(name);
  if ((NODE_KINDS as readonly string[]).includes(key)) return key as NodeKind;
  return Object.hasOwn(KIND_NAMES, key) ? KIND_NAMES[key] : undefined;
}

/** Our status names; `undefined` for anything else. */
export function statusFromName(name: string): EdgeStatus | undefined {
  const key = normaliseName(name);
  return (STATUSES as readonly string[]).includes(key) ? (key as EdgeStatus) : undefined;
}
