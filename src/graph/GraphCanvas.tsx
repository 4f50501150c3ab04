/**
 * The one owner of the Cytoscape instance. It builds `cy` when a model (and its positions) arrive,
 * destroys it on unmount or when another model replaces it, registers the graph controller for
 * imperative work (camera, export), and binds the store → canvas rules (`canvasBridge.ts`). The
 * app keeps this component mounted across view modes, so zoom and pan survive Diagram → Both →
 * Diagram; a hidden canvas (text view) keeps its viewport and defers camera moves until it is
 * shown again. Nothing else in the app touches `cy`.
 */
import type { Core, CytoscapeOptions } from 'cytoscape';
import { appStore } from '../store/store';
import { useStore } from 'zustand';
import { useEffect, useRef, useState } from 'react';
import type { Model } from '../model/model';
import { currentWork } from '../store/work';
import { registerGraphController, type GraphController, type Insets, NO_INSETS } from '../store/graphController';
import { initialFraming, selectCompare, selectSideBySide, selectTheme } from '../store/selectors';

import { bindCanvas } from './canvasBridge';
import { centerOn, firstView, fitVisible, frameTargets, nodesInView, zoomBy } from './camera';
import type { Positions } from './elements';
import { bindEvents, embedWheel } from './events';
import { exportImage, snapshot } from './exportImage';
import { positionsFor, presetPositions } from './layout';
import { drawInSlices } from './largeDrawing';
import { CANVAS_ZOOM, newCanvas } from './newCanvas';
import { isLargeDrawing } from './stylesheet';
import { mountSecondCanvas, type MainCanvas } from './secondCanvas';
import { useDrawnModel } from './useDrawnModel';

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

/**
 * When camera work runs. Now, if the canvas has a size; else once it gets one (the latest wins).
 * A framing (fit, frame, centre) is also an intent that holds until the user pans or zooms: when the
 * canvas is resized (the page settling, a panel folding, the window or the phone turning), the
 * framing is made again for the new size, so a deep link shows what it names at any size. In
 * presentation mode a layer switch, while such an intent holds, fits what is now shown (animated).
 */
function cameraGate(cy: Core) {
  let deferred: (() => void) | null = null;
  let intent: (() => void) | null = null;
  let size = { w: 0, h: 0 };
  const sized = () => cy.width() > 0 && cy.height() > 0;
  const dropIntent = () => {
    intent = null;
  };
  cy.on('dragpan scrollzoom pinchzoom', dropIntent);
  /** A framing: now (animated if asked), and redone without animation when the canvas changes size. */
  const frame = (work: (animated: boolean) => void, animated: boolean) => {
    intent = () => work(false);
    if (sized()) work(animated);
    else deferred = intent;
  };
  return {
    /** The user moved the camera elsewhere (on a linked canvas): the framing intent ends. */
    drop: dropIntent,
    /** A camera move that is not a framing (e.g. zoom by a factor): it ends the framing intent. */
    run(work: () => void) {
      intent = null;
      if (sized()) work();
      else deferred = work;
    },
    frame,
    /** A new framing, made only while one is in force (the user has not panned or zoomed since). */
    follow(work: (animated: boolean) => void, animated: boolean) {
      if (intent) frame(work, animated);
    },
    /** Something covering the canvas changed: a framing still in force is made again. */
    reframe() {
      if (intent && sized()) intent();
    },
    resized() {
      cy.resize();
      if (!sized()) return;
      const next = { w: cy.width(), h: cy.height() };
      const changed = next.w !== size.w || next.h !== size.h;
      size = next;
      const work = deferred ?? (changed ? intent : null);
      deferred = null;
      work?.();
    },
    dispose() {
      cy.off('dragpan scrollzoom pinchzoom', dropIntent);
    },
  };
}

/** The progress bar's last stage, drawing, ends when the canvas has painted the new model. */
function endDrawing(): void {
  if (appStore.getState().work?.stage === 'drawing') currentWork()?.end();
}

/**
 * The graph controller, `fitShown` for the canvas rules (a fit only while a framing holds), and
 * `start` for the first view (`firstView`).
 */
function controllerFor(
  cy: Core,
  model: Model,
  gate: ReturnType<typeof cameraGate>,
): GraphController & { fitShown(): void; start(): void } {
  let insets: Insets = NO_INSETS;
  return {
    fitShown: () => gate.follow((animated) => fitVisible(cy, animated, insets), true),
    start: () => gate.frame(() => firstView(cy, insets), false),
    fit: (options) => gate.frame((animated) => fitVisible(cy, animated, insets), options?.animate ?? true),
    zoomBy: (factor) => gate.run(() => zoomBy(cy, factor, true)),
    frame: (targets, options) =>
      gate.frame((animated) => frameTargets(cy, targets, animated, insets), options?.animate ?? true),
    setInsets: (next) => {
      if (Math.abs(next.bottom - insets.bottom) < 1 && Math.abs(next.right - insets.right) < 1) return;
      insets = next;
      gate.reframe();
    },
    center: (target) => gate.frame((animated) => centerOn(cy, target, animated), true),
    exportImage: (options) => exportImage(cy, options, model.pathway.id),
    snapshot: (scale) => snapshot(cy, scale),
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    inView: () => nodesInView(cy),
  };
}

