/**
 * Which layout a pathway gets, and the force-directed one for a large pathway. A pathway whose
 * placed nodes all carry positions keeps them; up to {@link LAYERED_MAX_NODES} nodes it is drawn
 * layered (dagre, top to bottom, on the canvas side: `graph/layout.ts`), beyond that force-directed
 * (`force.ts`), which the file worker computes off the main thread.
 */
import { clonesOf } from '../clones';
import type { Pathway, PathwayNode } from '../types';
import type { Point } from './aspect';
import { forceLayout, type ForceOptions } from './force';

/** Above this many nodes to place, a pathway without positions is laid out force-directed. */
export const LAYERED_MAX_NODES = 150;

/**
 * The nodes that need a place: every node but compartments (their boxes are drawn around their
 * children) and nodes drawn only as clones (placed by their edges' `sourceClone`).
 */
export function placedNodes(
  pathway: Pathway,
  cloneOnly: ReadonlySet<string> = clonesOf(pathway).cloneOnly,
): PathwayNode[] {
  const parents = new Set(pathway.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  return pathway.nodes.filter((n) => !parents.has(n.id) && !cloneOnly.has(n.id));
}

/** True when the pathway is too large to lay out layered and some node it places has no position. */
export function needsForceLayout(pathway: Pathway, cloneOnly?: ReadonlySet<string>): boolean {
  const placed = placedNodes(pathway, cloneOnly);
  return placed.length > LAYERED_MAX_NODES && placed.some((n) => !n.position);
}

/** The force-directed layout of a pathway's nodes (compartments excepted), linked by its edges. */
export function forceLayoutPathway(pathway: Pathway, options?: ForceOptions): Map<string, Point> {
  const ids = placedNodes(pathway).map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const links: [number, number][] = [];
  for (const e of pathway.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined) links.push([a, b]);
  }
  return forceLayout(ids, links, options);
}
