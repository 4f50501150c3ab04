import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ModelSlice } from '../types';
import { NO_STUDY } from './studySlice';

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set) => ({
  model: null,
  loadErrors: [],
  loadModel: (model) =>
    set({
      model,
      loadErrors: [],
      activeLayers: model.defaultLayerIds,
      selection: null,
      focused: null,
      ...NO_STUDY,
    }),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
});
