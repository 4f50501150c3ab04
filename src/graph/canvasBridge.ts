/**
 * Store → canvas. Each rule subscribes with its own selector (zustand's `subscribeWithSelector`), so
 * it runs only when its inputs change:
 * - layers, selection, keyboard focus and the study overlay → classes on the elements (one sync);
 * - keyboard focus → pan just enough to show it;
 * - a new tour step → frame what the step names;
 * - in presentation mode, a layer switch → fit what is now shown, unless the user has panned or
 *   zoomed since the last framing;
 * - the theme → the stylesheet.
 * Returns the function that unsubscribes them all.
 */
import type { Core } from 'cytoscape';
import { shallow } from 'zustand/shallow';
import { sameDrawing, type Model } from '../model/model';
import { NO_OVERLAY } from '../model/overlay';
import {
  selectFocused,
  selectCanvasLayerView,
  selectActiveLayers,
  selectOverlay,
  selectPresenting,
  selectSecondLayerView,
  selectTheme,
  selectTourStepKey,
  stepTargets,
} from '../store/selectors';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import { revealTarget } from './camera';
import { buildStylesheet, CANVAS_THEMES } from './stylesheet';
import { createSync } from './sync';

/** The inputs of the class sync, compared element by element. */
const syncInputs = (s: AppState) => [selectCanvasLayerView(s), s.selection, s.focused, selectOverlay(s)] as const;

export interface CanvasActions {
  frame: (targets: NonNullable<ReturnType<typeof stepTargets>>) => void;
  /** Fit what is shown, animated, unless the user has panned or zoomed since the last framing. */
  fitShown: () => void;
}

export function bindCanvas(cy: Core, model: Model, store: AppStore, actions: CanvasActions): () => void {
  const syncTo = createSync(cy, model);
  const sync = ([view, selection, focused, overlay]: ReturnType<typeof syncInputs>) => {
    if (view) syncTo({ view, selection, focused, overlay: overlay ?? NO_OVERLAY });
  };
  sync(syncInputs(store.getState()));
  // The store's model may be this one with edited tours: the drawing is the same.
  const current = (s: AppState) => sameDrawing(s.model, model);
  // The step the last layer change was seen with: a new step sets layers and frames itself.
  let stepKey = selectTourStepKey(store.getState());
  const unsubscribes = [
    store.subscribe(syncInputs, (inputs) => current(store.getState()) && sync(inputs), { equalityFn: shallow }),
    // After the class sync (subscribed first), so the framing sees the new layers.
    store.subscribe(selectActiveLayers, () => {
      const state = store.getState();
      const key = selectTourStepKey(state);
      const newStep = key !== stepKey;
      stepKey = key;
      if (!newStep && selectPresenting(state) && current(state)) actions.fitShown();
    }),
    store.subscribe(selectFocused, (focused) => {
      if (focused && current(store.getState())) revealTarget(cy, focused);
    }),
    store.subscribe(selectTourStepKey, (key) => {
      stepKey = key;
      const state = store.getState();
      const targets = key && current(state) ? stepTargets(state) : null;
      if (targets) actions.frame(targets);
    }),
    followTheme(cy, model, store),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

/** The theme → the stylesheet, while the store's model draws what `cy` draws. Returns the unsubscribe. */
function followTheme(cy: Core, model: Model, store: AppStore): () => void {
  return store.subscribe(selectTheme, (theme) => {
    if (sameDrawing(store.getState().model, model)) cy.style(buildStylesheet(model, CANVAS_THEMES[theme]));
  });
}

/**
 * The second canvas of a side-by-side comparison: hypothesis B alone (`selectSecondLayerView`),
 * with the selection and the study overlay of the main canvas, and the theme. Keyboard focus stays
 * on the main canvas. Returns the function that unsubscribes.
 */
export function bindSecondCanvas(cy: Core, model: Model, store: AppStore): () => void {
  const syncTo = createSync(cy, model);
  const inputs = (s: AppState) => [selectSecondLayerView(s), s.selection, selectOverlay(s)] as const;
  const sync = ([view, selection, overlay]: ReturnType<typeof inputs>) => {
    if (view) syncTo({ view, selection, focused: null, overlay: overlay ?? NO_OVERLAY });
  };
  sync(inputs(store.getState()));
  const unsubscribes = [
    store.subscribe(inputs, (next) => sameDrawing(store.getState().model, model) && sync(next), {
      equalityFn: shallow,
    }),
    followTheme(cy, model, store),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
