import type { StateCreator } from 'zustand/vanilla';
import { orderLayers } from '../../model/layers';
import type { AppState, LayersSlice } from '../types';

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => {
  // A layer switch shows the layers it names: a side-by-side comparison (A and B alone) gives way.
  const setLayers = (ids: readonly string[]) => {
    const { model } = get();
    if (model) set({ activeLayers: orderLayers(model, ids), sideBySide: false });
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
