/**
 * Helpers shared by the format modules: kebab-case ids, grouped warnings, the mapping of foreign
 * interaction and node-type names onto our vocabulary, generated claims, and the edge selection of
 * an export. Pure functions, no DOM.
 */
import { NODE_KINDS, RELATIONS, STATUSES } from '../schema';
import type {
  EdgeStatus,
  Layer,
  NodeKind,
  Pathway,
  PathwayEdge,
  PathwayNode,
  Relation,
  ValidationError,
} from '../types';
import type { EdgeSelection, ImportResult } from './types';

/** The id of the one layer that holds the edges of a file which says nothing about layers. */
export const IMPORTED_LAYER_ID = 'imported';
/** Okabe–Ito blue. */
export const IMPORTED_LAYER_COLOR = '#0072B2';
/** Okabe–Ito colours for further layers a file declares without a colour of its own. */
export const LAYER_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#D55E00', '#F0E442', '#000000'] as const;

const MAX_ID_LENGTH = 64;

/**
 * Kebab-case id (`^[a-z0-9][a-z0-9-]*$`) from any text: accents stripped, lower case, every run of
 * other characters turned into one hyphen, at most 64 characters; `fallback` when nothing is left.
 */
export function toKebabId(raw: string, fallback = 'node'): string {
  const id = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return id || fallback;
}

/** Hands out unique kebab-case ids: the second `b` becomes `b-2`, the third `b-3`. */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** Reserve an id that must not be handed out (e.g. a layer id that already exists). */
  reserve(id: string): void {
    this.used.add(id);
  }

  /** A fresh id made from `raw`. */
  take(raw: string, fallback?: string): string {
    const base = toKebabId(raw, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

const MAX_PLACES = 8;

/**
 * Warnings grouped by message, each listing where it happened: `unknown interaction type "xyz",
 * imported as unknown-influence (line 3, line 9 and 12 more)`. Insertion order is kept.
 */
export class Warnings {
  private readonly groups = new Map<string, string[]>();

  add(message: string, where?: string): void {
    const places = this.groups.get(message) ?? [];
    if (where !== undefined) places.push(where);
    this.groups.set(message, places);
  }

  list(): string[] {
    return [...this.groups].map(([message, places]) => {
      if (places.length === 0) return message;
      const shown = places.slice(0, MAX_PLACES).join(', ');
      const more = places.length > MAX_PLACES ? ` and ${places.length - MAX_PLACES} more` : '';
      return `${message} (${shown}${more})`;
    });
  }
}

/** `"Activates"`, `"controls_state_change_of"`, `"-|"` → `activates`, `controls-state-change-of`, `-|`. */
function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The four SBGN Activity Flow influence arc classes. */
export const AF_ARC_RELATION: Readonly<Record<string, Relation>> = {
  'positive influence': 'positive-influence',
  'negative influence': 'negative-influence',
  'unknown influence': 'unknown-influence',
  'necessary stimulation': 'necessary-stimulation',
};

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

/** A one-sentence claim made from the two labels and the relation. */
export function generatedClaim(source: string, relation: Relation, target: string): string {
  switch (relation) {
    case 'positive-influence':
      return `${source} increases the activity or amount of ${target}.`;
    case 'negative-influence':
      return `${source} decreases or inhibits ${target}.`;
    case 'necessary-stimulation':
      return `${target} needs ${source}.`;
    case 'unknown-influence':
      return `${source} influences ${target}; the sign of the effect is not given.`;
    case 'binds':
      return `${source} binds ${target}.`;
    case 'allosteric-modulation':
      return `${source} allosterically modulates ${target}.`;
  }
}

/** `my network.sif` → `my network`; `undefined` for an empty name. */
export function fileStem(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
  return stem || undefined;
}

/** True for text that is clearly not text: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  // eslint-disable-next-line no-control-regex
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd / sample.length > 0.05;
}

/** One error at one place. */
export function failure(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}

/** The common entry checks: a string, not empty, not binary. Returns the text without a BOM, or the failure. */
export function checkText(text: unknown, format: string): { text: string } | { result: ImportResult } {
  if (typeof text !== 'string') return { result: failure('(file)', `expected the ${format} file as text`) };
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { result: failure('(file)', `the ${format} file is empty`) };
  if (looksBinary(clean))
    return { result: failure('(file)', `this does not look like a ${format} text file (it contains binary data)`) };
  return { text: clean };
}

/** Run an importer so that nothing escapes as an exception. */
export function guarded(format: string, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const error: ValidationError = { path: '(file)', message: `could not read the ${format} file: ${message}` };
    return { ok: false, errors: [error] };
  }
}

/**
 * The offset of the first JSON syntax error in `text` (a small recursive-descent scan), for engines
 * whose `JSON.parse` message gives no position; `undefined` when the scan finds none.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 10000) fail();
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          str();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}

/** Parse JSON text; a syntax error is reported with its line and column. */
export function parseJsonText(text: string, format: string): { value: unknown } | { result: ImportResult } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
    let where = '(file)';
    if (offset !== undefined) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    // Drop the engine's own position and text excerpt: the path says where.
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
      .replace(/\s*(?:in JSON )?at position \d+$/, '');
    return { result: failure(where, `not valid ${format}: ${detail}`) };
  }
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or a string holding one; `undefined` otherwise. */
export function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A non-empty trimmed string from a string or number; `undefined` otherwise. */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t || undefined;
}

