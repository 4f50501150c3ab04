/**
 * Clones (SBGN's clone marker): a node drawn more than once. An edge with a `sourceClone` position
 * starts at a copy of its source's glyph there, beside its target, instead of at the source's own
 * glyph: a drug that acts at three places is drawn at each of them, so its arrows are short and
 * cross nothing on their way. Pure: the pathway in, the glyphs out.
 */

interface Clone {
  /** The glyph's id on the canvas: never a node id (node ids are kebab-case). */
  readonly id: string;
  /** The node it draws. */
  readonly node: string;
  readonly position: { readonly x: number; readonly y: number };
  /** The edges that start at it, in file order. */
  readonly edges: readonly string[];
}

export interface Clones {
  readonly clones: readonly Clone[];
  /** The clone each cloned edge starts at. */
  readonly cloneOfEdge: ReadonlyMap<string, string>;
  /** The clones of each node. */
  readonly clonesOfNode: ReadonlyMap<string, readonly Clone[]>;
  /** Nodes drawn only as their clones: every edge that touches them starts at a clone. */
  readonly cloneOnly: ReadonlySet<string>;
}

export function cloneId(node: string, position: { x: number; y: number }): string {
  return `${node}~${position.x}~${position.y}`;
}

/** What clones depend on: each edge's ends and clone position. */
interface EdgeEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly sourceClone?: { readonly x: number; readonly y: number } | undefined;
}

export function clonesOf(pathway: { readonly edges: readonly EdgeEnds[] }): Clones {
  const byId = new Map<string, { id: string; node: string; position: { x: number; y: number }; edges: string[] }>();
  const cloneOfEdge = new Map<string, string>();
  for (const edge of pathway.edges) {
    if (!edge.sourceClone) continue;
    const id = cloneId(edge.source, edge.sourceClone);
    const clone = byId.get(id);
    if (clone) clone.edges.push(edge.id);
    else byId.set(id, { id, node: edge.source, position: { ...edge.sourceClone }, edges: [edge.id] });
    cloneOfEdge.set(edge.id, id);
  }
  const clones = [...byId.values()];
  const clonesOfNode = new Map<string, Clone[]>();
  for (const c of clones) clonesOfNode.set(c.node, [...(clonesOfNode.get(c.node) ?? []), c]);
  const ownGlyph = new Set<string>();
  for (const edge of pathway.edges) {
    ownGlyph.add(edge.target);
    if (!edge.sourceClone) ownGlyph.add(edge.source);
  }
  const cloneOnly = new Set([...clonesOfNode.keys()].filter((id) => !ownGlyph.has(id)));
  return { clones, cloneOfEdge, clonesOfNode, cloneOnly };
}

/** How many times a node is drawn: its own glyph (unless it is drawn only as clones) and each clone. */
export function copiesOf(clones: Clones, node: string): number {
  return (clones.clonesOfNode.get(node)?.length ?? 0) + (clones.cloneOnly.has(node) ? 0 : 1);
}

/** Whether any node is drawn more than once (and so carries the clone marker the legend explains). */
export function anyMarked(clones: Clones): boolean {
  return clones.clones.some((c) => copiesOf(clones, c.node) > 1);
}
