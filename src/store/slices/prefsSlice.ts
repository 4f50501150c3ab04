import type { StateCreator } from 'zustand/vanilla';
import { nextTheme, resolveTheme } from '../../model/theme';
import type { AppState, PrefsSlice } from '../types';

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set, get) => ({
  theme: null,
  systemDark: false,
  shortcutsEnabled: true,
  setTheme: (theme) => set({ theme }),
  cycleTheme: () => {
    const { theme, systemDark } = get();
    set({ theme: nextTheme(resolveTheme(theme, systemDark)) });
  },
  setSystemDark: (systemDark) => set({ systemDark }),
  setShortcutsEnabled: (shortcutsEnabled) => set({ shortcutsEnabled }),
});
