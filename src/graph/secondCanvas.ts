/**
 * The second canvas of a side-by-side comparison (`canvases=2`): hypothesis B alone, drawn beside
 * the main canvas (which then draws A alone) at the same positions, the two cameras linked. Its
 * owner is `<GraphCanvas/>`, which builds it after the main canvas and destroys it with it.
 */
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { Model } from '../model/model';
import type { Target } from '../model/target';
import { initialFraming, selectCompare, selectTheme } from '../store/selectors';
import type { AppStore } from '../store/store';
import { linkCameras, shownBox } from './camera';
import { bindSecondCanvas } from './canvasBridge';
import type { Positions } from './elements';
import { bindEvents, embedWheel } from './events';
import { CANVAS_ZOOM, newCanvas } from './newCanvas';

declare global {
  interface Window {
    /** The second canvas of a side-by-side comparison, in e2e builds only. */
    __cy2?: Core;
  }
}

/** What the second canvas needs of the main one. */
export interface MainCanvas {
  readonly cy: Core;
  /** The user moved the camera on the second canvas: the main one stops holding its framing. */
  dropFraming(): void;
  frame(targets: readonly Target[], options: { animate: boolean }): void;
  fit(options: { animate: boolean }): void;
}

/**
 * Build the second canvas in `element` and link it to `main`; `arrange` hears whether the two draw
 * larger in rows (one above the other) than in columns, now and whenever the pair or the space
 * changes. Returns the function that takes it all down.
 */
export function mountSecondCanvas(
  element: HTMLElement,
  model: Model,
  positions: Positions,
  main: MainCanvas,
  store: AppStore,
  arrange: (rows: boolean) => void,
  cyOptions: Partial<CytoscapeOptions> = {},
): () => void {
  const cy = newCanvas(element, model, positions, selectTheme(store.getState()), { ...CANVAS_ZOOM, ...cyOptions });
  const unbind = bindSecondCanvas(cy, model, store);
  const unlink = linkCameras(main.cy, cy);
  // The main canvas has just become half as wide: a link's framing (focus=, a tour step, select=)
  // holds; else what the two sides show together is framed.
  main.cy.resize();
  const first = initialFraming(store.getState());
  if (first) main.frame(first, { animate: false });
  else main.fit({ animate: false });

  const area = element.parentElement;
  const rearrange = () => {
    const box = shownBox(main.cy);
    if (!area || !box || box.w <= 0 || box.h <= 0) return;
    const [w, h] = [area.clientWidth, area.clientHeight];
    arrange(Math.min(w / box.w, h / 2 / box.h) > Math.min(w / 2 / box.w, h / box.h));
  };
  rearrange();
  const unarrange = store.subscribe(selectCompare, rearrange);

  const userMoved = () => main.dropFraming();
  cy.on('dragpan scrollzoom pinchzoom', userMoved);
  const unbindEvents = bindEvents(cy, { select: (sel) => store.getState().select(sel) });
  const unwheel = store.getState().embed ? embedWheel(cy, () => store.getState().setWheelHint(true)) : () => {};
  const observers =
    typeof ResizeObserver === 'function'
      ? [
          new ResizeObserver(() => {
            cy.resize();
            cy.viewport({ zoom: main.cy.zoom(), pan: { ...main.cy.pan() } });
          }),
          new ResizeObserver(rearrange),
        ]
      : [];
  observers[0]?.observe(element);
  if (area) observers[1]?.observe(area);
  if (import.meta.env.MODE === 'e2e') window.__cy2 = cy;
  return () => {
    for (const observer of observers) observer.disconnect();
    unarrange();
    unlink();
    unbind();
    unbindEvents();
    unwheel();
    cy.off('dragpan scrollzoom pinchzoom', userMoved);
    if (window.__cy2 === cy) delete window.__cy2;
    cy.destroy();
  };
}
