/**
 * Human words for the data vocabulary, used by the details panel, the legend and the text views.
 */
import type { EdgeStatus, EvidenceKind, NodeKind, PathwayEdge, Relation, Stance } from './types';

export const RELATION_LABEL: Readonly<Record<Relation, string>> = {
  'positive-influence': 'positive influence',
  'negative-influence': 'negative influence',
  'necessary-stimulation': 'necessary stimulation',
  'unknown-influence': 'unknown influence',
  binds: 'binds',
  'allosteric-modulation': 'allosteric modulation',
};

export const RELATION_MEANING: Readonly<Record<Relation, string>> = {
  'positive-influence': 'source increases the target’s activity or amount',
  'negative-influence': 'source decreases or inhibits the target',
  'necessary-stimulation': 'the target needs the source',
  'unknown-influence': 'the sign of the effect is unknown',
  binds: 'physical binding',
  'allosteric-modulation': 'binds elsewhere and changes how the target responds',
};

export const STATUS_LABEL: Readonly<Record<EdgeStatus, string>> = {
  established: 'established',
  proposed: 'proposed',
  inferred: 'inferred',
  disputed: 'disputed',
};

export const STATUS_MEANING: Readonly<Record<EdgeStatus, string>> = {
  established: 'shown directly and broadly accepted',
  proposed: 'shown by its proponents, not yet independently settled',
  inferred: 'no cited work shows it directly; drawn for the reason given',
  disputed: 'contested by cited evidence',
};

export const EVIDENCE_KIND_LABEL: Readonly<Record<EvidenceKind, string>> = {
  'in-vitro': 'in vitro',
  simulation: 'simulation',
  'animal-genetic': 'animal genetic',
  'animal-pharmacology': 'animal pharmacology',
  'animal-behaviour': 'animal behaviour',
  'human-clinical': 'human clinical',
  review: 'review',
  hypothesis: 'authors’ hypothesis',
  commentary: 'commentary',
};

export const MODIFIER_KIND_LABEL: Readonly<Record<NonNullable<PathwayEdge['modifiers']>[number]['kind'], string>> = {
  pharmacokinetic: 'pharmacokinetic',
};

export const STANCE_LABEL: Readonly<Record<Stance, string>> = {
  supports: 'supports',
  contests: 'contests',
};

export const NODE_KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  drug: 'drug',
  protein: 'protein',
  complex: 'complex',
  'small-molecule': 'small molecule',
  lipid: 'lipid',
  process: 'process',
  phenotype: 'phenotype',
  'cell-type': 'cell type',
  compartment: 'compartment',
  concept: 'concept',
};
