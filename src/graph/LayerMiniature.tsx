/**
 * One small multiple of the grid view (`view=grid`): a layer drawn on its own, small and still.
 * It is the same projection as the main diagram — `toElements` with the same positions, the same
 * stylesheet and the same class sync (`applyView`, with the one-layer view) — in a separate,
 * non-interactive Cytoscape instance: no zoom, no pan, nothing to grab or select. The card around
 * it (title, button, what a click does) is the ui's; this component only draws.
 *
 * The instance is built when the component mounts (the grid mounts only in grid view), rebuilt
 * when the model or the theme changes, refitted when its box changes size, and destroyed on
 * unmount. With the ui's `<GraphCanvas/>`, this is the only graph component the ui may import.
 */
import { useStoreState } from '../lib/useStoreState';
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { soloLayerView } from '../model/layers';
import type { Model } from '../model/model';
import { selectTheme } from '../store/selectors';
import { appStore } from '../store/store';
import type { Positions } from './elements';
import { useDrawnModel } from './useDrawnModel';
import { positionsFor, presetPositions } from './layout';
import { newCanvas } from './newCanvas';
import { applyView } from './sync';

declare global {
  interface Window {
    /** The grid's instances by layer id; set only in builds made with `--mode e2e`. */
    __gridCy?: Record<string, Core>;
  }
}

const PADDING = 8;

/** The model's positions: at once when the file has them, else after its one layout. */
function usePositions(model: Model | null): Positions | null {
  const [computed, setComputed] = useState<{ model: Model; positions: Positions } | null>(null);
  const preset = model ? presetPositions(model) : null;
  useEffect(() => {
    if (!model || presetPositions(model)) return;
    let cancelled = false;
    void positionsFor(model).then((positions) => {
      if (!cancelled) setComputed({ model, positions });
    });
    return () => {
      cancelled = true;
    };
  }, [model]);
  return preset ?? (computed?.model === model ? computed.positions : null);
}

/** Frame what the layer shows (its nodes and strokes; compartments only where nothing else is). */
function fitLayer(cy: Core): void {
  if (cy.width() <= 0 || cy.height() <= 0) return;
  const shown = cy.elements(':visible');
  const own = shown.not(':parent');
  const eles = own.nonempty() ? own : shown;
  if (eles.nonempty()) cy.fit(eles, PADDING);
}

export function LayerMiniature({ layerId }: { layerId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const model = useDrawnModel();
  const theme = useStoreState(appStore, selectTheme);
  const positions = usePositions(model);

  useEffect(() => {
    const element = container.current;
    if (!model || !positions || !element) return;
    const cy = newCanvas(element, model, positions, theme, {
      minZoom: 0.02,
      maxZoom: 1.5,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      autoungrabify: true,
    });
    applyView(cy, model, soloLayerView(model, layerId), null);
    fitLayer(cy);
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            cy.resize();
            fitLayer(cy);
          })
        : null;
    observer?.observe(element);
    if (import.meta.env.MODE === 'e2e') window.__gridCy = { ...window.__gridCy, [layerId]: cy };
    return () => {
      observer?.disconnect();
      if (window.__gridCy?.[layerId] === cy) delete window.__gridCy[layerId];
      cy.destroy();
    };
  }, [model, positions, theme, layerId]);

  return <div ref={container} className="layer-miniature" data-testid={`layer-miniature-${layerId}`} />;
}
