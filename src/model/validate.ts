/**
 * The data boundary: untrusted JSON text or value in, a valid `Pathway` or a list of errors out.
 * Errors name the JSON path and say what was expected; nothing here throws.
 */
import { pathwaySchema } from './schema';
import { citeKeys, malformedCitations, parseFocus } from './tours';
import type { Pathway, PathwayEdge, ValidationError } from './types';

export type ParseResult = { ok: true; pathway: Pathway } | { ok: false; errors: readonly ValidationError[] };

type PathKey = PropertyKey;

/** `['edges', 3, 'evidence', 0, 'ref']` → `edges[3].evidence[0].ref`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

interface ZodIssueLike {
  code: string;
  path: PathKey[];
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  pattern?: string;
  errors?: ZodIssueLike[][];
}

function issueMessage(issue: ZodIssueLike, input: unknown): string {
  const got = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return got === 'nothing'
        ? `required ${issue.expected ?? 'value'} is missing`
        : `expected ${issue.expected}, got ${got}`;
    case 'invalid_value':
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' | ')}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `expected at least ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return `${got} does not match ${issue.pattern ?? issue.format}`;
    case 'invalid_key':
      return `invalid key: ${got}`;
    default:
      return `invalid value ${got}`;
  }
}

function flattenIssues(issues: readonly ZodIssueLike[], input: unknown): ValidationError[] {
  const out: ValidationError[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors) {
      // Report the alternative that got furthest: the one with the fewest problems.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      out.push(...flattenIssues(nested, input));
      continue;
    }
    out.push({ path: formatPath(issue.path), message: issueMessage(issue, input) });
  }
  return out;
}

/** Rules the shape cannot express: ids unique, every reference resolves, every edge supported. */
export function checkReferences(p: Pathway): ValidationError[] {
  const errors: ValidationError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const refs = new Set(Object.keys(p.references));
  const layers = new Set<string>();
  const nodes = new Map<string, string>();

  p.layers.forEach((layer, i) => {
    if (layers.has(layer.id)) add(`layers[${i}].id`, `duplicate layer id "${layer.id}"`);
    layers.add(layer.id);
    layer.references.forEach((key, j) => {
      if (!refs.has(key)) add(`layers[${i}].references[${j}]`, `no reference "${key}"`);
    });
  });
  p.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) add(`nodes[${i}].id`, `duplicate node id "${node.id}"`);
    nodes.set(node.id, node.kind);
  });
  p.nodes.forEach((node, i) => {
    if (node.parent === undefined) return;
    if (!nodes.has(node.parent)) add(`nodes[${i}].parent`, `no node "${node.parent}"`);
    else if (nodes.get(node.parent) !== 'compartment')
      add(`nodes[${i}].parent`, `"${node.parent}" is not a compartment node`);
    else if (node.parent === node.id) add(`nodes[${i}].parent`, 'a node cannot contain itself');
  });
  const edgeIds = new Set<string>();
  p.edges.forEach((edge, i) => {
    const at = `edges[${i}]`;
    if (edgeIds.has(edge.id)) add(`${at}.id`, `duplicate edge id "${edge.id}"`);
    edgeIds.add(edge.id);
    if (!nodes.has(edge.source)) add(`${at}.source`, `no node "${edge.source}"`);
    if (!nodes.has(edge.target)) add(`${at}.target`, `no node "${edge.target}"`);
    edge.layers.forEach((layer, j) => {
      if (!layers.has(layer)) add(`${at}.layers[${j}]`, `no layer "${layer}"`);
    });
    if (new Set(edge.layers).size !== edge.layers.length) add(`${at}.layers`, 'a layer is listed twice');
    edge.evidence.forEach((ev, j) => {
      if (!refs.has(ev.ref)) add(`${at}.evidence[${j}].ref`, `no reference "${ev.ref}"`);
    });
    (edge.modifiers ?? []).forEach((mod, j) => {
      mod.evidence.forEach((ev, k) => {
        if (!refs.has(ev.ref)) add(`${at}.modifiers[${j}].evidence[${k}].ref`, `no reference "${ev.ref}"`);
      });
      if (!mod.evidence.some((ev) => ev.stance === 'supports'))
        add(`${at}.modifiers[${j}].evidence`, 'needs at least one item with stance "supports"');
    });
    if (!edge.uncited && !edge.evidence.some((ev) => ev.stance === 'supports'))
      add(`${at}.evidence`, 'needs at least one item with stance "supports" (or "uncited": true for an imported edge)');
    if (edge.status === 'inferred' && !edge.reason)
      add(`${at}.reason`, 'an inferred edge must say why it is drawn (reason)');
  });
  errors.push(...checkExperiments(p), ...checkTours(p));
  return errors;
}

