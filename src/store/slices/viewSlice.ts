import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ViewSlice } from '../types';

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  wheelHint: false,
  work: null,
  setWork: (work) => set({ work }),
  focused: null,
  setFocused: (focused) => set({ focused }),
  setWheelHint: (wheelHint) => set({ wheelHint }),
});