/** Strings from an array of strings, or from one string split at `separator`. */
export function toList(value: unknown, separator: RegExp): string[] | undefined {
  if (Array.isArray(value)) return value.map(toText).filter((v): v is string => v !== undefined);
  const text = toText(value);
  if (text === undefined) return undefined;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Top-level pathway fields every graph format carries in some form (or, for references, says it does not). */
const CORE_FIELDS = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'description',
  'references',
  'layers',
  'nodes',
  'edges',
]);

/** What an export covers. */
export interface ExportSelection {
  readonly nodes: readonly PathwayNode[];
  readonly edges: readonly PathwayEdge[];
  /** Layers used by the exported edges, in display order (all layers when every edge is exported). */
  readonly layers: readonly Layer[];
  /** Sentences for `losses`: unknown edge ids asked for, top-level sections (experiments, tours…) not written. */
  readonly notes: readonly string[];
}

/**
 * The edges to export and the nodes they need. Without `edgeIds`: everything. With: those edges, the
 * nodes they touch and every compartment containing one of those nodes.
 */
export function selectForExport(pathway: Pathway, edgeIds?: EdgeSelection): ExportSelection {
  const extra = Object.keys(pathway).filter((k) => !CORE_FIELDS.has(k));
  const notes = extra.length ? [`Sections this format has no place for are not written: ${extra.join(', ')}.`] : [];
  if (edgeIds === undefined) return { nodes: pathway.nodes, edges: pathway.edges, layers: pathway.layers, notes };
  const wanted = new Set(edgeIds);
  const edges = pathway.edges.filter((e) => wanted.has(e.id));
  const known = new Set(pathway.edges.map((e) => e.id));
  const missing = [...wanted].filter((id) => !known.has(id));
  if (missing.length) notes.push(`Edge ids not in the pathway were skipped: ${missing.join(', ')}.`);
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  const addWithParents = (id: string) => {
    for (let cur = byId.get(id); cur && !keep.has(cur.id); cur = cur.parent ? byId.get(cur.parent) : undefined)
      keep.add(cur.id);
  };
  for (const e of edges) {
    addWithParents(e.source);
    addWithParents(e.target);
  }
  const usedLayers = new Set(edges.flatMap((e) => e.layers));
  return {
    nodes: pathway.nodes.filter((n) => keep.has(n.id)),
    edges,
    layers: pathway.layers.filter((l) => usedLayers.has(l.id)),
    notes,
  };
}

/** `n things` with a plural s. */
export function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
