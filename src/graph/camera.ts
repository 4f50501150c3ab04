/** Store camera commands → cy viewport. Animated unless the user prefers reduced motion. */
import type { Core } from 'cytoscape';
import type { CameraCommand } from '../store/types';

const PADDING = 30;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : true;
}

export function runCamera(cy: Core, command: CameraCommand): void {
  const animate = !prefersReducedMotion();
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
