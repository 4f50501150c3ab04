/**
 * The rule of clones (`sourceClone`) that the shape cannot express: a clone is drawn at a position
 * of its own beside its target, which means nothing in a figure laid out at run time, so a file with
 * clones places every node drawn at its own place (a node drawn only as clones, or not drawn at all
 * because no edge touches it, needs no position).
 */
import { clonesOf } from '../clones';
import type { Pathway, ValidationError } from '../types';
import { errorList } from './rules';

export function checkClones(p: Pathway): ValidationError[] {
  const { errors, add } = errorList();
  const first = p.edges.findIndex((e) => e.sourceClone);
  if (first < 0) return errors;
  const { cloneOnly } = clonesOf(p);
  // A node no edge touches is not drawn, so it needs no place either.
  const drawn = new Set(p.edges.flatMap((e) => [e.source, e.target]));
  const unplaced = p.nodes.filter((n) => drawn.has(n.id) && !n.position && !cloneOnly.has(n.id));
  if (unplaced.length)
    add(
      `edges[${first}].sourceClone`,
      `a clone is drawn at a position beside its target, so every node must be placed (a position on each); not placed: ${unplaced.map((n) => `"${n.id}"`).join(', ')}`,
    );
  return errors;
}
