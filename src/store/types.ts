import type { Model } from '../model/model';
import type { Tour } from '../model/tours';
import type { Answer } from '../model/predict';
import type { Theme } from '../model/theme';
import type { Target } from '../model/target';
import type { Control, ViewMode } from '../model/url';
import type { Selection, ValidationError } from '../model/types';
import type { Stage } from '../worker/protocol';

/** Where the loaded model came from: what "Copy link" shares and what "Built-in model" leaves. */
export type ModelSource =
  | { readonly kind: 'built-in' }
  /** `?pathway=`: a file on this site, named in the address. */
  | { readonly kind: 'address'; readonly url: string }
  /**
   * A file the user opened (kept in this browser); `reopened` when it came back on a reload; `edited`
   * once its tours were written in the app (any model becomes one of these then).
   */
  | { readonly kind: 'file'; readonly name: string; readonly reopened: boolean; readonly edited?: boolean }
  /** A `#model=` link. */
  | { readonly kind: 'link' };

export const BUILT_IN: ModelSource = { kind: 'built-in' };

export interface ModelSlice {
  /** The loaded model; null only before the first load. */
  model: Model | null;
  modelSource: ModelSource;
  /** Problems with the last file that failed to load (the previous model stays). */
  loadErrors: readonly ValidationError[];
  /** Replace the model; layers go to the new model's defaults and the selection clears. */
  loadModel: (model: Model, source?: ModelSource) => void;
  setLoadErrors: (errors: readonly ValidationError[]) => void;
  /**
   * Replace the model's tours (written in the app): checked like a file, then the model changes and
   * nothing else does (the diagram, the view and a running tour stay; a running tour that lost its
   * step moves to its last, one that was removed ends). Returns the problems; none when applied.
   */
  setTours: (tours: readonly Tour[]) => readonly ValidationError[];
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

interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning';
  /** Notes shown folded under the text (an opened file's import warnings), so they never crowd the diagram. */
  readonly details?: readonly string[];
}

export interface NoticesSlice {
  notices: readonly Notice[];
  addNotice: (text: string, tone?: Notice['tone'], details?: readonly string[]) => void;
  dismissNotice: (id: number) => void;
}

/** Long work the page shows a progress bar for. */
export interface Work {
  /** What is being done, for people: `Opening ecoli.graphml`. */
  readonly what: string;
  readonly stage: Stage;
  /** The stage's fraction done (0–1), when known. */
  readonly fraction?: number | undefined;
  /** Whether Cancel can stop it (not while drawing: by then the new model is in place). */
  readonly cancellable: boolean;
}

/**
 * What the diagram shows and how it is operated. Camera moves and image exports are not state: the
 * UI asks the graph controller for them (`graphController.ts`).
 */
export interface ViewSlice {
  /** Embed mode: a plain wheel scrolled the page over the diagram; show the "Ctrl + wheel" hint. */
  wheelHint: boolean;
  /** Long work under way (opening or laying out a large file), for the progress bar; see `work.ts`. */
  work: Work | null;
  setWork: (work: Work | null) => void;
  setWheelHint: (on: boolean) => void;
  /** The diagram element that has keyboard focus (arrow keys move it; Enter selects it). */
  focused: Target | null;
  setFocused: (target: Target | null) => void;
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
  /** Presentation mode (`?present=1`): the diagram takes the screen. Ignored in embed mode. */
  present: boolean;
  /** The presenter view (`?presenter=1`): this window shows the speaker notes of the projected window's tour. */
  presenter: boolean;
  setConfig: (config: Partial<Pick<ConfigSlice, 'pathwayUrl' | 'embed' | 'controls' | 'origin' | 'focus'>>) => void;
  setView: (view: ViewMode) => void;
  setPresent: (on: boolean) => void;
}

/** Experiments, the compare view and guided tours. */
export interface StudySlice {
  /** The experiment whose perturbation and predictions are shown. */
  experiment: string | null;
  /** A layer whose witnessing path is highlighted for the running experiment. */
  pathLayer: string | null;
  /** Two layers compared: labelled on one diagram, or each alone in two linked canvases (`sideBySide`). */
  compare: readonly [string, string] | null;
  /** The comparison in two canvases side by side, cameras linked; only while `compare` is set. */
  sideBySide: boolean;
  /** The running tour and its step (1-based). */
  tour: string | null;
  step: number | null;
  /** A reference whose citing edges are highlighted (evidence timeline). */
  highlightRef: string | null;
  /** The running tour's check questions are shown (after its last step) instead of the step. */
  questionsOpen: boolean;
  /** Predict, then reveal: the answers given in this visit, oldest first (never stored or sent). */
  answers: readonly Answer[];
  /** Experiments whose predictions and result are shown (after predicting, or on "Show without predicting"). */
  revealed: readonly string[];
  runExperiment: (id: string | null) => void;
  setPathLayer: (layerId: string | null) => void;
  /** Compare two layers (showing both), or stop comparing (which also ends the side-by-side view). */
  setCompare: (pair: readonly [string, string] | null) => void;
  /** Two canvases side by side for the comparison; ignored while nothing is compared. */
  setSideBySide: (on: boolean) => void;
  /** Start a tour at a step (default 1); applies the step's layers, focus and experiment. */
  goToStep: (tourId: string, step: number) => boolean;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
  /** Show or hide the running tour's check questions (only when the tour has some). */
  setQuestionsOpen: (open: boolean) => void;
  setHighlightRef: (key: string | null) => void;
  /** Keep a student's marked answers for one experiment and reveal it; ignored once it is revealed. */
  commitAnswers: (experimentId: string, answers: readonly Answer[]) => void;
  /** Reveal an experiment without answering (a lecturer showing the result). */
  reveal: (experimentId: string) => void;
}

export type AppState = ModelSlice &
  StudySlice &
  LayersSlice &
  SelectionSlice &
  NoticesSlice &
  ViewSlice &
  PrefsSlice &
  ConfigSlice;
