/**
 * Canvas → store: taps become selection intents carrying ids only. Returns the unbind function.
 */
import type { Core, EventObject, EventObjectEdge, EventObjectNode } from 'cytoscape';
import type { Selection } from '../model/types';
import { entityOf } from './elements';

export interface GraphIntents {
  select: (selection: Selection) => void;
}

export function bindEvents(cy: Core, intents: GraphIntents): () => void {
  const onEdge = (evt: EventObjectEdge) => intents.select({ kind: 'edge', id: evt.target.data('edgeId') as string });
  // A clone selects the node it draws.
  const onNode = (evt: EventObjectNode) => intents.select({ kind: 'node', id: entityOf(evt.target) });
  const onBackground = (evt: EventObject) => {
    if (evt.target === cy) intents.select(null);
  };
  const container = cy.container();
  const pointer = (cursor: string) => () => {
    if (container) container.style.cursor = cursor;
  };
  const cursor = pointer('pointer');
  const plain = pointer('');
  // `hover` shows a label that a large drawing hides when zoomed out (stylesheet.ts, level of detail).
  const over = (evt: EventObjectNode | EventObjectEdge) => {
    cursor();
    evt.target.addClass('hover');
  };
  const out = (evt: EventObjectNode | EventObjectEdge) => {
    plain();
    evt.target.removeClass('hover');
  };
  cy.on('tap', 'edge', onEdge);
  cy.on('tap', 'node', onNode);
  cy.on('tap', onBackground);
  cy.on('mouseover', 'node, edge', over);
  cy.on('mouseout', 'node, edge', out);
  return () => {
    cy.off('tap', 'edge', onEdge);
    cy.off('tap', 'node', onNode);
    cy.off('tap', onBackground);
    cy.off('mouseover', 'node, edge', over);
    cy.off('mouseout', 'node, edge', out);
  };
}

/**
 * Embed mode: the mouse wheel scrolls the host page; it zooms only with Ctrl or ⌘ held (a trackpad
 * pinch also sets ctrlKey). `onPlainWheel` is told of the first plain wheel, to show a hint.
 * Returns the function that restores normal wheel zooming.
 */
export function embedWheel(cy: Core, onPlainWheel: () => void): () => void {
  const container = cy.container();
  if (!container) return () => {};
  cy.userZoomingEnabled(false);
  const onWheel = (e: WheelEvent) => {
    if (!(e.ctrlKey || e.metaKey)) {
      onPlainWheel();
      return;
    }
    e.preventDefault();
    const box = container.getBoundingClientRect();
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * Math.pow(0.998, e.deltaY)));
    cy.zoom({ level, renderedPosition: { x: e.clientX - box.left, y: e.clientY - box.top } });
  };
  container.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    container.removeEventListener('wheel', onWheel);
    cy.userZoomingEnabled(true);
  };
}
