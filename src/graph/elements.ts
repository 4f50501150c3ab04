/**
 * Projection of a model to Cytoscape elements. Pure: no canvas, no store.
 *
 * Every node appears once, and again for each of its clones (`model/clones.ts`); a node whose
 * every edge starts at a clone is drawn only as its clones. Every node glyph carries the id of the
 * node it draws (`entity`), so clicking a clone selects its node. An edge asserted by several
 * layers becomes one stroke per layer (parallel, bundled curves), so a reader sees which layers
 * assert it; every stroke carries the id of the edge it draws, and clicking any of them selects
 * that edge.
 */
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import { copiesOf } from '../model/clones';
import type { Model } from '../model/model';
import type { PathwayNode } from '../model/types';
import { STATUS_GLYPH } from '../model/notation';

export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** The id of the stroke that draws `edgeId` for `layerId`. */
export function strokeId(edgeId: string, layerId: string): string {
  return `${edgeId}@${layerId}`;
}

/** Characters per label line before it wraps, and the box metrics for the canvas's 12 px labels. */
const WRAP = 17;
const CHAR_WIDTH = 7.6;
const LINE_HEIGHT = 16;

/** Room inside a compartment's border: above its children for its title, and on the other sides. */
export const COMPARTMENT_PADDING = { top: 30, side: 10 } as const;

/**
 * A node's box and its wrapped label, estimated without measuring the DOM so that the build-time
 * layout of the union graph (`layout.ts`) and the canvas agree on every box.
 */
export function nodeBox(label: string): { width: number; height: number; text: string } {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const longest = Math.max(...lines.map((l) => l.length));
  return {
    width: Math.max(70, longest * CHAR_WIDTH + 18),
    height: LINE_HEIGHT * lines.length + 12,
    text: lines.join('\n'),
  };
}

/**
 * What Cytoscape needs to draw a stored route: the segment points as weights along and distances
 * from the line between the two node centres (`edge-distances: node-position`), and the two
 * endpoints as offsets from the centres, so that the route starts and ends where the layout put it
 * (or, for a route drawn from centre to centre, where the line meets each node's outline).
 */
export function routeStyle(
  route: readonly { x: number; y: number }[],
  source: { x: number; y: number },
  target: { x: number; y: number },
): { weights: number[]; distances: number[]; sourceEnd: string; targetEnd: string } {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const len2 = dx * dx + dy * dy || 1;
  const len = Math.sqrt(len2);
  const weights: number[] = [];
  const distances: number[] = [];
  for (const p of route.slice(1, -1)) {
    const px = p.x - source.x;
    const py = p.y - source.y;
    weights.push(round3((px * dx + py * dy) / len2));
    // Cytoscape counts a distance as positive on the left of the source → target direction (y down).
    distances.push(round3((py * dx - px * dy) / len));
  }
  // A route that starts (ends) at the node's centre meets the node's own outline, as any edge does.
  const end = (p: { x: number; y: number }, c: { x: number; y: number }) =>
    Math.abs(p.x - c.x) < 0.5 && Math.abs(p.y - c.y) < 0.5
      ? 'outside-to-node'
      : `${round3(p.x - c.x)}px ${round3(p.y - c.y)}px`;
  return {
    weights,
    distances,
    sourceEnd: end(route[0]!, source),
    targetEnd: end(route[route.length - 1]!, target),
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The node a glyph draws: its own id, or, for a clone, the node it copies (`data.entity`). */
export const entityOf = (glyph: NodeSingular): string => (glyph.data('entity') as string | undefined) ?? glyph.id();

export function toElements(model: Model, positions: Positions): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const { clones, cloneOfEdge, cloneOnly } = model.clones;
  const glyph = (node: PathwayNode, id: string): ElementDefinition['data'] => {
    const box = nodeBox(node.label);
    return {
      id,
      entity: node.id,
      label: node.kind === 'compartment' ? node.label : box.text,
      /** Shown instead of the label while an experiment knocks the node out. */
      koLabel: `✕ ${box.text}\n(removed)`,
      kind: node.kind,
      w: box.width,
      h: box.height,
      ...(node.parent ? { parent: node.parent } : {}),
    };
  };
  for (const node of model.pathway.nodes) {
    if (cloneOnly.has(node.id)) continue;
    const position = positions.get(node.id);
    out.push({
      group: 'nodes',
      data: glyph(node, node.id),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
      classes: `kind-${node.kind}`,
    });
  }
  const clonePosition = new Map<string, { x: number; y: number }>();
  for (const clone of clones) {
    const node = model.nodeById.get(clone.node);
    if (!node) continue;
    clonePosition.set(clone.id, clone.position);
    // The clone marker says "drawn elsewhere too": not on a node drawn once, at its only clone.
    const marked = copiesOf(model.clones, node.id) > 1;
    out.push({
      group: 'nodes',
      data: glyph(node, clone.id),
      position: { ...clone.position },
      classes: `kind-${node.kind}${marked ? ' clone' : ''}`,
    });
  }
  for (const edge of model.pathway.edges) {
    const source = cloneOfEdge.get(edge.id) ?? edge.source;
    const from = clonePosition.get(source) ?? positions.get(edge.source);
    const to = positions.get(edge.target);
    const routed = edge.route && from && to ? routeStyle(edge.route, from, to) : null;
    const route = routed
      ? {
          segW: routed.weights,
          segD: routed.distances,
          sourceEnd: routed.sourceEnd,
          targetEnd: routed.targetEnd,
        }
      : {};
    const routeClass = routed ? (routed.weights.length ? ' routed' : ' routed-straight') : '';
    for (const layerId of edge.layers) {
      out.push({
        group: 'edges',
        data: {
          id: strokeId(edge.id, layerId),
          edgeId: edge.id,
          layer: layerId,
          source,
          target: edge.target,
          relation: edge.relation,
          status: edge.status,
          statusText: edge.uncited ? 'uncited' : STATUS_GLYPH[edge.status].text,
          ...route,
        },
        classes: `rel-${edge.relation} status-${edge.status}${edge.uncited ? ' uncited' : ''}${routeClass}`,
      });
    }
  }
  return out;
}
