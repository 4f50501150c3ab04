/** Store camera commands → cy viewport. Animated unless the user prefers reduced motion. */
import type { Core } from 'cytoscape';
import type { Target } from '../model/url';
import type { CameraCommand } from '../store/types';

const PADDING = 30;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : true;
}

/** Padding below framed targets, so a tour caption over the bottom of the canvas hides nothing. */
const CAPTION_ROOM = 150;

export function runCamera(cy: Core, command: CameraCommand, animated = true): void {
  const animate = animated && !prefersReducedMotion();
  const visible = cy.elements(':visible');
  switch (command.type) {
    case 'fit': {
      const eles = visible.nonempty() ? visible : cy.elements();
      if (animate) cy.animate({ fit: { eles, padding: PADDING }, duration: 250 });
      else cy.fit(eles, PADDING);
      return;
    }
    case 'zoom': {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * command.factor));
      const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
      if (animate) cy.animate({ zoom: { level, renderedPosition }, duration: 150 });
      else cy.zoom({ level, renderedPosition });
      return;
    }
    case 'frame': {
      const eles = command.targets.reduce(
        (acc, t) =>
          acc.union(
            t.kind === 'node'
              ? cy.$id(t.id)
              : cy
                  .edges()
                  .filter((e) => e.data('edgeId') === t.id)
                  .connectedNodes()
                  .union(cy.edges().filter((e) => e.data('edgeId') === t.id)),
          ),
        cy.collection(),
      );
      const target = eles.nonempty() ? eles : cy.elements(':visible');
      if (target.empty()) return;
      // Fit into the area above the caption: fit with extra padding, then shift up by half of it.
      const fitTo = () => {
        cy.fit(target, PADDING + CAPTION_ROOM / 2);
        if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        cy.panBy({ x: 0, y: -CAPTION_ROOM / 2 });
      };
      if (!animate) return fitTo();
      const start = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      fitTo();
      const end = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.viewport(start);
      cy.animate({ zoom: end.zoom, pan: end.pan, duration: 350 });
      return;
    }
    case 'focus': {
      const node = cy.$id(command.nodeId);
      if (node.empty()) return;
      const zoom = Math.max(cy.zoom(), 1);
      if (animate) cy.animate({ center: { eles: node }, zoom, duration: 300 });
      else {
        cy.zoom(zoom);
        cy.center(node);
      }
    }
  }
}

/** Pan just enough to bring a keyboard-focused element into view. */
export function revealTarget(cy: Core, target: Target): void {
  const ele = target.kind === 'node' ? cy.$id(target.id) : cy.edges().filter((e) => e.data('edgeId') === target.id);
  if (ele.empty()) return;
  const box = ele.renderedBoundingBox({});
  const margin = 40;
  const dx = box.x1 < margin ? margin - box.x1 : box.x2 > cy.width() - margin ? cy.width() - margin - box.x2 : 0;
  const dy = box.y1 < margin ? margin - box.y1 : box.y2 > cy.height() - margin ? cy.height() - margin - box.y2 : 0;
  if (dx || dy) cy.panBy({ x: dx, y: dy });
}
