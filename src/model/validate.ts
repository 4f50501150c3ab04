/**
 * The data boundary: untrusted JSON text or value in, a valid `Pathway` or a list of errors out.
 * Errors name the JSON path and say what was expected; nothing here throws.
 */
import { pathwaySchema } from './schema';
import type { Pathway, ValidationError } from './types';

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
    if (!edge.uncited && !edge.evidence.some((ev) => ev.stance === 'supports'))
      add(`${at}.evidence`, 'needs at least one item with stance "supports" (or "uncited": true for an imported edge)');
    if (edge.status === 'inferred' && !edge.reason)
      add(`${at}.reason`, 'an inferred edge must say why it is drawn (reason)');
  });
  return errors;
}

/** Validate an already-parsed JSON value. */
export function parsePathway(input: unknown): ParseResult {
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
