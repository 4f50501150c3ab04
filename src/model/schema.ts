/**
 * The one schema of a pathway file, used at the data boundary (loading a file, `npm run validate`)
 * and to generate `public/pathway.schema.json`. Shape only: the cross-reference rules (every ref
 * exists, every edge is supported…) live in `validate.ts`, which runs after this.
 *
 * Built with `zod/mini` so the runtime check costs a few kB, not ~95 kB of full zod.
 */
import * as z from 'zod/mini';

const SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const REF_KEY_PATTERN = /^[a-z][a-z0-9_-]*$/;
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

const id = (what: string) => z.string().check(z.regex(ID_PATTERN), z.describe(`${what} (kebab-case)`));
const text = (what: string) => z.string().check(z.minLength(1), z.describe(what));
const refKey = z.string().check(z.regex(REF_KEY_PATTERN), z.describe('reference key'));

export const LAYER_LINE_STYLES = [
  'solid',
  'dashed',
  'dotted',
  'dash-dot',
  'long-dash',
  'short-dash',
  'dash-dot-dot',
] as const;
export const LAYER_ROLES = ['hypothesis', 'critique'] as const;
export const NODE_KINDS = [
  'drug',
  'protein',
  'complex',
  'small-molecule',
  'lipid',
  'process',
  'phenotype',
  'cell-type',
  'compartment',
  'concept',
] as const;
export const RELATIONS = [
  'positive-influence',
  'negative-influence',
  'necessary-stimulation',
  'unknown-influence',
  'binds',
  'allosteric-modulation',
] as const;
export const STATUSES = ['established', 'proposed', 'inferred', 'disputed'] as const;
export const EVIDENCE_KINDS = [
  'in-vitro',
  'simulation',
  'animal-genetic',
  'animal-pharmacology',
  'animal-behaviour',
  'human-clinical',
  'review',
  'hypothesis',
  'commentary',
] as const;
const STANCES = ['supports', 'contests'] as const;
const REFERENCE_TYPES = [
  'article-journal',
  'article',
  'review',
  'chapter',
  'book',
  'post-weblog',
  'webpage',
  'report',
  'thesis',
] as const;
const VERIFICATION_LEVELS = ['V', 'V2', 'checked'] as const;

const authorSchema = z.union([
  z.strictObject({ family: text('family name'), given: z.optional(z.string()) }),
  z.strictObject({ literal: text('an organisation or a name that does not split') }),
]);

const referenceSchema = z.strictObject({
  type: z.enum(REFERENCE_TYPES),
  title: text('title'),
  /** Omit rather than guess: a reference without a verified author list is cited by its title. */
  author: z.optional(z.array(authorSchema).check(z.minLength(1))),
  issued: z.optional(
    z.strictObject({
      'date-parts': z
        .array(z.array(z.int()).check(z.minLength(1), z.maxLength(3)))
        .check(z.minLength(1), z.maxLength(1)),
    }),
  ),
  'container-title': z.optional(z.string()),
  volume: z.optional(z.string()),
  issue: z.optional(z.string()),
  page: z.optional(z.string()),
  genre: z.optional(z.string()),
  DOI: z.optional(z.string().check(z.regex(DOI_PATTERN), z.describe('a DOI such as 10.1016/j.cell.2021.01.034'))),
  PMID: z.optional(z.string().check(z.regex(/^\d{1,9}$/), z.describe('PubMed id, digits only'))),
  PMCID: z.optional(z.string().check(z.regex(/^PMC\d+$/))),
  URL: z.optional(z.string().check(z.regex(/^https?:\/\//))),
  custom: z.optional(
    z.strictObject({
      verification: z.optional(z.enum(VERIFICATION_LEVELS)),
      source: z.optional(z.string()),
      etAl: z.optional(z.boolean()),
      note: z.optional(z.string()),
    }),
  ),
});

const layerSchema = z.strictObject({
  id: id('layer id'),
  title: text('layer title'),
  summary: text('one-line summary'),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/), z.describe('#rrggbb')),
  lineStyle: z.enum(LAYER_LINE_STYLES),
  defaultVisible: z.boolean(),
  references: z.array(refKey),
  role: z.optional(z.enum(LAYER_ROLES)),
});

const pointSchema = z.strictObject({ x: z.number(), y: z.number() });

const nodeSchema = z.strictObject({
  id: id('node id'),
  label: text('diagram label'),
  kind: z.enum(NODE_KINDS),
  description: text('description'),
  synonyms: z.optional(z.array(z.string())),
  xrefs: z.optional(
    z.array(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_.]*:\S+$/), z.describe('compact identifier (CURIE)'))),
  ),
  /** The compartment holding this node; the rules (kind, no loop, no edge at a compartment) are in validation/compartments.ts. */
  parent: z.optional(id('id of the node of kind "compartment" that contains this one; compartments may nest')),
  position: z.optional(pointSchema),
});

const evidenceSchema = z.strictObject({
  ref: refKey,
  kind: z.enum(EVIDENCE_KINDS),
  stance: z.enum(STANCES),
  note: z.optional(z.string()),
});

/**
 * Something that qualifies an edge without being a step of its own: it does not carry activation,
 * so reachability ignores it. `pharmacokinetic`: how fast or how far the drug reaches the target
 * (build-up in the brain, a long-lived metabolite), which bears on timing, not on whether the path exists.
 */
