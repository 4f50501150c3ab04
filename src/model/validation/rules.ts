/**
 * Small helpers shared by the cross-reference rules (references, experiments, tours): an error
 * list, uniqueness of ids, and the citations written inside prose.
 */
import { citeKeys, malformedCitations } from '../tours';
import type { ValidationError } from '../types';

/** Adds one error at one path. */
type Add = (path: string, message: string) => void;

/** An empty error list and the function that adds to it. */
export function errorList(): { errors: ValidationError[]; add: Add } {
  const errors: ValidationError[] = [];
  return { errors, add: (path, message) => errors.push({ path, message }) };
}

/** Every `[@key]` in `text` names a reference, and no citation is malformed. */
export function checkCitations(text: string | undefined, at: string, refs: ReadonlySet<string>, add: Add): void {
  if (text === undefined) return;
  for (const key of citeKeys(text)) if (!refs.has(key)) add(at, `no reference "${key}"`);
  for (const bad of malformedCitations(text))
    add(at, `malformed citation "${bad}": write [@key] with a lower-case reference key`);
}

/** Each id is new within its list; reports the later duplicates. */
export function checkUnique(ids: readonly string[], at: (i: number) => string, what: string, add: Add): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(at(i), `duplicate ${what} id "${id}"`);
    seen.add(id);
  });
}
