/**
 * The graph controller: imperative work on the diagram (camera moves, image export) that is not
 * application state. The canvas owner registers one when it has built `cy` and unregisters it when
 * it destroys `cy`; the UI and the bridges call it. A call made while no canvas exists does nothing:
 * there is no queue, so nothing stale is ever replayed when a canvas appears. What a new canvas
 * frames first is derived from the state at that moment (`initialFraming`).
 */
import type { Target } from '../model/target';

export interface ImageOptions {
  readonly format: 'png' | 'svg';
  /** 1–4 (PNG only); clamped by the controller. */
  readonly scale: number;
  readonly transparent: boolean;
}

interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

interface CameraOptions {
  /** Move smoothly (the default) or jump, as on first load. */
  readonly animate?: boolean;
}

/**
 * Strips of the canvas that an overlay covers, in pixels: the tour caption lies along the bottom, or
 * down the right side in presentation mode on a landscape screen. A frame is fitted into what is left.
 */
export interface Insets {
  readonly bottom: number;
  readonly right: number;
}

export const NO_INSETS: Insets = { bottom: 0, right: 0 };

export interface GraphController {
  /** Frame everything that is shown (animated unless `animate: false` or reduced motion). */
  fit(options?: CameraOptions): void;
  /** Zoom about the centre of the canvas by a factor (1.25 in, 0.8 out). */
  zoomBy(factor: number): void;
  /** Frame some nodes and edges, leaving room for the tour caption. */
  frame(targets: readonly Target[], options?: CameraOptions): void;
  /** Centre a node or edge, zooming in to at least 100 %. */
  center(target: Target): void;
  /**
   * The strips of the canvas an overlay covers (the tour caption): framing keeps what it frames
   * clear of them, and a framing still in force is made again when they change.
   */
  setInsets(insets: Insets): void;
  /** Render the diagram and save it; resolves with the file name. */
  exportImage(options: ImageOptions): Promise<string>;
  /**
   * The whole diagram as drawn now (every shown element, whatever the camera), as a PNG data URL on
   * white; null where nothing can be drawn (a headless canvas). For handouts.
   */
  snapshot(scale: number): string | null;
  viewport(): Viewport;
  /**
   * The nodes in view when the camera shows only part of what is shown (a tour step records them as
   * its framing); null when everything shown is in view.
   */
  inView(): Target[] | null;
}

let current: GraphController | null = null;

/** Called by the canvas owner; returns the function that unregisters this controller. */
export function registerGraphController(controller: GraphController): () => void {
  current = controller;
  return () => {
    if (current === controller) current = null;
  };
}

/** The controller of the diagram on screen, or null before the first canvas is built. */
export function graphController(): GraphController | null {
  return current;
}