const MODIFIER_KINDS = ['pharmacokinetic'] as const;

const modifierSchema = z.strictObject({
  kind: z.enum(MODIFIER_KINDS),
  label: text('short label, e.g. "slow build-up in the brain"'),
  claim: text('the claim, one sentence'),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
});

const edgeSchema = z.strictObject({
  id: id('edge id'),
  source: id('source node id'),
  target: id('target node id'),
  relation: z.enum(RELATIONS),
  layers: z.array(id('layer id')).check(z.minLength(1)),
  claim: text('the claim, one sentence'),
  status: z.enum(STATUSES),
  reason: z.optional(text('why an inferred edge is drawn')),
  evidence: z.array(evidenceSchema),
  /** Qualifiers of the edge with their own evidence (e.g. a pharmacokinetic delay); they never change reachability. */
  modifiers: z.optional(z.array(modifierSchema).check(z.minLength(1))),
  /**
   * An edge imported from a format that carries no citations (SIF, GraphML…). It may have no
   * evidence, is drawn distinctly and counted in a banner. Authored models never set it.
   */
  uncited: z.optional(z.boolean()),
  /**
   * How the edge is drawn: from a point on the source's border, through its bends, to a point on
   * the target's border, in the same coordinates as the node positions. Written by the layout
   * (`npm run layout`) together with the positions; without it the edge is drawn as a curve.
   */
  route: z.optional(z.array(pointSchema).check(z.minLength(2))),
  /**
   * Where the source is drawn again for this edge (an SBGN clone): the edge starts at a copy of the
   * source's glyph at this position, beside its target, instead of at the source's own glyph. Edges
   * of one source with the same clone position share one copy; a node whose every edge starts at a
   * clone is drawn only as its clones.
   */
  sourceClone: z.optional(pointSchema),
});

const OBSERVED_RESULTS = ['lost', 'retained', 'partial'] as const;
/** A citation inside prose: `[@key]` (or `[@a; @b]`). Checked against `references` by validate.ts. */
const citable = (what: string) => text(`${what}; may cite references as [@key]`);

const perturbationSchema = z.strictObject({
  /** Knockouts: each node goes, with every edge that touches it. */
  removeNodes: z.optional(z.array(id('node id'))),
  /** Edges blocked one by one, e.g. by a drug that blocks one step. */
  cutEdges: z.optional(z.array(id('edge id'))),
  /** Drug edges a mutation abolishes while the target keeps its other functions (e.g. SERT Met172). */
  abolishBinding: z.optional(z.array(id('edge id of a drug edge'))),
  note: z.optional(citable('what the perturbation stands for')),
});

const experimentSchema = z.strictObject({
  id: id('experiment id'),
  title: text('experiment title'),
  description: citable('plain-language description'),
  drug: id('node id of the drug whose effect is tested'),
  perturbation: perturbationSchema,
  readout: id('node id of what was measured'),
  observed: z.strictObject({
    result: z.enum(OBSERVED_RESULTS),
    evidence: z
      .array(
        z.strictObject({
          ref: refKey,
          kind: z.enum(EVIDENCE_KINDS),
          note: z.optional(z.string()),
        }),
      )
      .check(z.minLength(1)),
  }),
  caveats: z.array(citable('a caveat')),
});

const FOCUS_PATTERN = /^(node|edge):[a-z0-9][a-z0-9-]*$/;
const focusEntry = z.string().check(z.regex(FOCUS_PATTERN), z.describe('node:<id> or edge:<id>'));

const tourStepSchema = z.strictObject({
  title: text('step title'),
  text: citable('short markdown'),
  layers: z.array(id('layer id')),
  focus: z.array(focusEntry),
  /**
   * More of the diagram to frame with the focus, not highlighted (a step recorded zoomed in on one
   * part of the diagram). The camera frames the focus and these together; everything shown when both are empty.
   */
  frame: z.optional(z.array(focusEntry)),
  experiment: z.optional(id('experiment id')),
  /** Speaker notes (markdown), shown only in the presenter view. */
  notes: z.optional(citable('speaker notes, markdown')),
});

const tourQuestionSchema = z.strictObject({
  prompt: citable('the question'),
  choices: z
    .array(
      z.strictObject({
        text: text('the answer'),
        correct: z.boolean(),
        feedback: citable('why this answer is right or wrong'),
      }),
    )
    .check(z.minLength(2)),
  experiment: z.optional(id('experiment id')),
});

const tourSchema = z.strictObject({
  id: id('tour id'),
  title: text('tour title'),
  description: citable('one or two sentences'),
  steps: z.array(tourStepSchema).check(z.minLength(1)),
  questions: z.optional(z.array(tourQuestionSchema)),
});

export const pathwaySchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: id('pathway id'),
  title: text('title'),
  description: text('short markdown description'),
  references: z.record(refKey, referenceSchema),
  layers: z.array(layerSchema).check(z.minLength(1)),
  nodes: z.array(nodeSchema).check(z.minLength(1)),
  edges: z.array(edgeSchema).check(z.minLength(1)),
  /** Discriminating interventions, each predicted per layer by `experiments.ts`. */
  experiments: z.optional(z.array(experimentSchema)),
  /** Guided lecture sequences. */
  tours: z.optional(z.array(tourSchema)),
});

export type PathwayInput = z.infer<typeof pathwaySchema>;
