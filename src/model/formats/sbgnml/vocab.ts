/**
 * The SBGN-ML vocabulary of Pathway Layers: glyph and arc classes read and written.
 *
 * SBGN-ML, libsbgn 0.2 and 0.3. The map's language is its `language` attribute (0.2:
 * `<map language="activity flow">`) or, without one, the 0.3 `version` URI
 * (`http://identifiers.org/combine.specifications/sbgn.pd.level-1.version-2.0`: `sbgn.af`,
 * `sbgn.pd`, `sbgn.er`); a map that says neither is read as Activity Flow, with a warning.
 * **Activity Flow** maps are read as below and written by our export. **Process Description** maps
 * are converted to influences on import (`pd.ts`, whose module comment gives the rules). An **Entity
 * Relationship** map, or any other language, is refused with an error naming it.
 *
 * **Activity Flow glyphs → nodes**: `biological activity` → protein, refined by its unit of information
 * (`<entity name="macromolecule">` or `mt:prot` → protein, `simple chemical` or `mt:simplechem` →
 * small-molecule, `complex` → complex, `nucleic acid feature`, `mt:rna`, `mt:dna` → protein,
 * `unspecified entity` → concept, `perturbation` → drug); `phenotype` → phenotype; `perturbation` and
 * `perturbing agent` → drug; the PD-style classes `macromolecule` → protein, `simple chemical` →
 * small-molecule, `nucleic acid feature` → protein, `complex` → complex, `unspecified entity` →
 * concept; `compartment` → compartment, holding the glyphs whose `compartmentRef` names it;
 * `submap` → concept (its content is not imported, with a warning). Positions are the centres of the
 * `<bbox>`es. Logic operators (`and`, `or`, `not`, `delay`), their logic arcs, `equivalence arc`s,
 * tags, arc groups and unknown glyph classes are not imported and each is reported in the warnings,
 * as is every arc that goes through them.
 *
 * **Activity Flow arcs → edges**: `positive influence`, `negative influence`, `unknown influence`, `necessary
 * stimulation` map one to one. PD arc classes found in an AF map (`stimulation`, `inhibition`,
 * `catalysis`, `modulation`, `absolute stimulation`) are read as the nearest relation, with a warning.
 *
 * **binds and allosteric-modulation have no Activity Flow arc class**: they are exported as `unknown
 * influence` arcs with a note (`Pathway Layers relation: binds`) that our importer reads back; other
 * tools see an unknown influence. Node kinds without an AF glyph are written as the nearest glyph
 * with a note (`Pathway Layers kind: process`): process → phenotype, lipid → simple chemical
 * activity, cell-type → unspecified-entity activity.
 *
 * **Ids**: glyph, arc and map ids are `xs:ID`s; ours that start with a digit are written with an
 * `n_` / `e_` / `m_` prefix (arcs' `source`, `target` and `compartmentRef` alike) and read back without
 * it (`safeId`, `unsafeId`): an `n_`, `e_` or `m_` followed by a digit is taken off any file's ids.
 *
 * **What SBGN-ML loses on export**: citations, layers, status, claims, reasons, node descriptions,
 * synonyms and cross-references, and the exact relation/kind for other tools (see the notes above).
 * SBGN-ML requires a box for every glyph: nodes without a preset position are placed on a grid and
 * `losses` says how many. Compartments are drawn as boxes around their content (their own preset
 * position is not kept). Coordinates are rounded to 0.001.
 */
import type { NodeKind, Relation } from '../../types';

/**
 * SBGN-ML ids are `xs:ID`s, which must be NCNames (a letter or `_` first, no colon). Our ids are
 * kebab-case and may start with a digit (`1642`, imported from Cytoscape): those are written with a
 * prefix, `n_` for glyphs (and their units of information), `e_` for arcs, `m_` for the map, and the
 * reader takes the prefix off again, so that our own files read back with their ids unchanged. Our
 * ids never hold `_`, so a prefixed id cannot meet another one.
 */
export const SAFE_ID_PREFIX = { glyph: 'n_', arc: 'e_', map: 'm_' } as const;

/** An id as written: a kebab-case id starting with a digit gets `prefix`; any other id is unchanged. */
export function safeId(id: string, prefix: string): string {
  return /^[0-9]/.test(id) ? `${prefix}${id}` : id;
}

/** A file's id as we read it: `n_1642`, `e_2240`, `m_2024-net` lose the prefix our writer adds. */
export function unsafeId(id: string): string {
  return /^[nem]_[0-9][a-z0-9-]*$/.test(id) ? id.slice(2) : id;
}

/** The libsbgn 0.3 namespace. */
export const SBGN_NS = 'http://sbgn.org/libsbgn/0.3';
/** The namespace of the notes our export writes. */
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** The note our export writes on an arc whose relation has no AF class; read back on import. */
export const RELATION_NOTE = /Pathway Layers relation:\s*([a-z-]+)/;
/** The note our export writes on a glyph whose kind has no AF glyph; read back on import. */
export const KIND_NOTE = /Pathway Layers kind:\s*([a-z-]+)/;

/** The four SBGN Activity Flow influence arc classes. */
export const AF_ARC_RELATION: Readonly<Record<string, Relation>> = {
  'positive influence': 'positive-influence',
  'negative influence': 'negative-influence',
  'unknown influence': 'unknown-influence',
  'necessary stimulation': 'necessary-stimulation',
};

