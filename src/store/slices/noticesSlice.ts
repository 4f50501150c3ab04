import type { StateCreator } from 'zustand/vanilla';
import type { AppState, NoticesSlice } from '../types';

const MAX_NOTICES = 5;
let nextId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (text, tone = 'warning', details) =>
    set((s) => ({
      notices: [...s.notices, { id: nextId++, text, tone, ...(details?.length ? { details } : {}) }].slice(
        -MAX_NOTICES,
      ),
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