export function GraphCanvas({ cyOptions, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLDivElement>(null);
  // The main canvas, as the second canvas of a side-by-side comparison needs it.
  const main = useRef<MainCanvas | null>(null);
  // The main canvas once mounted (a large drawing's is, some tasks after its effect ran).
  const [mounted, setMounted] = useState<Core | null>(null);
  const sideBySide = useStore(appStore, selectSideBySide);
  // Side by side in rows (one above the other) when that draws the two larger than columns would.
  const [rows, setRows] = useState(false);
  const compare = useStore(appStore, selectCompare);
  const model = useDrawnModel();
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
    const element = container.current;
    if (!model || !ready || !element) return;
    const store = appStore;
    /** Everything the main canvas binds, on a complete drawing; returns the unbinding. */
    const mount = (cy: Core) => {
      const gate = cameraGate(cy);
      const controller = controllerFor(cy, model, gate);
      const unbindCanvas = bindCanvas(cy, model, store, {
        frame: (targets) => controller.frame(targets),
        fitShown: () => controller.fitShown(),
      });
      const first = initialFraming(store.getState());
      if (first) controller.frame(first, { animate: false });
      else if (store.getState().embed) controller.fit({ animate: false });
      else controller.start();
      const unregister = registerGraphController(controller);
      const unbindEvents = bindEvents(cy, { select: (sel) => store.getState().select(sel) });
      const unwheel = store.getState().embed ? embedWheel(cy, () => store.getState().setWheelHint(true)) : () => {};
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => gate.resized()) : null;
      observer?.observe(element);
      if (import.meta.env.MODE === 'e2e') window.__cy = cy;
      main.current = {
        cy,
        dropFraming: gate.drop,
        frame: (targets, options) => controller.frame(targets, options),
        fit: (options) => controller.fit(options),
      };
      init.current.onReady?.(cy);
      setMounted(cy);
      return () => {
        setMounted(null);
        main.current = null;
        observer?.disconnect();
        gate.dispose();
        unregister();
        unbindCanvas();
        unbindEvents();
        unwheel();
        if (window.__cy === cy) delete window.__cy;
      };
    };
    // A file opened with a progress bar is done once its diagram has been painted.
    let painted = 0;
    const paint = () => (painted = requestAnimationFrame(() => (painted = requestAnimationFrame(endDrawing))));
    const theme = selectTheme(store.getState());
    const options = { ...CANVAS_ZOOM, ...init.current.cyOptions };
    const drawAtOnce = () => {
      const cy = newCanvas(element, model, ready, theme, options);
      const unmount = mount(cy);
      paint();
      return () => {
        unmount();
        cy.destroy();
      };
    };
    // A large drawing is built and styled a slice per task, so that no task holds the page for long.
    const teardown = isLargeDrawing(model)
      ? drawInSlices(element, model, ready, theme, options, mount, paint)
      : drawAtOnce();
    return () => {
      cancelAnimationFrame(painted);
      teardown();
    };
  }, [model, ready]);

  // Side by side: a second canvas draws hypothesis B alone beside this one (`secondCanvas.ts`).
  useEffect(() => {
    const element = second.current;
    const owner = main.current;
    if (!sideBySide || !model || !ready || !element || !owner || owner.cy !== mounted) return;
    return mountSecondCanvas(element, model, ready, owner, appStore, setRows, init.current.cyOptions);
    // `mounted`: a large drawing's main canvas is mounted some tasks after its effect ran.
  }, [model, ready, sideBySide, mounted]);

  const title = (id: string | undefined) => (id && model?.layerById.get(id)?.title) ?? id ?? '';
  const [a, b] = sideBySide && compare ? compare : [undefined, undefined];

  const canvas = (
    <div
      ref={container}
      id="diagram"
      className={a ? `graph-canvas is-side-a${rows ? ' in-rows' : ''}` : 'graph-canvas'}
      data-testid="graph-canvas"
      data-region="diagram"
      role="application"
      aria-roledescription="network diagram"
      tabIndex={0}
      aria-label={`${model?.pathway.title ?? 'Network diagram'}${a ? `, hypothesis A alone: ${title(a)}` : ''}. Arrow keys move between connected items, Enter opens the details, Escape closes them. The text view lists everything too.`}
    />
  );
  // Always a fragment with the main canvas first: switching side by side must not remount it.
  return (
    <>
      {canvas}
      {a && b && (
        <>
          <div
            ref={second}
            className={`graph-canvas graph-canvas-second${rows ? ' in-rows' : ''}`}
            data-testid="graph-canvas-second"
            role="img"
            aria-label={`Hypothesis B alone: ${title(b)}, at the same positions as A beside it; the two cameras move together.`}
          />
          <p className={`side-caption side-caption-a${rows ? ' in-rows' : ''}`} aria-hidden="true">
            <strong>A</strong> {title(a)}
          </p>
          <p className={`side-caption side-caption-b${rows ? ' in-rows' : ''}`} aria-hidden="true">
            <strong>B</strong> {title(b)}
          </p>
        </>
      )}
    </>
  );
}
