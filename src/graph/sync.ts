/**
 * Store → canvas: set each element's dynamic classes from the current view, by id, in one batch.
 * Only classes change; positions and the layout are never touched here.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LayerView } from '../model/layers';
import type { Model } from '../model/model';
import { NO_OVERLAY, type Overlay } from '../model/overlay';
import type { Selection } from '../model/types';
import type { Target } from '../model/url';

function setClass(ele: NodeSingular | EdgeSingular, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

/** NOTE mutates the classes of cy's elements. */
export function applyView(
  cy: Core,
  model: Model,
  view: LayerView,
  selection: Selection,
  focused: Target | null = null,
  overlay: Overlay = NO_OVERLAY,
): void {
  const selectedNode = selection?.kind === 'node' ? selection.id : null;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;
  const neighbours = new Set<string>();
  if (selectedEdge) {
    const edge = model.edgeById.get(selectedEdge);
    if (edge) neighbours.add(edge.source).add(edge.target);
  }
  cy.batch(() => {
    cy.edges().forEach((stroke) => {
      const edgeId = stroke.data('edgeId') as string;
      const layers = view.edgeLayers.get(edgeId);
      const on = layers?.includes(stroke.data('layer') as string) ?? false;
      setClass(stroke, 'hidden', !on);
      setClass(stroke, 'primary', on && layers?.[0] === stroke.data('layer'));
      setClass(stroke, 'shared', on && (layers?.length ?? 0) > 1);
      setClass(stroke, 'contested', on && view.highlighted.has(edgeId));
      setClass(stroke, 'is-selected', on && edgeId === selectedEdge);
      const cmp = overlay.compare;
      setClass(stroke, 'cut', overlay.cutEdges.has(edgeId));
      setClass(stroke, 'abolished', overlay.abolishedEdges.has(edgeId));
      setClass(stroke, 'on-path', on && overlay.path.has(edgeId));
      setClass(stroke, 'only-a', on && Boolean(cmp?.onlyA.has(edgeId)));
      setClass(stroke, 'only-b', on && Boolean(cmp?.onlyB.has(edgeId)));
      setClass(stroke, 'in-both', on && Boolean(cmp?.shared.has(edgeId)));
      setClass(stroke, 'tour-focus', on && overlay.focus.has(`edge:${edgeId}`));
      setClass(stroke, 'cites-ref', on && overlay.citing.has(edgeId));
      setClass(
        stroke,
        'kbd-focus',
        on && focused?.kind === 'edge' && focused.id === edgeId && layers?.[0] === stroke.data('layer'),
      );
    });
    cy.nodes().forEach((node) => {
      const id = node.id();
      const visible =
        view.visibleNodes.has(id) ||
        id === selectedNode ||
        node.isParent() ||
        id === overlay.readout ||
        id === overlay.drug;
      setClass(node, 'hidden', !visible);
      setClass(node, 'is-selected', id === selectedNode);
      setClass(node, 'is-neighbour', neighbours.has(id));
      setClass(node, 'knocked-out', overlay.removedNodes.has(id));
      setClass(node, 'readout', overlay.readout === id);
      setClass(node, 'tested-drug', overlay.drug === id);
      setClass(node, 'tour-focus', overlay.focus.has(`node:${id}`));
      setClass(node, 'kbd-focus', focused?.kind === 'node' && focused.id === id);
    });
  });
}
