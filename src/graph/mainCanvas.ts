/**
 * The main canvas: `cy` built for a model at its positions, the graph controller registered for
 * imperative work (camera, export), the store → canvas rules bound (`canvasBridge.ts`), and all of
 * it taken down again. Part of the canvas engine (`engine.ts`), loaded after the page's first paint;
 * `<GraphCanvas/>` owns what this builds.
 */
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { Model } from '../model/model';
import { registerGraphController, type GraphController, type Insets, NO_INSETS } from '../store/graphController';
import { initialFraming, selectTheme } from '../store/selectors';
import { appStore } from '../store/store';
import { currentWork } from '../store/work';
import { centerOn, firstView, fitVisible, frameTargets, nodesInView, zoomBy } from './camera';
import { bindCanvas } from './canvasBridge';
import type { Positions } from './elements';
import { bindEvents, embedWheel } from './events';
import { exportImage, snapshot } from './exportImage';
import { drawInSlices } from './slicedDrawing';
import { CANVAS_ZOOM } from './newCanvas';
import type { MainCanvas } from './secondCanvas';

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

interface MainCanvasHooks {
  /** Merged last into the cytoscape() options (tests pass `{ headless: true, styleEnabled: true }`). */
  readonly cyOptions?: Partial<CytoscapeOptions> | undefined;
  /** Called with the instance once it is drawn and bound (tests, benchmarks). */
  readonly onReady?: ((cy: Core) => void) | undefined;
  /** The canvas is mounted (and, with null, taken down): for the second canvas of a comparison. */
  readonly onMounted: (main: MainCanvas | null) => void;
}

/**
 * Build the main canvas for `model` at `positions` in `element`, a slice per task
 * (`slicedDrawing.ts`): bind it, frame the first view, and let it paint. Returns the function that
 * takes it all down.
 */
export function drawMainCanvas(
  element: HTMLElement,
  model: Model,
  positions: Positions,
  hooks: MainCanvasHooks,
): () => void {
  const store = appStore;
  /** Everything the main canvas binds, on a complete drawing; its first framing comes with it. */
  const bind = (cy: Core) => {
    const gate = cameraGate(cy);
    const controller = controllerFor(cy, model, gate);
    const unbindCanvas = bindCanvas(cy, model, store, {
      frame: (targets) => controller.frame(targets),
      fitShown: () => controller.fitShown(),
    });
    const unregister = registerGraphController(controller);
    const unbindEvents = bindEvents(cy, { select: (sel) => store.getState().select(sel) });
    const unwheel = store.getState().embed ? embedWheel(cy, () => store.getState().setWheelHint(true)) : () => {};
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => gate.resized()) : null;
    observer?.observe(element);
    /** The first framing (what the address names, else the whole in an embed, else the first view). */
    const ready = () => {
      const first = initialFraming(store.getState());
      if (first) controller.frame(first, { animate: false });
      else if (store.getState().embed) controller.fit({ animate: false });
      else controller.start();
      if (import.meta.env.MODE === 'e2e') window.__cy = cy;
      hooks.onReady?.(cy);
      hooks.onMounted({
        cy,
        dropFraming: gate.drop,
        frame: (targets, options) => controller.frame(targets, options),
        fit: (options) => controller.fit(options),
      });
    };
    const unbind = () => {
      hooks.onMounted(null);
      observer?.disconnect();
      gate.dispose();
      unregister();
      unbindCanvas();
      unbindEvents();
      unwheel();
      if (window.__cy === cy) delete window.__cy;
    };
    return { ready, unbind };
  };
  // A file opened with a progress bar is done once its diagram has been painted.
  let painted = 0;
  const paint = () => (painted = requestAnimationFrame(() => (painted = requestAnimationFrame(endDrawing))));
  const theme = selectTheme(store.getState());
  const options = { ...CANVAS_ZOOM, ...hooks.cyOptions };
  const teardown = drawInSlices(element, model, positions, theme, options, { bind, painted: paint });
  return () => {
    cancelAnimationFrame(painted);
    teardown();
  };
}