type Add = (path: string, message: string) => void;

/** Every `[@key]` in `text` names a reference, and no citation is malformed. */
function checkCitations(text: string | undefined, at: string, refs: ReadonlySet<string>, add: Add): void {
  if (text === undefined) return;
  for (const key of citeKeys(text)) if (!refs.has(key)) add(at, `no reference "${key}"`);
  for (const bad of malformedCitations(text))
    add(at, `malformed citation "${bad}": write [@key] with a lower-case reference key`);
}

/** Each id is new within its list; reports the later duplicates. */
function checkUnique(ids: readonly string[], at: (i: number) => string, what: string, add: Add): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(at(i), `duplicate ${what} id "${id}"`);
    seen.add(id);
  });
}

/** Cross-reference rules of `experiments`: nodes, edges and references exist; binding edges start at drugs. */
export function checkExperiments(p: Pathway): ValidationError[] {
  const errors: ValidationError[] = [];
  const add: Add = (path, message) => errors.push({ path, message });
  const refs = new Set(Object.keys(p.references));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, PathwayEdge>(p.edges.map((e) => [e.id, e]));
  const experiments = p.experiments ?? [];
  checkUnique(
    experiments.map((x) => x.id),
    (i) => `experiments[${i}].id`,
    'experiment',
    add,
  );

  experiments.forEach((x, i) => {
    const at = `experiments[${i}]`;
    const drug = nodes.get(x.drug);
    if (!drug) add(`${at}.drug`, `no node "${x.drug}"`);
    else if (drug.kind !== 'drug') add(`${at}.drug`, `"${x.drug}" is a ${drug.kind} node, not a drug`);
    if (!nodes.has(x.readout)) add(`${at}.readout`, `no node "${x.readout}"`);
    if (x.readout === x.drug) add(`${at}.readout`, 'the readout must differ from the drug');

    const { removeNodes = [], cutEdges = [], abolishBinding = [], note } = x.perturbation;
    if (removeNodes.length + cutEdges.length + abolishBinding.length === 0)
      add(`${at}.perturbation`, 'needs at least one of removeNodes, cutEdges or abolishBinding, non-empty');
    removeNodes.forEach((id, j) => {
      const path = `${at}.perturbation.removeNodes[${j}]`;
      if (!nodes.has(id)) add(path, `no node "${id}"`);
      else if (id === x.drug) add(path, `removes the experiment's own drug "${id}"`);
      else if (id === x.readout) add(path, `removes the readout "${id}", which then cannot be measured`);
    });
    cutEdges.forEach((id, j) => {
      if (!edges.has(id)) add(`${at}.perturbation.cutEdges[${j}]`, `no edge "${id}"`);
    });
    abolishBinding.forEach((id, j) => {
      const path = `${at}.perturbation.abolishBinding[${j}]`;
      const edge = edges.get(id);
      const source = edge && nodes.get(edge.source);
      if (!edge) add(path, `no edge "${id}"`);
      else if (source && source.kind !== 'drug')
        add(
          path,
          `edge "${id}" starts at "${edge.source}" (a ${source.kind}), not at a drug: abolishBinding is for drug-binding edges; use cutEdges to block it or removeNodes to knock out "${edge.source}"`,
        );
    });
    checkCitations(note, `${at}.perturbation.note`, refs, add);
    checkCitations(x.description, `${at}.description`, refs, add);
    x.caveats.forEach((c, j) => checkCitations(c, `${at}.caveats[${j}]`, refs, add));
    x.observed.evidence.forEach((ev, j) => {
      if (!refs.has(ev.ref)) add(`${at}.observed.evidence[${j}].ref`, `no reference "${ev.ref}"`);
      checkCitations(ev.note, `${at}.observed.evidence[${j}].note`, refs, add);
    });
  });
  return errors;
}

