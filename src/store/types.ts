import type { Model } from '../model/model';
import type { Selection, ValidationError } from '../model/types';

export interface ModelSlice {
  /** The loaded model; null only before the first load. */
  model: Model | null;
  /** Problems with the last file that failed to load (the previous model stays). */
  loadErrors: readonly ValidationError[];
  /** Replace the model; layers go to the new model's defaults and the selection clears. */
  loadModel: (model: Model) => void;
  setLoadErrors: (errors: readonly ValidationError[]) => void;
}

export interface LayersSlice {
  /** Active layer ids, always in the model's display order. */
  activeLayers: readonly string[];
  toggleLayer: (id: string) => void;
  setLayers: (ids: readonly string[]) => void;
  showAllLayers: () => void;
  showDefaultLayers: () => void;
}

export interface SelectionSlice {
  selection: Selection;
  select: (selection: Selection) => void;
}

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning';
}

export interface NoticesSlice {
  notices: readonly Notice[];
  addNotice: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: (id: number) => void;
}

/** A one-shot request for the canvas owner: the nonce makes repeated requests distinct. */
export type CameraCommand =
  | { readonly type: 'fit'; readonly nonce: number }
  | { readonly type: 'zoom'; readonly factor: number; readonly nonce: number }
  | { readonly type: 'focus'; readonly nodeId: string; readonly nonce: number };

export interface ViewSlice {
  camera: CameraCommand | null;
  fit: () => void;
  zoomBy: (factor: number) => void;
  focusNode: (nodeId: string) => void;
}

export type AppState = ModelSlice & LayersSlice & SelectionSlice & NoticesSlice & ViewSlice;
