import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ConfigSlice } from '../types';

export const createConfigSlice: StateCreator<AppState, [], [], ConfigSlice> = (set) => ({
  pathwayUrl: null,
  embed: false,
  controls: null,
  origin: null,
  focus: [],
  view: 'diagram',
  present: false,
  presenter: false,
  setConfig: (config) => set(config),
  setView: (view) => set({ view }),
  setPresent: (present) => set({ present }),
});
