/**
 * The data boundary: untrusted JSON text or value in, a valid `Pathway` or a list of errors out.
 * The shape is checked with the schema (`schema.ts`) and reported the way every boundary reports
 * (`validation/issues.ts`); then the cross-reference rules run (`validation/references.ts`, which
 * also runs those of experiments and tours). Errors name the JSON path and say what was expected;
 * nothing here throws.
 */
import { parseJson } from './json';
import { pathwaySchema } from './schema';
import type { Pathway, ValidationError } from './types';
import { checkInput, formatPath } from './validation/issues';
import { checkReferences } from './validation/references';

export type ParseResult = { ok: true; pathway: Pathway } | { ok: false; errors: readonly ValidationError[] };

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
  const shaped = checkInput(pathwaySchema, input);
  if (!shaped.ok) return shaped;
  const pathway = shaped.value as Pathway;
  const errors = checkReferences(pathway);
  return errors.length ? { ok: false, errors } : { ok: true, pathway };
}

/** Validate JSON text: a syntax error is reported at its line and column (see `json.ts`). */
export function parsePathwayText(text: string): ParseResult {
  const parsed = parseJson(text);
  return parsed.ok ? parsePathway(parsed.value) : { ok: false, errors: [parsed.error] };
}