/** Glyph classes that become nodes, with the kind before any unit of information refines it. */
/** Entity glyph classes that both readers (Activity Flow and Process Description) take as nodes, with their kind. */
const ENTITY_POOL_KIND: Readonly<Record<string, NodeKind>> = {
  phenotype: 'phenotype',
  'perturbing agent': 'drug',
  macromolecule: 'protein',
  'macromolecule multimer': 'protein',
  'nucleic acid feature': 'protein',
  'nucleic acid feature multimer': 'protein',
  'simple chemical': 'small-molecule',
  'simple chemical multimer': 'small-molecule',
  'unspecified entity': 'concept',
  complex: 'complex',
  'complex multimer': 'complex',
};

export const GLYPH_KIND: Readonly<Record<string, NodeKind>> = {
  ...ENTITY_POOL_KIND,
  'biological activity': 'protein',
  perturbation: 'drug',
  compartment: 'compartment',
  submap: 'concept',
};

/** Logic operators: not imported, nor the arcs through them. */
export const LOGIC_CLASSES = new Set(['and', 'or', 'not', 'delay']);

/** SBGN material types (`mt:`) of a unit of information. */
export const MATERIAL_KIND: Readonly<Record<string, NodeKind>> = {
  prot: 'protein',
  rna: 'protein',
  dna: 'protein',
  nuc: 'protein',
  simplechem: 'small-molecule',
  ion: 'small-molecule',
  rad: 'small-molecule',
  psac: 'small-molecule',
  complex: 'complex',
  unspecified: 'concept',
};

/** Glyph class, unit-of-information entity and, for kinds AF cannot show, the note to write. */
export const KIND_GLYPH: Readonly<Record<NodeKind, { cls: string; entity?: string; noted?: boolean }>> = {
  protein: { cls: 'biological activity', entity: 'macromolecule' },
  complex: { cls: 'biological activity', entity: 'complex' },
  'small-molecule': { cls: 'biological activity', entity: 'simple chemical' },
  lipid: { cls: 'biological activity', entity: 'simple chemical', noted: true },
  drug: { cls: 'perturbation' },
  phenotype: { cls: 'phenotype' },
  process: { cls: 'phenotype', noted: true },
  'cell-type': { cls: 'biological activity', entity: 'unspecified entity', noted: true },
  concept: { cls: 'biological activity', entity: 'unspecified entity' },
  compartment: { cls: 'compartment' },
};

/** Nearest AF arc class of each relation; binds and allosteric-modulation get a note. */
export const RELATION_ARC: Readonly<Record<Relation, string>> = {
  'positive-influence': 'positive influence',
  'negative-influence': 'negative influence',
  'unknown-influence': 'unknown influence',
  'necessary-stimulation': 'necessary stimulation',
  binds: 'unknown influence',
  'allosteric-modulation': 'unknown influence',
};

/** The AF class that means exactly our relation, where one exists. */
export const RELATION_ARC_EXACT: Readonly<Partial<Record<Relation, string>>> = {
  'positive-influence': 'positive influence',
  'negative-influence': 'negative influence',
  'unknown-influence': 'unknown influence',
  'necessary-stimulation': 'necessary stimulation',
};

/** The language of each SBGN 0.3 `version` URI (`…/combine.specifications/sbgn.pd.level-1.version-2.0`). */
export const VERSION_LANGUAGE: Readonly<Record<string, string>> = {
  af: 'activity flow',
  pd: 'process description',
  er: 'entity relationship',
};

/**
 * Process Description entity pool nodes (and the phenotype, which PD draws as a process node that
 * arcs can only modulate) that become nodes, with their kind. `source and sink` (∅) becomes a
 * process node named after what it makes or takes (`pd.ts`).
 */
export const PD_ENTITY_KIND: Readonly<Record<string, NodeKind>> = {
  ...ENTITY_POOL_KIND,
  'source and sink': 'process',
  'empty set': 'process',
};

/** Process Description process nodes: converted to influences, never nodes. */
export const PD_PROCESS_CLASSES: ReadonlySet<string> = new Set([
  'process',
  'omitted process',
  'uncertain process',
  'association',
  'dissociation',
]);

/** Process Description logic operators: each operand modulates on its own (`not` with the sign turned). */
export const PD_LOGIC_CLASSES: ReadonlySet<string> = new Set(['and', 'or', 'not']);

/**
 * Process Description modulation arcs: the relation each gives between the modulator and each of
 * the process's products, and the verb of the generated claim. `absolute stimulation` and `absolute
 * inhibition` are the names of early PD versions.
 */
export const PD_MODULATION: Readonly<Record<string, { relation: Relation; verb: string }>> = {
  catalysis: { relation: 'positive-influence', verb: 'catalyses' },
  stimulation: { relation: 'positive-influence', verb: 'stimulates' },
  'necessary stimulation': { relation: 'necessary-stimulation', verb: 'is necessary for' },
  'absolute stimulation': { relation: 'necessary-stimulation', verb: 'is necessary for' },
  inhibition: { relation: 'negative-influence', verb: 'inhibits' },
  'absolute inhibition': { relation: 'negative-influence', verb: 'inhibits' },
  modulation: { relation: 'unknown-influence', verb: 'modulates' },
};

/** The relation a modulation has through a `not` operator: the sign turned, necessity read as inhibition. */
export const NOT_RELATION: Readonly<Record<Relation, Relation>> = {
  'positive-influence': 'negative-influence',
  'negative-influence': 'positive-influence',
  'necessary-stimulation': 'negative-influence',
  'unknown-influence': 'unknown-influence',
  binds: 'binds',
  'allosteric-modulation': 'allosteric-modulation',
};
