/**
 * How every boundary that checks untrusted input with a zod schema (pathway files, URL parameters,
 * embed messages) reports what is wrong: one {@link ValidationError} per problem, naming the path
 * and what was expected.
 *
 * A schema says a problem in its own words with zod's `error` parameter (the URL and embed
 * boundaries keep their documented sentences that way); every other problem gets the standard
 * wording of {@link standardMessage}, e.g. `expected string, got 42` or `unknown field "colour"`.
 */
import type * as z from 'zod/mini';
import type { ValidationError } from '../types';

type PathKey = PropertyKey;

/** `['edges', 3, 'evidence', 0, 'ref']` → `edges[3].evidence[0].ref`; `[]` → `(top level)`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

/** A value as an error message shows it: `"abc"`, `42`, `a list`, `nothing`. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** The fields of a zod issue this module reads (a raw issue while it is mapped, a final one after). */
interface IssueLike {
  readonly code: string;
  readonly path?: readonly PathKey[];
  readonly input?: unknown;
  readonly message?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly errors?: readonly (readonly IssueLike[])[];
  /** The problems of an invalid record key. */
  readonly issues?: readonly IssueLike[];
}

/** The standard message of a union none of whose alternatives matched; such issues are unfolded. */
const NO_ALTERNATIVE = 'matches none of the allowed shapes';

/**
 * The standard wording of a problem, from the issue zod raises and the value it raised it for. Used
 * as the parse-wide error map, so a schema's own `error` text takes precedence over it.
 */
function standardMessage(issue: IssueLike): string {
  const got = describeValue(issue.input);
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
      return `invalid key: ${issue.issues?.[0]?.message ?? got}`;
    case 'invalid_union':
      return NO_ALTERNATIVE;
    default:
      return `invalid value ${got}`;
  }
}

/**
 * Final zod issues as errors. A union none of whose alternatives matched, and which has no message
 * of its own, is reported as the alternative that got furthest: the one with the fewest problems.
 */
function issuesToErrors(issues: readonly IssueLike[], base: readonly PathKey[] = []): ValidationError[] {
  const out: ValidationError[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path ?? [])];
    if (issue.code === 'invalid_union' && issue.message === NO_ALTERNATIVE && issue.errors?.length) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      out.push(...issuesToErrors(best, path));
      continue;
    }
    out.push({ path: formatPath(path), message: issue.message ?? standardMessage(issue) });
  }
  return out;
}

/** What {@link checkInput} gives back. */
export type CheckResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * Check untrusted input against a schema: its parsed value, or the problems, each naming the path
 * and what was expected (the schema's own `error` text where it gives one). Does not catch: a
 * hostile value whose getters throw makes it throw, so boundaries fed by other windows guard it.
 */
export function checkInput<Out, In>(schema: z.ZodMiniType<Out, In>, input: unknown): CheckResult<Out> {
  const result = schema.safeParse(input, { error: (issue) => standardMessage(issue as IssueLike) });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error.issues) };
}
