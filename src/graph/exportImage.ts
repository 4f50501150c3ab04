/**
 * Image of the current view. PNG with the built-in renderer; SVG with cytoscape-svg, loaded only
 * when first used so it is not in the first download.
 */
import type { Core } from 'cytoscape';
import { downloadBlob } from '../lib/download';
import type { ImageOptions } from '../store/graphController';
import cytoscape from './cytoscape';

let svgReady: Promise<void> | null = null;

function loadSvg(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then((mod) => {
    cytoscape.use(mod.default);
  });
  return svgReady;
}

/** Render the view and save it; returns the file name. */
export async function exportImage(cy: Core, request: ImageOptions, baseName: string): Promise<string> {
  const bg = request.transparent
    ? undefined
    : getComputedStyle(cy.container() ?? document.body).backgroundColor || '#ffffff';
  if (request.format === 'png') {
    const blob = cy.png({
      output: 'blob',
      full: true,
      scale: Math.min(4, Math.max(1, Math.round(request.scale))),
      ...(bg ? { bg } : {}),
    });
    const name = `${baseName}.png`;
    downloadBlob(blob, name);
    return name;
  }
  await loadSvg();
  const svg = (cy as Core & { svg(options: { full: boolean; scale: number; bg?: string }): string }).svg({
    full: true,
    scale: 1,
    ...(bg ? { bg } : {}),
  });
  const name = `${baseName}.svg`;
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  return name;
}

/** The whole diagram as drawn, as a PNG data URL on white; null on a headless canvas. */
export function snapshot(cy: Core, scale: number): string | null {
  try {
    return cy.png({ output: 'base64uri', full: true, scale: Math.min(4, Math.max(1, scale)), bg: '#ffffff' });
  } catch {
    return null; // no renderer
  }
}
