/**
 * Words for the text view and for screen-reader announcements: each node and edge as a sentence.
 */
import type { Model } from './model';
import type { PathwayEdge, PathwayNode } from './types';
import { NODE_KIND_LABEL, RELATION_LABEL, STATUS_LABEL } from './vocab';

const VERB: Readonly<Record<PathwayEdge['relation'], string>> = {
  'positive-influence': 'increases',
  'negative-influence': 'inhibits',
  'necessary-stimulation': 'is needed for',
  'unknown-influence': 'influences (sign unknown)',
  binds: 'binds',
  'allosteric-modulation': 'allosterically modulates',
};

export function labelOf(model: Model, nodeId: string): string {
  return model.nodeById.get(nodeId)?.label ?? nodeId;
}

/** "Fluoxetine allosterically modulates TrkB — disputed." */
export function edgeHeadline(model: Model, edge: PathwayEdge): string {
  return `${labelOf(model, edge.source)} ${VERB[edge.relation]} ${labelOf(model, edge.target)} — ${STATUS_LABEL[edge.status]}.`;
}

/** One line for announcing an edge: "Fluoxetine → TrkB: allosteric modulation, disputed". */
export function edgeAnnouncement(model: Model, edge: PathwayEdge): string {
  return `${labelOf(model, edge.source)} to ${labelOf(model, edge.target)}: ${RELATION_LABEL[edge.relation]}, ${STATUS_LABEL[edge.status]}`;
}

export function nodeAnnouncement(model: Model, node: PathwayNode): string {
  const n = model.edgesByNode.get(node.id)?.length ?? 0;
  return `${node.label}, ${NODE_KIND_LABEL[node.kind]}, ${n} interaction${n === 1 ? '' : 's'}`;
}
