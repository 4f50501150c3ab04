/**
 * The rules of compartments (compound nodes) that the shape cannot express: a node's `parent` is an
 * existing node of kind `compartment`, the parent chain never loops, and no edge starts or ends at a
 * compartment (as in SBGN, where arcs join entities and activities, never the compartment glyph).
 */
import type { Pathway, ValidationError } from '../types';
import { errorList } from './rules';

/** Cross-reference rules of `parent` and of compartments as edge ends. */
export function checkCompartments(p: Pathway): ValidationError[] {
  const { errors, add } = errorList();
  const kinds = new Map<string, string>();
  const parentOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  p.nodes.forEach((node, i) => {
    if (kinds.has(node.id)) return; // a duplicate id is reported with the ids
    kinds.set(node.id, node.kind);
    indexOf.set(node.id, i);
    if (node.parent !== undefined) parentOf.set(node.id, node.parent);
  });

  p.nodes.forEach((node, i) => {
    if (node.parent === undefined) return;
    const at = `nodes[${i}].parent`;
    const kind = kinds.get(node.parent);
    if (kind === undefined) add(at, `no node "${node.parent}"`);
    else if (kind !== 'compartment')
      add(
        at,
        `"${node.parent}" is a ${kind} node, not a compartment: only a node of kind "compartment" can contain others`,
      );
    else if (node.parent === node.id) add(at, 'a node cannot contain itself');
  });

  // A loop of two or more compartments: reported once, at the loop's first node in the file.
  const reported = new Set<string>();
  for (const [start] of parentOf) {
    if (reported.has(start)) continue;
    const chain = [start];
    for (let up = parentOf.get(start); up !== undefined && up !== start; up = parentOf.get(up)) {
      if (chain.includes(up)) break; // leads into a loop that does not pass through `start`
      chain.push(up);
    }
    const closes = parentOf.get(chain[chain.length - 1]!) === start;
    if (!closes || chain.length < 2) continue;
    chain.forEach((id) => reported.add(id));
    const first = chain.reduce((a, b) => (indexOf.get(a)! <= indexOf.get(b)! ? a : b));
    const from = chain.indexOf(first);
    const loop = [...chain.slice(from), ...chain.slice(0, from), first];
    add(
      `nodes[${indexOf.get(first)}].parent`,
      `compartments contain each other in a loop (${loop.map((id) => `"${id}"`).join(' → ')}): a compartment cannot be inside itself`,
    );
  }

  p.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const)
      if (kinds.get(edge[end]) === 'compartment')
        add(
          `edges[${i}].${end}`,
          `"${edge[end]}" is a compartment: an interaction joins the nodes inside a compartment, not the compartment itself (as SBGN arcs never end at a compartment glyph)`,
        );
  });
  return errors;
}
