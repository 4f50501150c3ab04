import type { StateCreator } from 'zustand/vanilla';
import { orderLayers } from '../../model/layers';
import type { AppState, LayersSlice } from '../types';

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => {
  const setLayers = (ids: readonly string[]) => {
    const { model } = get();
    if (model) set({ activeLayers: orderLayers(model, ids) });
  };
  return {
    activeLayers: [],
    setLayers,
    toggleLayer: (id) => {
      const { activeLayers } = get();
      setLayers(activeLayers.includes(id) ? activeLayers.filter((l) => l !== id) : [...activeLayers, id]);
    },
    showAllLayers: () => setLayers(get().model?.layerIds ?? []),
    showDefaultLayers: () => setLayers(get().model?.defaultLayerIds ?? []),
  };
};
