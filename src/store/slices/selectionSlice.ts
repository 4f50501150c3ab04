import type { StateCreator } from 'zustand/vanilla';
import type { AppState, SelectionSlice } from '../types';

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  select: (selection) => {
    const { model } = get();
    if (selection && model) {
      const known = selection.kind === 'node' ? model.nodeById.has(selection.id) : model.edgeById.has(selection.id);
      if (!known) return;
    }
    set({ selection });
  },
});
