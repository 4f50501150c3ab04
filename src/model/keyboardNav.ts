/**
 * Moving through the diagram with the arrow keys, as a pure function of the model, what the
 * active layers show, and the element that has keyboard focus.
 *
 * - Nothing focused: any arrow focuses the top-left visible node.
 * - On a node: → / ↓ go to its next visible interaction (outgoing first, then incoming), ← / ↑ to the
 *   previous one.
 * - On an edge: → goes to its target node, ← to its source node, ↓ / ↑ to the next / previous visible
 *   interaction of its source node.
 */
import type { LayerView } from './layers';
import type { Model } from './model';
import type { Target } from './target';

export type ArrowKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp';

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowRight' || key === 'ArrowLeft' || key === 'ArrowDown' || key === 'ArrowUp';
}

/** Visible edges touching a node, outgoing first, in file order. */
export function visibleEdgesOf(model: Model, view: LayerView, nodeId: string): string[] {
  const edges = (model.edgesByNode.get(nodeId) ?? []).filter((e) => view.edgeLayers.has(e.id));
  return [...edges.filter((e) => e.source === nodeId), ...edges.filter((e) => e.source !== nodeId)].map((e) => e.id);
}

function firstNode(model: Model, view: LayerView): Target | null {
  const nodes = model.pathway.nodes.filter((n) => view.visibleNodes.has(n.id));
  if (!nodes.length) return null;
  const pos = (n: (typeof nodes)[number]) => n.position ?? { x: 0, y: 0 };
  const first = [...nodes].sort((a, b) => pos(a).y - pos(b).y || pos(a).x - pos(b).x)[0]!;
  return { kind: 'node', id: first.id };
}

function step<T>(list: readonly T[], current: T | null, delta: number): T | undefined {
  if (!list.length) return undefined;
  const i = current === null ? -1 : list.indexOf(current);
  if (i < 0) return delta > 0 ? list[0] : list[list.length - 1];
  return list[(i + delta + list.length) % list.length];
}

export function navigate(model: Model, view: LayerView, focus: Target | null, key: ArrowKey): Target | null {
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const stillVisible =
    focus && (focus.kind === 'node' ? view.visibleNodes.has(focus.id) : view.edgeLayers.has(focus.id)) ? focus : null;
  if (!stillVisible) return firstNode(model, view);
  if (stillVisible.kind === 'node') {
    const next = step(visibleEdgesOf(model, view, stillVisible.id), null, forward ? 1 : -1);
    return next ? { kind: 'edge', id: next } : stillVisible;
  }
  const edge = model.edgeById.get(stillVisible.id);
  if (!edge) return firstNode(model, view);
  if (key === 'ArrowRight') return { kind: 'node', id: edge.target };
  if (key === 'ArrowLeft') return { kind: 'node', id: edge.source };
  const sibling = step(visibleEdgesOf(model, view, edge.source), edge.id, forward ? 1 : -1);
  return sibling ? { kind: 'edge', id: sibling } : stillVisible;
}
