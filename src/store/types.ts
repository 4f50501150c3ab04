import type { Model } from '../model/model';
import type { Theme } from '../model/theme';
import type { Control, Target, ViewMode } from '../model/url';
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
  | { readonly type: 'focus'; readonly nodeId: string; readonly nonce: number }
  | { readonly type: 'frame'; readonly targets: readonly Target[]; readonly nonce: number };

/** A request for an image of the current view, carried out by the canvas owner. */
export interface ImageRequest {
  readonly format: 'png' | 'svg';
  /** 1–4 (PNG only). */
  readonly scale: number;
  readonly transparent: boolean;
  readonly nonce: number;
}

export interface ViewSlice {
  camera: CameraCommand | null;
  imageRequest: ImageRequest | null;
  requestImage: (request: Omit<ImageRequest, 'nonce'>) => void;
  /** Embed mode: a plain wheel scrolled the page over the diagram; show the "Ctrl + wheel" hint. */
  wheelHint: boolean;
  setWheelHint: (on: boolean) => void;
  /** The diagram element that has keyboard focus (arrow keys move it; Enter selects it). */
  focused: Target | null;
  setFocused: (target: Target | null) => void;
  fit: () => void;
  zoomBy: (factor: number) => void;
  focusNode: (nodeId: string) => void;
  /** Fit the view to some nodes and edges. */
  frame: (targets: readonly Target[]) => void;
}

export interface PrefsSlice {
  /** The chosen theme; null follows the system's light/dark preference. */
  theme: Theme | null;
  /** Whether the system prefers a dark colour scheme (kept up to date at start-up). */
  systemDark: boolean;
  /** Single-key presenter shortcuts (WCAG 2.1.4: they can be switched off). */
  shortcutsEnabled: boolean;
  setTheme: (theme: Theme | null) => void;
  cycleTheme: () => void;
  setSystemDark: (dark: boolean) => void;
  setShortcutsEnabled: (on: boolean) => void;
}

/** How the page was opened: set once from the URL at start-up and written back unchanged. */
export interface ConfigSlice {
  /** `?pathway=` when the model came from a file rather than the built-in one. */
  pathwayUrl: string | null;
  embed: boolean;
  /** Panels shown in embed mode; null shows the embed defaults. */
  controls: readonly Control[] | null;
  /** The host page's origin allowed to drive the app by postMessage. */
  origin: string | null;
  /** Targets the view was centred on at start (`?focus=`). */
  focus: readonly Target[];
  view: ViewMode;
  setConfig: (config: Partial<Pick<ConfigSlice, 'pathwayUrl' | 'embed' | 'controls' | 'origin' | 'focus'>>) => void;
  setView: (view: ViewMode) => void;
}

/** Experiments, the compare view and guided tours. */
export interface StudySlice {
  /** The experiment whose perturbation and predictions are shown. */
  experiment: string | null;
  /** A layer whose witnessing path is highlighted for the running experiment. */
  pathLayer: string | null;
  /** Two layers compared side by side. */
  compare: readonly [string, string] | null;
  /** The running tour and its step (1-based). */
  tour: string | null;
  step: number | null;
  /** A reference whose citing edges are highlighted (evidence timeline). */
  highlightRef: string | null;
  runExperiment: (id: string | null) => void;
  setPathLayer: (layerId: string | null) => void;
  setCompare: (pair: readonly [string, string] | null) => void;
  /** Start a tour at a step (default 1); applies the step's layers, focus and experiment. */
  goToStep: (tourId: string, step: number) => boolean;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
  setHighlightRef: (key: string | null) => void;
}

export type AppState = ModelSlice &
  StudySlice &
  LayersSlice &
  SelectionSlice &
  NoticesSlice &
  ViewSlice &
  PrefsSlice &
  ConfigSlice;
