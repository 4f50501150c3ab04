import type { StateCreator } from 'zustand/vanilla';
import { BUILT_IN, type AppState, type ModelSlice } from '../types';
import { NO_STUDY } from './studySlice';

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set) => ({
  model: null,
  modelSource: BUILT_IN,
  loadErrors: [],
  loadModel: (model, modelSource = BUILT_IN) =>
    set({
      model,
      modelSource,
      loadErrors: [],
      activeLayers: model.defaultLayerIds,
      selection: null,
      focused: null,
      ...NO_STUDY,
    }),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
});
