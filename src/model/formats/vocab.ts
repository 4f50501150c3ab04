/**
 * The vocabulary shared by the importers: foreign interaction, node-type and status names mapped
 * onto our relations, node kinds and statuses, and the SIF token written for each relation. Format-
 * specific tables (GraphML keys, SBGN glyph and arc classes…) live next to their format.
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
 * Foreign interaction names, normalised (lower case, spaces and `_` as `-`), onto our relations.
 * SIF tokens we write (`activates`, `inhibits`, `required-for`, `influences`, `binds`,
 * `allosterically-modulates`), our own relation names, SBGN AF arc classes, common verbs, Pathway
 * Commons extended-SIF types and Cytoscape's classic `pp`/`pd` are all known.
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
  'controls-state-change-of': 'unknown-influence',
  'controls-expression-of': 'unknown-influence',
  'controls-transport-of': 'unknown-influence',
  'controls-phosphorylation-of': 'unknown-influence',
  'controls-production-of': 'unknown-influence',
  'controls-transport-of-chemical': 'unknown-influence',
  'chemical-affects': 'unknown-influence',
  // binding
  binds: 'binds',
  binding: 'binds',
  'in-complex-with': 'binds',
  'interacts-with': 'binds',
  pp: 'binds',
  pd: 'binds',
  // allosteric modulation
  'allosterically-modulates': 'allosteric-modulation',
  'allosteric-modulator-of': 'allosteric-modulation',
  allosteric: 'allosteric-modulation',
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
const REVERSED_NAMES: Readonly<Record<string, Relation>> = {
  'consumption-controlled-by': 'unknown-influence',
  'consumption-controled-by': 'unknown-influence', // Pathway Commons' own spelling
};

export interface RelationMatch {
  readonly relation: Relation;
  /** False when the name is not known: the relation is then `unknown-influence`. */
  readonly known: boolean;
  /** True when the name points from target to source (swap the ends). */
  readonly reversed: boolean;
}

/** Map a foreign interaction name onto our relations; unknown names give `unknown-influence`, known: false. */
export function relationFromName(name: string): RelationMatch {
  const key = normaliseName(name);
  if ((RELATIONS as readonly string[]).includes(key))
    return { relation: key as Relation, known: true, reversed: false };
  if (Object.hasOwn(RELATION_NAMES, key)) return { relation: RELATION_NAMES[key]!, known: true, reversed: false };
  if (Object.hasOwn(REVERSED_NAMES, key)) return { relation: REVERSED_NAMES[key]!, known: true, reversed: true };
  return { relation: 'unknown-influence', known: false, reversed: false };
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
