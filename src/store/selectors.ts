/**
 * Named, narrow selectors. Each returns a stable value (a stored field, or a memoised derivation)
 * so components re-render only when what they show changes.
 */
import { layerView, type LayerView } from '../model/layers';
import type { Model } from '../model/model';
import { overlayOf, type Overlay } from '../model/overlay';
import { resolveTheme, type Theme } from '../model/theme';
import type { Target } from '../model/target';
import { parseFocus } from '../model/tours';
import type { Layer, PathwayEdge, PathwayNode } from '../model/types';
import type { AppState } from './types';

export const selectModel = (s: AppState) => s.model;
export const selectModelSource = (s: AppState) => s.modelSource;
export const selectAnswers = (s: AppState) => s.answers;
export const selectRevealed = (s: AppState) => s.revealed;
export const selectActiveLayers = (s: AppState) => s.activeLayers;
export const selectSelection = (s: AppState) => s.selection;
export const selectNotices = (s: AppState) => s.notices;
export const selectLoadErrors = (s: AppState) => s.loadErrors;

export const selectSelectedEdge = (s: AppState): PathwayEdge | null =>
  s.selection?.kind === 'edge' ? (s.model?.edgeById.get(s.selection.id) ?? null) : null;

export const selectSelectedNode = (s: AppState): PathwayNode | null =>
  s.selection?.kind === 'node' ? (s.model?.nodeById.get(s.selection.id) ?? null) : null;

let memo: { model: Model; layers: readonly string[]; view: LayerView } | null = null;

/** What the active layers show. Recomputed only when the model or the active layers change. */
export const selectLayerView = (s: AppState): LayerView | null => {
  if (!s.model) return null;
  if (memo && memo.model === s.model && memo.layers === s.activeLayers) return memo.view;
  memo = { model: s.model, layers: s.activeLayers, view: layerView(s.model, s.activeLayers) };
  return memo.view;
};

/** The comparison is drawn in two canvases side by side (`canvases=2`). */
export const selectSideBySide = (s: AppState): boolean => s.sideBySide && s.compare !== null;

const sideMemo: ({ model: Model; layer: string; view: LayerView } | null)[] = [null, null];

/** What one side of the side-by-side comparison shows: layer A (0) or B (1) alone, or null. */
function sideView(s: AppState, side: 0 | 1): LayerView | null {
  const layer = s.compare?.[side];
  if (!s.model || !layer || !s.sideBySide) return null;
  const memoised = sideMemo[side];
  if (memoised && memoised.model === s.model && memoised.layer === layer) return memoised.view;
  const view = layerView(s.model, [layer]);
  sideMemo[side] = { model: s.model, layer, view };
  return view;
}

/** What the main canvas draws: the active layers, or hypothesis A alone when compared side by side. */
export const selectCanvasLayerView = (s: AppState): LayerView | null => sideView(s, 0) ?? selectLayerView(s);

/** What the second canvas draws, side by side with the main one: hypothesis B alone; null when none. */
export const selectSecondLayerView = (s: AppState): LayerView | null => sideView(s, 1);

/** One layer as its switch shows it. */
export interface LayerVisibility {
  readonly layer: Layer;
  /** Its place in the model's display order, from 1: the number key that toggles it. */
  readonly number: number;
  /** Whether it is shown (active). */
  readonly on: boolean;
}

const NO_LAYERS: readonly LayerVisibility[] = [];
let visibilityMemo: { model: Model; layers: readonly string[]; value: readonly LayerVisibility[] } | null = null;

/**
 * Every layer of the model in display order, each with whether it is shown: what the layer switches,
 * the embed chips and the text view list. Recomputed (a new array) only when the model or the
 * active layers change, so it can be used directly as a selector.
 */
export const selectLayerVisibility = (s: AppState): readonly LayerVisibility[] => {
  if (!s.model) return NO_LAYERS;
  if (visibilityMemo && visibilityMemo.model === s.model && visibilityMemo.layers === s.activeLayers) {
    return visibilityMemo.value;
  }
  const active = new Set(s.activeLayers);
  const value = s.model.pathway.layers.map((layer, i) => ({ layer, number: i + 1, on: active.has(layer.id) }));
  visibilityMemo = { model: s.model, layers: s.activeLayers, value };
  return value;
};

export const selectThemeSetting = (s: AppState) => s.theme;
export const selectShortcutsEnabled = (s: AppState) => s.shortcutsEnabled;

/** The theme in effect: the chosen one, or the system's light/dark preference. */
export const selectTheme = (s: AppState): Theme => resolveTheme(s.theme, s.systemDark);

export const selectEmbed = (s: AppState) => s.embed;
/** Presentation mode in effect: `present=1`, outside embed mode (an embed keeps its own layout). */
export const selectPresenting = (s: AppState) => s.present && !s.embed;
/** This window is the presenter view (never in an embed). */
export const selectPresenterWindow = (s: AppState) => s.presenter && !s.embed;
export const selectControls = (s: AppState) => s.controls;
export const selectWheelHint = (s: AppState) => s.wheelHint;
export const selectWork = (s: AppState) => s.work;
export const selectView = (s: AppState) => s.view;
export const selectFocused = (s: AppState) => s.focused;
export const selectCompare = (s: AppState) => s.compare;
export const selectTour = (s: AppState) => s.tour;
export const selectStep = (s: AppState) => s.step;
export const selectHighlightRef = (s: AppState) => s.highlightRef;
export const selectPathLayer = (s: AppState) => s.pathLayer;
export const selectQuestionsOpen = (s: AppState) => s.questionsOpen;

export const selectExperiment = (s: AppState) =>
  s.experiment ? (s.model?.experimentById.get(s.experiment) ?? null) : null;

let overlayMemo: { key: readonly unknown[]; overlay: Overlay } | null = null;

/** What the study tools draw over the diagram; recomputed only when one of its inputs changes. */
export const selectOverlay = (s: AppState): Overlay | null => {
  if (!s.model) return null;
  const key = [s.model, s.experiment, s.pathLayer, s.compare, s.tour, s.step, s.highlightRef] as const;
  if (overlayMemo && overlayMemo.key.every((v, i) => v === key[i])) return overlayMemo.overlay;
  const overlay = overlayOf(s.model, s);
  overlayMemo = { key, overlay };
  return overlay;
};

/** The running tour step as one comparable value (subscriptions fire once per step change). */
export const selectTourStepKey = (s: AppState): string | null => (s.tour && s.step ? `${s.tour}#${s.step}` : null);

/** What the running tour step frames (its `focus` and `frame` entries), or null when no tour runs. */
export function stepTargets(s: AppState): readonly Target[] | null {
  const data = s.tour && s.step ? s.model?.tourById.get(s.tour)?.steps[s.step - 1] : undefined;
  return data ? [...data.focus, ...(data.frame ?? [])].map(parseFocus).filter((t): t is Target => t !== null) : null;
}

/**
 * What a newly built canvas frames first, derived from the state of that moment (never from an
 * earlier request): the `focus=` targets of the address, else the running tour step's, else the
 * selected node or edge (`select=`), else null (fit everything shown).
 */
export function initialFraming(s: AppState): readonly Target[] | null {
  if (s.focus.length) return s.focus;
  return stepTargets(s) ?? (s.selection ? [s.selection] : null);
}
