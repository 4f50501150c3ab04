/**
 * The one owner of the Cytoscape instance. It creates `cy` when a model arrives, destroys it on
 * unmount or when another model replaces it, and keeps it in step with the store by subscription
 * (outside React renders): layer and selection changes toggle classes; camera commands move the
 * viewport. Nothing else in the app touches `cy`.
 */
import type { Core, CytoscapeOptions } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Model } from '../model/model';
import { NO_OVERLAY } from '../model/overlay';
import { selectLayerView, selectModel, selectOverlay, selectTheme } from '../store/selectors';
import { useAppStore } from '../store/store';
import { revealTarget, runCamera } from './camera';
import { exportImage } from './exportImage';
import { bindKeyboard } from './keyboard';
import cytoscape from './cytoscape';
import { toElements, type Positions } from './elements';
import { bindEvents, embedWheel } from './events';
import { positionsFor, presetPositions } from './layout';
import { buildStylesheet, CANVAS_THEMES } from './stylesheet';
import { createSync } from './sync';

export interface GraphCanvasProps {
  /** Merged last into the cytoscape() options (tests pass `{ headless: true, styleEnabled: true }`). */
  cyOptions?: Partial<CytoscapeOptions>;
  /** Called with the instance after it is created (tests, benchmarks). */
  onReady?: (cy: Core) => void;
}

declare global {
  interface Window {
    /** Set only in builds made with `--mode e2e`, for the browser tests and the benchmark. */
    __cy?: Core;
  }
}

/** The state the study overlay is drawn from (see selectOverlay). */
const OVERLAY_INPUTS = ['experiment', 'pathLayer', 'compare', 'tour', 'step', 'highlightRef'] as const;

export function GraphCanvas({ cyOptions, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const model = useAppStore(selectModel);
  // Options and callback are read once per model: changing them does not rebuild the canvas.
  const init = useRef({ cyOptions, onReady });

  // Positions are ready at once for files with preset positions; others wait for one layout.
  const [positions, setPositions] = useState<{ model: Model; positions: Positions } | null>(null);
  const preset = model ? presetPositions(model) : null;
  const ready = preset ?? (positions?.model === model ? positions.positions : null);
  useEffect(() => {
    if (!model || presetPositions(model)) return;
    let cancelled = false;
    void positionsFor(model).then((p) => {
      if (!cancelled) setPositions({ model, positions: p });
    });
    return () => {
      cancelled = true;
    };
  }, [model]);

  useEffect(() => {
    if (!model || !ready || !container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: toElements(model, ready),
      style: buildStylesheet(model, CANVAS_THEMES[selectTheme(useAppStore.getState())]),
      layout: { name: 'preset', fit: false },
      minZoom: 0.15,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      ...init.current.cyOptions,
    });
    const store = useAppStore;
    const syncTo = createSync(cy, model);
    const sync = () => {
      const state = store.getState();
      const view = selectLayerView(state);
      if (view)
        syncTo({
          view,
          selection: state.selection,
          focused: state.focused,
          overlay: selectOverlay(state) ?? NO_OVERLAY,
        });
    };
    sync();
    const pending = store.getState().camera;
    if (pending && pending.type !== 'zoom') runCamera(cy, pending, false);
    else cy.fit(cy.elements(':visible'), 30);
    const unbind = bindEvents(cy, { select: (sel) => store.getState().select(sel) });
    const unkeys = bindKeyboard(cy, model, store);
    const unwheel = store.getState().embed ? embedWheel(cy, () => store.getState().setWheelHint(true)) : () => {};
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.model !== model) return;
      if (
        state.activeLayers !== prev.activeLayers ||
        state.selection !== prev.selection ||
        state.focused !== prev.focused ||
        OVERLAY_INPUTS.some((k) => state[k] !== prev[k])
      )
        sync();
      if (state.focused && state.focused !== prev.focused) revealTarget(cy, state.focused);
      if (state.camera && state.camera !== prev.camera) runCamera(cy, state.camera);
      if (state.imageRequest && state.imageRequest !== prev.imageRequest) {
        exportImage(cy, state.imageRequest, model.pathway.id).then(
          (name) => store.getState().addNotice(`Saved ${name}.`, 'info'),
          () => store.getState().addNotice('The image could not be made.'),
        );
      }
      const theme = selectTheme(state);
      if (theme !== selectTheme(prev)) cy.style(buildStylesheet(model, CANVAS_THEMES[theme]));
    });
    if (import.meta.env.MODE === 'e2e') window.__cy = cy;
    init.current.onReady?.(cy);
    return () => {
      unsubscribe();
      unbind();
      unwheel();
      unkeys();
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
    };
  }, [model, ready]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="application"
      aria-roledescription="network diagram"
      tabIndex={0}
      aria-label={`${model?.pathway.title ?? 'Network diagram'}. Arrow keys move between connected items, Enter opens the details, Escape closes them. The text view lists everything too.`}
    />
  );
}
