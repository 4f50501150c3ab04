/**
 * The one application store, built from slices: a vanilla zustand store, with no React here.
 * Components read it through `ui/hooks/useAppStore` and the named selectors in `selectors.ts`; the
 * bridges (canvas, URL, embed, announcer) subscribe to it outside
 * React with a selector each (`subscribeWithSelector`), so each runs only when its inputs change.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createConfigSlice } from './slices/configSlice';
import { createLayersSlice } from './slices/layersSlice';
import { createModelSlice } from './slices/modelSlice';
import { createNoticesSlice } from './slices/noticesSlice';
import { createPrefsSlice } from './slices/prefsSlice';
import { createSelectionSlice } from './slices/selectionSlice';
import { createStudySlice } from './slices/studySlice';
import { createViewSlice } from './slices/viewSlice';
import type { AppState } from './types';

export const appStore = createStore<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createModelSlice(...a),
    ...createLayersSlice(...a),
    ...createSelectionSlice(...a),
    ...createNoticesSlice(...a),
    ...createViewSlice(...a),
    ...createPrefsSlice(...a),
    ...createConfigSlice(...a),
    ...createStudySlice(...a),
  })),
);

export type AppStore = typeof appStore;

/** Back to the state before any model loaded (tests). */
export function resetAppStore(): void {
  appStore.setState(appStore.getInitialState(), true);
}

type ActionKey =
  | 'loadModel'
  | 'setLoadErrors'
  | 'setTours'
  | 'toggleLayer'
  | 'setLayers'
  | 'showAllLayers'
  | 'showDefaultLayers'
  | 'select'
  | 'addNotice'
  | 'dismissNotice'
  | 'setTheme'
  | 'cycleTheme'
  | 'setSystemDark'
  | 'setShortcutsEnabled'
  | 'setConfig'
  | 'setView'
  | 'setPresent'
  | 'setWheelHint'
  | 'setWork'
  | 'setFocused'
  | 'runExperiment'
  | 'setPathLayer'
  | 'setCompare'
  | 'setSideBySide'
  | 'goToStep'
  | 'nextStep'
  | 'previousStep'
  | 'endTour'
  | 'setHighlightRef'
  | 'setQuestionsOpen'
  | 'commitAnswers'
  | 'reveal';

/** The store's actions. They never change, so event handlers may call them without subscribing. */
export function appActions(): Pick<AppState, ActionKey> {
  return appStore.getState();
}