/** Cross-reference rules of `tours`: citations, layers, focus targets and experiments exist; one right answer. */
export function checkTours(p: Pathway): ValidationError[] {
  const errors: ValidationError[] = [];
  const add: Add = (path, message) => errors.push({ path, message });
  const refs = new Set(Object.keys(p.references));
  const layers = new Set(p.layers.map((l) => l.id));
  const nodes = new Set(p.nodes.map((n) => n.id));
  const edges = new Set(p.edges.map((e) => e.id));
  const experiments = new Set((p.experiments ?? []).map((x) => x.id));
  const tours = p.tours ?? [];
  checkUnique(
    tours.map((t) => t.id),
    (i) => `tours[${i}].id`,
    'tour',
    add,
  );
  const checkExperiment = (id: string | undefined, at: string) => {
    if (id !== undefined && !experiments.has(id)) add(at, `no experiment "${id}"`);
  };

  tours.forEach((tour, i) => {
    const at = `tours[${i}]`;
    checkCitations(tour.description, `${at}.description`, refs, add);
    tour.steps.forEach((step, j) => {
      const st = `${at}.steps[${j}]`;
      checkCitations(step.text, `${st}.text`, refs, add);
      step.layers.forEach((id, k) => {
        if (!layers.has(id)) add(`${st}.layers[${k}]`, `no layer "${id}"`);
      });
      step.focus.forEach((entry, k) => {
        const target = parseFocus(entry);
        if (target && !(target.kind === 'node' ? nodes : edges).has(target.id))
          add(`${st}.focus[${k}]`, `no ${target.kind} "${target.id}"`);
      });
      checkExperiment(step.experiment, `${st}.experiment`);
    });
    (tour.questions ?? []).forEach((q, j) => {
      const qt = `${at}.questions[${j}]`;
      checkCitations(q.prompt, `${qt}.prompt`, refs, add);
      const correct = q.choices.filter((c) => c.correct).length;
      if (correct !== 1) add(`${qt}.choices`, `needs exactly one correct choice, has ${correct}`);
      q.choices.forEach((c, k) => checkCitations(c.feedback, `${qt}.choices[${k}].feedback`, refs, add));
      checkExperiment(q.experiment, `${qt}.experiment`);
    });
  });
  return errors;
}

/**
 * JSON.parse makes "__proto__" an own key; the record parser would drop it without a word, so it
 * is reported here (it is not a valid reference key anyway).
 */
function reservedKeys(input: unknown): ValidationError[] {
  if (typeof input !== 'object' || input === null) return [];
  const refs = (input as { references?: unknown }).references;
  if (typeof refs !== 'object' || refs === null || Array.isArray(refs)) return [];
  return Object.keys(refs)
    .filter((key) => key === '__proto__')
    .map((key) => ({ path: formatPath(['references', key]), message: 'reserved name: not a reference key' }));
}

/** Validate an already-parsed JSON value. */
export function parsePathway(input: unknown): ParseResult {
  const reserved = reservedKeys(input);
  if (reserved.length) return { ok: false, errors: reserved };
  const shaped = pathwaySchema.safeParse(input);
  if (!shaped.success) {
    return { ok: false, errors: flattenIssues(shaped.error.issues as unknown as ZodIssueLike[], input) };
  }
  const pathway = shaped.data as Pathway;
  const errors = checkReferences(pathway);
  return errors.length ? { ok: false, errors } : { ok: true, pathway };
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Validate JSON text: a syntax error is reported with its line and column where the parser says. */
export function parsePathwayText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineColumn(text, Number(pos[1])) : null;
    return {
      ok: false,
      errors: [
        {
          path: where ? `line ${where.line}, column ${where.column}` : '(file)',
          message: `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`,
        },
      ],
    };
  }
  return parsePathway(value);
}
