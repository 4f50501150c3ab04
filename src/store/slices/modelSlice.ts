import type { StateCreator } from 'zustand';
import type { AppState, ModelSlice } from '../types';

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set) => ({
  model: null,
  loadErrors: [],
  loadModel: (model) =>
    set({
      model,
      loadErrors: [],
      activeLayers: model.defaultLayerIds,
      selection: null,
      camera: null,
      focused: null,
      experiment: null,
      pathLayer: null,
      compare: null,
      tour: null,
      step: null,
      highlightRef: null,
    }),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
});
